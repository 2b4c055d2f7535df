import { afterEach, describe, expect, it } from 'vitest';
import { handlerHarness } from '../support/handler-context';
import { managerWithHires } from '../support/manager-hires';
import { desksWithOneHire } from '../support/two-desks';

/**
 * Check-ins (issue 19, part 2; seed 003 ~L1517–1520, ~L2514–2518): the programme's checkpoints
 * on working days after the start, a structured talk recorded once per checkpoint, agreed actions
 * as own items of the plan. Monday 23 November 2026, 10:00 in Stockholm.
 */
let clock = '2026-11-23T09:00:00.000Z';
const open: ReturnType<typeof handlerHarness>[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});

async function hireStarting(startDate: string) {
  const h = handlerHarness(() => clock);
  open.push(h);
  const { hires } = await managerWithHires(h, startDate);
  return { h, hire: hires[0]! };
}

const talk = {
  heldOn: '2026-11-20',
  workload: 4,
  support: 2,
  works: 'Introduktören',
  change: 'För många ärenden',
  actions: [],
  toPlan: false,
};

describe('check-ins', () => {
  it('fall on working days after the start, as the programme suggests, late or soon or planned until recorded', async () => {
    // Start Monday 21 December: week 1 ends over Christmas; month 2 is 21 February.
    clock = '2026-11-23T09:00:00.000Z';
    const { h, hire } = await hireStarting('2026-12-21');
    const list = await h.must('checkins:get-check-ins', { hireId: hire.id });
    expect(list.map((c) => [c.checkpointId, c.dueDate])).toEqual([
      ['vecka-1', '2026-12-28'],
      ['vecka-4', '2027-01-18'],
      ['manad-2', '2027-02-22'],
      ['manad-4', '2027-04-21'],
      ['manad-6', '2027-06-21'],
      ['manad-12', '2027-12-21'],
    ]);
    expect(list.every((c) => c.status === 'upcoming' && c.record === null)).toBe(true);
    clock = '2027-01-12T09:00:00.000Z';
    const later = await h.must('checkins:get-check-ins', { hireId: hire.id });
    expect(later.slice(0, 3).map((c) => c.status)).toEqual(['late', 'due', 'upcoming']);
  });

  it('are recorded once per checkpoint, the agreed actions become the manager’s items, and a record can be removed', async () => {
    clock = '2026-11-23T09:00:00.000Z';
    const { h, hire } = await hireStarting('2026-11-02');
    const before = (await h.must('hires:get-plan', { hireId: hire.id })).items.length;
    // The manager's list holds the check-ins behind and those of the coming two weeks.
    const due = async () => (await h.must('tasks:get-mine', {})).checkIns.map((c) => [c.label, c.dueDate, c.late]);
    expect(await due()).toEqual([
      ['Uppföljning efter vecka 1', '2026-11-09', true],
      ['Uppföljning efter vecka 4', '2026-11-30', false],
    ]);
    const actions = ['Färre nya ärenden i två veckor', 'Medhandläggare i utredningen'];
    const saved = await h.must('checkins:save-check-in', { hireId: hire.id, checkpointId: 'vecka-1', ...talk, actions, toPlan: true });
    const first = saved.find((c) => c.checkpointId === 'vecka-1')!;
    expect(first).toMatchObject({
      status: 'held',
      record: { heldOn: '2026-11-20', workload: 4, support: 2, actions, heldBy: { name: 'Anna Lindqvist' } },
    });
    expect(await due()).toEqual([['Uppföljning efter vecka 4', '2026-11-30', false]]);
    const plan = await h.must('hires:get-plan', { hireId: hire.id });
    expect(plan.items).toHaveLength(before + 2);
    const added = plan.items.filter((i) => actions.includes(i.title));
    expect(added.map((i) => [i.category, i.responsiblePerson?.name, i.startDate, i.dueDate])).toEqual([
      ['Överenskommen åtgärd', 'Anna Lindqvist', '2026-11-20', '2026-12-04'],
      ['Överenskommen åtgärd', 'Anna Lindqvist', '2026-11-20', '2026-12-04'],
    ]);

    // Saved again, the same check-in is changed, not doubled; without toPlan nothing more is added.
    const again = await h.must('checkins:save-check-in', { hireId: hire.id, checkpointId: 'vecka-1', ...talk, workload: 3, actions });
    expect(again.filter((c) => c.record).map((c) => [c.checkpointId, c.record!.workload])).toEqual([['vecka-1', 3]]);
    expect((await h.must('hires:get-plan', { hireId: hire.id })).items).toHaveLength(before + 2);

    const removed = await h.must('checkins:remove-check-in', { checkInId: first.record!.id });
    expect(removed.find((c) => c.checkpointId === 'vecka-1')).toMatchObject({ status: 'late', record: null });
    expect((await h.must('hires:get-plan', { hireId: hire.id })).items).toHaveLength(before + 2);
  });

  it('refuses a talk in the future or before the start, an unknown checkpoint and a scale outside 1–5', async () => {
    const { h, hire } = await hireStarting('2026-11-02');
    const fields = async (input: Record<string, unknown>) => {
      const result = await h.call('checkins:save-check-in', { hireId: hire.id, checkpointId: 'vecka-1', ...talk, ...input });
      return result.ok ? null : (result.error.fields ?? result.error.code);
    };
    expect(await fields({ heldOn: '2026-11-24' })).toEqual({ heldOn: 'En uppföljning kan inte registreras i förväg.' });
    expect(await fields({ heldOn: '2026-10-30' })).toEqual({ heldOn: 'Datumet ligger före startdatumet (2026-11-02).' });
    expect(await fields({ checkpointId: 'vecka-99' })).toBe('not-found');
    expect(await fields({ workload: 6 })).toMatchObject({ workload: expect.any(String) });
    expect((await h.must('checkins:get-check-ins', { hireId: hire.id })).every((c) => c.record === null)).toBe(true);
  });

  it('travel between desks; the same check-in recorded on both becomes one, merged field by field', async () => {
    clock = '2026-11-23T09:00:00.000Z';
    const desks = await desksWithOneHire(() => clock);
    open.push(desks.a, desks.b);
    const { a, b, deskA, deskB } = desks;
    const hireOn = async (h: typeof a) =>
      (await h.must('hires:list-hires', { archived: false })).find((x) => x.name === 'Ylva Östlund')!.id;
    const maria = (await b.must('staff:list-people', {})).find((p) => p.name === 'Maria Nilsson')!;
    await b.must('session:set-current-user', { personId: maria.id });
    // The fixture recorded week 1; both desks now record week 4 before either has seen the other's.
    await a.must('checkins:save-check-in', { hireId: await hireOn(a), checkpointId: 'vecka-4', ...talk, workload: 5 });
    await b.must('checkins:save-check-in', { hireId: await hireOn(b), checkpointId: 'vecka-4', ...talk, works: 'Handledningen' });
    await deskA.cycle();
    await deskB.cycle();
    await deskA.cycle();
    const week4 = async (h: typeof a) =>
      (await h.must('checkins:get-check-ins', { hireId: await hireOn(h) })).filter((c) => c.record).map((c) => c.checkpointId);
    expect(await week4(a)).toEqual(['vecka-1', 'vecka-4']);
    expect(await week4(b)).toEqual(['vecka-1', 'vecka-4']);
    const record = async (h: typeof a) => (await h.must('checkins:get-check-ins', { hireId: await hireOn(h) }))[1]!.record!;
    const [onA, onB] = [await record(a), await record(b)];
    // Row ids are each desk's own (who held it is named by the person, not their id on one desk).
    const same = (r: typeof onA) => ({ ...r, id: 0, heldBy: r.heldBy?.name });
    expect(same(onA)).toEqual(same(onB));
  });
});
