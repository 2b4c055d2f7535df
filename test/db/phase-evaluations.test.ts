import { afterEach, describe, expect, it } from 'vitest';
import { handlerHarness } from '../support/handler-context';
import { managerWithHires } from '../support/manager-hires';
import { desksWithOneHire } from '../support/two-desks';

/**
 * Phase evaluations (issue 19, part 2; seed 003 ~L1517–1520, ~L2514–2518): the new hire answers
 * fixed questions at the end of each phase, on the manager's computer, in their own view or on
 * paper; the programme's improvement view shows the answers per phase and version, never fewer
 * than three and never with names. Monday 30 November 2026, 10:00 in Stockholm.
 */
let clock = '2026-11-30T09:00:00.000Z';
const open: ReturnType<typeof handlerHarness>[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});

async function unit(names: string[], startDate = '2026-11-02') {
  const h = handlerHarness(() => clock);
  open.push(h);
  return { h, ...(await managerWithHires(h, startDate, names)) };
}

const answer = (scores: number[], good = '', improve = '') => ({
  answeredOn: '2026-11-27',
  source: 'app' as const,
  scores: { clarity: scores[0]!, support: scores[1]!, workload: scores[2]!, reflection: scores[3]!, overall: scores[4]! },
  good,
  improve,
});

describe('phase evaluations', () => {
  it('are asked for on each phase’s last day, answered once per phase, changed and removed', async () => {
    const { h, hires } = await unit(['Sara Berg']);
    const hireId = hires[0]!.id;
    const list = await h.must('evaluations:get-phase-evaluations', { hireId });
    expect(list.map((p) => [p.phaseName, p.startDate, p.dueDate, p.status])).toEqual([
      ['Vecka 1–4', '2026-11-02', '2026-11-27', 'late'],
      ['Vecka 2–18 (månad 1–4)', '2026-11-09', '2027-03-05', 'upcoming'],
      ['5 månader – 2 år', '2027-03-02', '2028-11-01', 'upcoming'],
    ]);
    const phaseId = list[0]!.phaseId;
    const saved = await h.must('evaluations:save-phase-evaluation', { hireId, phaseId, ...answer([4, 2, 3, 5, 4], 'Mottagandet') });
    expect(saved[0]).toMatchObject({
      status: 'held',
      record: {
        answeredOn: '2026-11-27',
        source: 'app',
        scores: { support: 2 },
        good: 'Mottagandet',
        enteredBy: { name: 'Anna Lindqvist' },
      },
    });
    const again = await h.must('evaluations:save-phase-evaluation', {
      hireId,
      phaseId,
      ...answer([4, 3, 3, 5, 4]),
      source: 'paper',
    });
    expect(again.filter((p) => p.record).map((p) => [p.phaseId, p.record!.scores.support, p.record!.source])).toEqual([
      [phaseId, 3, 'paper'],
    ]);
    const removed = await h.must('evaluations:remove-phase-evaluation', { evaluationId: again[0]!.record!.id });
    expect(removed[0]).toMatchObject({ status: 'late', record: null });
    const trail = await h.must('audit:hire-history', { hireId });
    expect(trail.filter((e) => e.entity === 'phase-evaluation').map((e) => e.action)).toEqual([
      'phase-evaluation.saved',
      'phase-evaluation.saved',
      'phase-evaluation.removed',
    ]);
  });

  it('refuse an answer before the phase began or in the future, an unknown phase and a scale outside 1–5', async () => {
    const { h, hires } = await unit(['Sara Berg']);
    const hireId = hires[0]!.id;
    const [, second] = await h.must('evaluations:get-phase-evaluations', { hireId });
    const fields = async (input: Record<string, unknown>) => {
      const result = await h.call('evaluations:save-phase-evaluation', {
        hireId,
        phaseId: second!.phaseId,
        ...answer([3, 3, 3, 3, 3]),
        ...input,
      });
      return result.ok ? null : (result.error.fields ?? result.error.code);
    };
    expect(await fields({ answeredOn: '2026-11-06' })).toEqual({ answeredOn: 'Fasen började 2026-11-09.' });
    expect(await fields({ answeredOn: '2026-12-01' })).toEqual({ answeredOn: 'En utvärdering kan inte registreras i förväg.' });
    expect(await fields({ phaseId: 'fas-99' })).toBe('not-found');
    expect(await fields({ scores: { ...answer([3, 3, 3, 3, 3]).scores, overall: 0 } })).toMatchObject({
      'scores.overall': expect.any(String),
    });
    expect((await h.must('evaluations:get-phase-evaluations', { hireId })).every((p) => p.record === null)).toBe(true);
  });

  it('the new hire answers their own in Min introduktion, in the app, and reaches no one else’s', async () => {
    const { h, hires } = await unit(['Sara Berg', 'Omar Haddad']);
    const [sara, omar] = hires;
    await h.must('session:set-current-hire', { hireId: sara!.id });
    const own = await h.must('tasks:get-introduction', {});
    expect(own.evaluations.map((p) => p.status)).toEqual(['late', 'upcoming', 'upcoming']);
    expect(own.checkIns.map((c) => [c.label, c.status])).toContainEqual(['Uppföljning efter vecka 1', 'late']);
    const phaseId = own.evaluations[0]!.phaseId;
    // Even if the page says "paper", what the hire answers is answered in the app.
    const saved = await h.must('evaluations:save-phase-evaluation', {
      hireId: sara!.id,
      phaseId,
      ...answer([5, 5, 4, 4, 5]),
      source: 'paper',
    });
    expect(saved[0]!.record).toMatchObject({ source: 'app', enteredBy: null });
    const other = await h.call('evaluations:save-phase-evaluation', { hireId: omar!.id, phaseId, ...answer([1, 1, 1, 1, 1]) });
    expect(other.ok ? null : other.error).toMatchObject({ code: 'forbidden', message: 'Du kan bara svara på dina egna utvärderingar.' });
    expect((await h.call('evaluations:get-phase-evaluations', { hireId: omar!.id })).ok).toBe(false);
    expect((await h.call('evaluations:remove-phase-evaluation', { evaluationId: saved[0]!.record!.id })).ok).toBe(false);
    expect((await h.call('evaluations:get-summary', { templateId: 1 })).ok).toBe(false);
  });

  it('the improvement view: averages and distribution per phase and version, texts without names sorted, fewer than three as too few', async () => {
    const { h, hires, programme } = await unit(['Sara Berg', 'Omar Haddad', 'Lisa Kumpula', 'Erik Taavo']);
    const [p1, p2] = await h.must('evaluations:get-phase-evaluations', { hireId: hires[0]!.id });
    const scores = [
      [4, 2, 3, 5, 4],
      [5, 3, 2, 4, 4],
      [3, 2, 2, 5, 3],
    ];
    const texts = [
      ['Öppet klimat', 'Mer tid med introduktören'],
      ['Bra schema', ''],
      ['', 'Färre ärenden i början'],
    ];
    for (const [i, s] of scores.entries())
      await h.must('evaluations:save-phase-evaluation', {
        hireId: hires[i]!.id,
        phaseId: p1!.phaseId,
        ...answer(s, ...(texts[i] as [string, string])),
      });
    clock = '2027-03-10T09:00:00.000Z';
    for (const hire of hires.slice(0, 2))
      await h.must('evaluations:save-phase-evaluation', {
        hireId: hire.id,
        phaseId: p2!.phaseId,
        ...answer([1, 1, 1, 1, 1], 'Sara skrev detta'),
        answeredOn: '2027-03-08',
      });

    const summary = await h.must('evaluations:get-summary', { templateId: programme.id });
    expect(summary.versions).toHaveLength(1);
    const [first, second, third] = summary.versions[0]!.phases;
    expect(first).toMatchObject({
      answers: 3,
      tooFew: false,
      good: ['Bra schema', 'Öppet klimat'],
      improve: ['Färre ärenden i början', 'Mer tid med introduktören'],
    });
    expect(first!.questions.map((q) => [q.question, q.average, q.distribution])).toEqual([
      ['clarity', 4, [0, 0, 1, 1, 1]],
      ['support', 2.3, [0, 2, 1, 0, 0]],
      ['workload', 2.3, [0, 2, 1, 0, 0]],
      ['reflection', 4.7, [0, 0, 0, 1, 2]],
      ['overall', 3.7, [0, 0, 1, 2, 0]],
    ]);
    expect(second).toMatchObject({ answers: 2, tooFew: true, good: [], improve: [] });
    expect(second!.questions.every((q) => q.average === null && q.distribution === null)).toBe(true);
    expect(third).toMatchObject({ answers: 0, tooFew: true });
    expect(JSON.stringify(summary)).not.toMatch(/Sara|Omar|Lisa|Erik|Anna/);
  });

  it('travel between desks keyed by the phase and count in the other desk’s improvement view', async () => {
    clock = '2026-11-23T09:00:00.000Z';
    const desks = await desksWithOneHire(() => clock);
    open.push(desks.a, desks.b);
    const { a, b, deskA, deskB } = desks;
    const hireOn = async (h: typeof a) =>
      (await h.must('hires:list-hires', { archived: false })).find((x) => x.name === 'Ylva Östlund')!.id;
    const [phase] = await a.must('evaluations:get-phase-evaluations', { hireId: await hireOn(a) });
    const answeredOn = phase!.startDate;
    await a.must('evaluations:save-phase-evaluation', {
      hireId: await hireOn(a),
      phaseId: phase!.phaseId,
      ...answer([4, 4, 4, 4, 4], 'Bra'),
      answeredOn,
    });
    await deskA.cycle();
    await deskB.cycle();
    const onB = (await b.must('evaluations:get-phase-evaluations', { hireId: await hireOn(b) }))[0]!.record;
    expect(onB).toMatchObject({ answeredOn, scores: { clarity: 4 }, good: 'Bra' });
    const [programmeB] = await b.must('templates:list-templates', {});
    expect((await b.must('evaluations:get-summary', { templateId: programmeB!.id })).versions[0]!.phases[0]!.answers).toBe(1);
  });
});
