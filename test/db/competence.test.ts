import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlerHarness } from '../support/handler-context';

let h: ReturnType<typeof handlerHarness>;
let hireId: number;
let managerId: number;
let introducerId: number;
beforeEach(async () => {
  h = handlerHarness(() => '2026-11-23T09:00:00.000Z');
  const person = (name: string, role: 'manager' | 'introducer') =>
    h.must('staff:create-person', { name, title: '', team: '', phone: '', email: '', roles: [role] });
  managerId = (await person('Anna Lindqvist', 'manager')).id;
  introducerId = (await person('Maria Nilsson', 'introducer')).id;
  await h.must('session:set-current-user', { personId: managerId });
  const [programme] = await h.must('templates:list-templates', {});
  const hire = await h.must('hires:create-hire', {
    hire: {
      name: 'Sofia Berg',
      title: '',
      team: '',
      startDate: '2026-10-19',
      managerId,
      introducerId,
      newlyGraduated: false,
      templateVersionId: programme!.versions[0]!.id,
    },
    leaveOut: [],
    ownItems: [],
  });
  hireId = hire.id;
});
afterEach(() => h.close());

const training = (fields: Partial<{ name: string; costKr: number; status: 'planned' | 'booked' | 'done'; year: number }> = {}) => ({
  hireId,
  name: 'Barnsamtal',
  provider: 'Länsstyrelsen',
  planned: 'HT 2027',
  year: 2027,
  costKr: 3000,
  status: 'planned' as const,
  ...fields,
});
const auditActions = () =>
  h.ctx.session.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'competence' ORDER BY id").pluck().all() as string[];

