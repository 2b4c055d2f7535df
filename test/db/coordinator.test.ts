import { afterEach, describe, expect, it } from 'vitest';
import { handlerHarness } from '../support/handler-context';

/**
 * The samordnare and the substitute introducer (issue 19, part 4; seed 003 ~L2573–2577,
 * ~L3057–3059; seed 001 ~L1161). Thursday 26 November 2026, 09:00 in Stockholm.
 */
let clock = '2026-11-26T08:00:00.000Z';
const open: ReturnType<typeof handlerHarness>[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});

/** A manager, an introducer, two samordnare (Carin is the unit's: first in the directory) and a colleague. */
async function unit() {
  clock = '2026-11-26T08:00:00.000Z';
  const h = handlerHarness(() => clock);
  open.push(h);
  const person = (name: string, roles: ('manager' | 'introducer' | 'coordinator')[]) =>
    h.must('staff:create-person', { name, title: '', team: 'IFO', phone: '', email: '', roles });
  const anna = await person('Anna Lindqvist', ['manager']);
  const maria = await person('Maria Nilsson', ['introducer']);
  const carin = await person('Carin Samordnare', ['coordinator']);
  const david = await person('David Samordnare', ['coordinator']);
  const erik = await person('Erik Kollega', ['introducer']);
  await h.must('session:set-current-user', { personId: anna.id });
  const [programme] = await h.must('templates:list-templates', {});
  const hire = (name: string, coordinatorId: number | null) =>
    h.must('hires:create-hire', {
      hire: {
        name,
        title: 'Socialsekreterare',
        team: 'IFO',
        startDate: '2026-11-02',
        managerId: anna.id,
        introducerId: maria.id,
        coordinatorId,
        newlyGraduated: true,
        templateVersionId: programme!.versions[0]!.id,
      },
      leaveOut: [],
      ownItems: [],
    });
  const sara = await hire('Sara Berg', david.id);
  const ylva = await hire('Ylva Östlund', null);
  /** An own item of the hire for the samordnare, due next week. */
  const coordinatorItem = async (hireId: number, title: string) => {
    const plan = await h.must('hires:get-plan', { hireId });
    return h.must('plans:add-item', {
      hireId,
      item: {
        phaseId: plan.phases[0]!.id,
        title,
        instructions: '',
        category: 'Uppföljning',
        expectedMinutes: 30,
        responsible: { kind: 'role', role: 'coordinator' },
        startDate: '2026-11-30',
        dueDate: '2026-12-04',
      },
    });
  };
  return { h, anna, maria, carin, david, erik, sara, ylva, coordinatorItem };
}

const titles = (work: { tasks: { title: string }[] }) => work.tasks.map((t) => t.title);