describe('the competence plan', () => {
  it('starts every hire at Nivå 1 with Kiruna’s recommended trainings, whatever their background', async () => {
    const plan = await h.must('competence:get-plan', { hireId });
    expect(plan).toMatchObject({ level: 1, decided: false, history: [], coHandler: null, trainings: [], cost: { planned: 0, spent: 0 } });
    expect(plan.levels.map((l) => l.title)).toEqual([
      'Nivå 1: nyanställd 0–2 år',
      'Nivå 2: 3–5 år',
      'Nivå 3: 5 år i yrket',
      'Nivå 4: minst 7 år i yrket',
    ]);
    expect(plan.recommended.map((t) => t.name)).toEqual(['Journalföring', 'BBIC', 'Signs of Safety', 'Motiverande samtal (MI)']);

    const added = await h.must('competence:add-recommended', { hireId });
    expect(added.trainings.map((t) => [t.name, t.status, t.year, t.costKr])).toEqual([
      ['Journalföring', 'planned', 2026, 0],
      ['BBIC', 'planned', 2026, 0],
      ['Signs of Safety', 'planned', 2026, 0],
      ['Motiverande samtal (MI)', 'planned', 2026, 0],
    ]);
    expect(added.recommended).toEqual([]);
  });

  it('keeps each level decision with its date and who decided; the latest is the level now and sets the recommendations', async () => {
    await h.must('competence:decide-level', { hireId, level: 1, decidedOn: '2026-10-19', note: '' });
    const promoted = await h.must('competence:decide-level', { hireId, level: 2, decidedOn: '2026-11-20', note: 'Fem år på annan kommun' });
    expect(promoted.level).toBe(2);
    expect(promoted.decided).toBe(true);
    expect(promoted.history.map((d) => [d.level, d.decidedOn, d.decidedBy?.name, d.note])).toEqual([
      [1, '2026-10-19', 'Anna Lindqvist', ''],
      [2, '2026-11-20', 'Anna Lindqvist', 'Fem år på annan kommun'],
    ]);
    expect(promoted.recommended.map((t) => t.name)).toEqual(['Fördjupning i barnsamtal', 'Handläggning av försörjningsstöd, fördjupning']);
    expect(auditActions()).toEqual(['competence.level', 'competence.level']);
  });

  it('maps earlier training, writes goals and names a co-handler, each with its audit row', async () => {
    const mapped = await h.must('competence:add-mapping', {
      hireId,
      course: 'BBIC grundutbildning',
      year: 2021,
      place: 'Luleå kommun',
      evidence: true,
    });
    expect(mapped.mappings).toEqual([
      { id: expect.any(Number), course: 'BBIC grundutbildning', year: 2021, place: 'Luleå kommun', evidence: true },
    ]);
    await h.must('competence:save-goals', { hireId, shortGoals: 'Utreda självständigt', longGoals: 'Specialisera mig i barnsamtal' });
    const named = await h.must('competence:set-co-handler', { hireId, personId: introducerId });
    expect(named).toMatchObject({
      shortGoals: 'Utreda självständigt',
      longGoals: 'Specialisera mig i barnsamtal',
      coHandler: { id: introducerId, name: 'Maria Nilsson' },
    });
    const removed = await h.must('competence:remove-mapping', { mappingId: mapped.mappings[0]!.id });
    expect(removed.mappings).toEqual([]);
    expect(auditActions()).toEqual(['competence.mapping-added', 'competence.goals', 'competence.co-handler', 'competence.mapping-removed']);
  });

  it('adds, changes and removes trainings, and sums what is planned against what is done', async () => {
    await h.must('competence:add-training', training());
    const two = await h.must('competence:add-training', training({ name: 'Signs of Safety', costKr: 8000, status: 'booked' }));
    expect(two.cost).toEqual({ planned: 11_000, spent: 0 });
    const { hireId: _hire, ...fields } = training({ name: 'Signs of Safety', costKr: 8000, status: 'done' });
    const done = await h.must('competence:update-training', { ...fields, trainingId: two.trainings[1]!.id });
    expect(done.cost).toEqual({ planned: 3000, spent: 8000 });
    const left = await h.must('competence:remove-training', { trainingId: done.trainings[0]!.id });
    expect(left.trainings.map((t) => t.name)).toEqual(['Signs of Safety']);
  });

  it('sums the budget per year: the amount per employee for each hire active that year, against planned and spent', async () => {
    await h.must('competence:add-training', training({ costKr: 3000 }));
    await h.must('competence:add-training', training({ name: 'MI', costKr: 8000, status: 'done', year: 2026 }));
    expect(await h.must('competence:get-budget', {})).toEqual({
      perEmployee: 12_000,
      years: [
        { year: 2026, hires: 1, budget: 12_000, planned: 0, spent: 8000 },
        { year: 2027, hires: 1, budget: 12_000, planned: 3000, spent: 0 },
      ],
    });
    await h.must('settings:update-preferences', { competenceBudgetKr: 15_000 });
    expect((await h.must('competence:get-budget', {})).years[0]).toMatchObject({ budget: 15_000 });
    const refused = await h.call('settings:update-preferences', { competenceBudgetKr: -1 });
    expect(refused).toMatchObject({
      ok: false,
      error: { fields: { competenceBudgetKr: 'Ange ett helt antal kronor mellan 0 och 200 000.' } },
    });
  });

  it.each([
    [
      'a year far back',
      () => h.call('competence:add-mapping', { hireId, course: 'Kurs', year: 1800, place: '', evidence: false }),
      'year',
      'Ange ett år mellan 1950 och 2100.',
    ],
    [
      'a negative cost',
      () => h.call('competence:add-training', training({ costKr: -5 })),
      'costKr',
      'Ange en kostnad mellan 0 och 1 000 000 kr.',
    ],
    ['a training without a name', () => h.call('competence:add-training', training({ name: '  ' })), 'name', 'Fältet måste fyllas i.'],
    [
      'a level 5',
      () => h.call('competence:decide-level', { hireId, level: 5 as never, decidedOn: '2026-11-20', note: '' }),
      'level',
      'Värdet är ogiltigt.',
    ],
    [
      'a co-handler not in the directory',
      () => h.call('competence:set-co-handler', { hireId, personId: 999 }),
      'personId',
      'Personen finns inte i personallistan.',
    ],
  ])('refuses %s with a Swedish message on the field, and writes nothing', async (_case, call, field, message) => {
    const result = await call();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields?.[field]).toBe(message);
    expect(auditActions()).toEqual([]);
  });

  it('refuses a change before someone has said who they are', async () => {
    h.ctx.user.personId = null;
    const refused = await h.call('competence:decide-level', { hireId, level: 2, decidedOn: '2026-11-20', note: '' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'no-user' } });
    expect((await h.must('competence:get-plan', { hireId })).history).toEqual([]);
  });
});