describe('the samordnare', () => {
  it('is the hire’s own or, without one, the unit’s; items of the role resolve to them and reach their list alone', async () => {
    const { h, carin, david, sara, ylva, coordinatorItem } = await unit();
    expect(sara.coordinator).toEqual({ id: david.id, name: 'David Samordnare', forUnit: false });
    expect(ylva.coordinator).toEqual({ id: carin.id, name: 'Carin Samordnare', forUnit: true });

    const saras = await coordinatorItem(sara.id, 'Följ upp belastningen (Sara)');
    const ylvas = await coordinatorItem(ylva.id, 'Följ upp belastningen (Ylva)');
    expect(saras.responsiblePerson).toEqual({ id: david.id, name: 'David Samordnare' });
    expect(ylvas.responsiblePerson).toEqual({ id: carin.id, name: 'Carin Samordnare' });

    await h.must('session:set-current-user', { personId: david.id });
    expect(titles(await h.must('tasks:get-mine', {}))).toEqual(['Följ upp belastningen (Sara)']);
    // The unit's samordnare follows only the hires without their own.
    await h.must('session:set-current-user', { personId: carin.id });
    expect(titles(await h.must('tasks:get-mine', {}))).toEqual(['Följ upp belastningen (Ylva)']);

    // Naming one for Ylva moves her item to that person, in the plan and in the lists.
    await h.must('hires:update-hire', {
      hireId: ylva.id,
      name: 'Ylva Östlund',
      title: 'Socialsekreterare',
      team: 'IFO',
      managerId: sara.manager!.id,
      introducerId: sara.introducer!.id,
      coordinatorId: david.id,
      newlyGraduated: true,
    });
    const plan = await h.must('hires:get-plan', { hireId: ylva.id });
    expect(plan.hire.coordinator).toMatchObject({ id: david.id, forUnit: false });
    expect(plan.items.find((i) => i.id === ylvas.id)!.responsiblePerson?.id).toBe(david.id);
    expect(titles(await h.must('tasks:get-mine', {}))).toEqual([]);
  });

  it('a refused person id names the field', async () => {
    const { h, sara } = await unit();
    const result = await h.call('hires:update-hire', { hireId: sara.id, ...plainFields(sara), coordinatorId: 9999 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields).toEqual({ coordinatorId: 'Personen finns inte i personallistan.' });
  });
});

/** The editable fields of a hire as the edit form sends them. */
function plainFields(hire: {
  name: string;
  title: string;
  team: string;
  manager: { id: number } | null;
  introducer: { id: number } | null;
  newlyGraduated: boolean;
}) {
  return {
    name: hire.name,
    title: hire.title,
    team: hire.team,
    managerId: hire.manager!.id,
    introducerId: hire.introducer?.id ?? null,
    newlyGraduated: hire.newlyGraduated,
  };
}

describe('the substitute introducer', () => {
  const period = { fromDate: '2026-11-23', toDate: '2026-12-04', note: 'Maria på semester' };

  it('is refused for the introducer, for a period overlapping another, before the start, or ending before it begins', async () => {
    const { h, maria, erik, anna, sara } = await unit();
    const refused = async (input: Record<string, unknown>) => {
      const result = await h.call('hours:add-substitute', { hireId: sara.id, personId: erik.id, ...period, ...input });
      return result.ok ? null : result.error.fields;
    };
    expect(await refused({ personId: maria.id })).toEqual({ personId: 'Personen är redan introduktör för den nyanställda.' });
    expect(await refused({ fromDate: '2026-10-01', toDate: '2026-10-30' })).toEqual({
      toDate: 'Datumet ligger före startdatumet (2026-11-02).',
    });
    expect(await refused({ toDate: '2026-11-20' })).toEqual({ toDate: 'Slutet kan inte ligga före början.' });
    await h.must('hours:add-substitute', { hireId: sara.id, personId: erik.id, ...period });
    expect(await refused({ personId: anna.id, fromDate: '2026-12-04', toDate: '2026-12-11' })).toEqual({
      fromDate: 'En annan vikarieperiod gäller redan några av dagarna.',
    });
    // The day after the period is free again.
    await h.must('hours:add-substitute', { hireId: sara.id, personId: anna.id, fromDate: '2026-12-07', toDate: '2026-12-11', note: '' });
    const { substitutes } = await h.must('hours:get-hours', { hireId: sara.id });
    expect(substitutes.map((s) => [s.person?.name, s.fromDate, s.toDate])).toEqual([
      ['Erik Kollega', '2026-11-23', '2026-12-04'],
      ['Anna Lindqvist', '2026-12-07', '2026-12-11'],
    ]);
  });

  it('gets the introducer’s items and last week’s time for the period; what they log counts for the hire; then it ends', async () => {
    const { h, maria, erik, sara, ylva } = await unit();
    await h.must('session:set-current-user', { personId: erik.id });
    expect((await h.must('tasks:get-mine', {})).tasks).toEqual([]);
    await h.must('hours:add-substitute', { hireId: sara.id, personId: erik.id, ...period });

    const hire = (await h.must('hires:get-plan', { hireId: sara.id })).hire;
    expect(hire.substitute).toEqual({ person: { id: erik.id, name: 'Erik Kollega' }, toDate: '2026-12-04' });
    expect((await h.must('hires:get-plan', { hireId: ylva.id })).hire.substitute).toBeNull();

    // Erik sees Sara's introducer items (not Ylva's), the same ones Maria sees for Sara.
    const eriks = await h.must('tasks:get-mine', {});
    expect(eriks.tasks.length).toBeGreaterThan(0);
    expect(new Set(eriks.tasks.map((t) => t.hireName))).toEqual(new Set(['Sara Berg']));
    expect(eriks.tasks.every((t) => t.responsible.kind === 'role' && t.responsible.role === 'introducer')).toBe(true);
    await h.must('session:set-current-user', { personId: maria.id });
    const marias = await h.must('tasks:get-mine', {});
    expect(eriks.tasks.map((t) => t.itemId)).toEqual(marias.tasks.filter((t) => t.hireName === 'Sara Berg').map((t) => t.itemId));

    // Sara's own page names him next to Maria, and her samordnare, with their numbers.
    await h.must('session:set-current-hire', { hireId: sara.id });
    expect((await h.must('tasks:get-introduction', {})).contacts.map((c) => [c.role, c.name])).toEqual([
      ['manager', 'Anna Lindqvist'],
      ['introducer', 'Maria Nilsson'],
      ['substitute', 'Erik Kollega'],
      ['coordinator', 'David Samordnare'],
    ]);
    await h.must('session:set-current-user', { personId: maria.id });

    // Last week's missing time is his to log as well, and his hours count for Sara.
    expect(eriks.hoursDue.map((d) => d.hireName)).toEqual(['Sara Berg']);
    const before = (await h.must('hours:get-hours', { hireId: sara.id })).summary;
    await h.must('hours:log-hours', { hireId: sara.id, date: '2026-11-24', minutes: 120, purpose: '', personId: erik.id });
    const after = await h.must('hours:get-hours', { hireId: sara.id });
    expect(after.summary.logged - before.logged).toBe(120);
    expect(after.entries[0]!.person?.name).toBe('Erik Kollega');

    // After the period Sara's items are Maria's alone again.
    clock = '2026-12-07T08:00:00.000Z';
    await h.must('session:set-current-user', { personId: erik.id });
    expect((await h.must('tasks:get-mine', {})).tasks).toEqual([]);
    expect((await h.must('hires:get-plan', { hireId: sara.id })).hire.substitute).toBeNull();

    // Removing a period leaves the logged time.
    const removed = await h.must('hours:remove-substitute', { substituteId: after.substitutes[0]!.id });
    expect(removed.substitutes).toEqual([]);
    expect(removed.summary.logged).toBe(after.summary.logged);
  });
});
