import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { handlerHarness } from '../support/handler-context';
import { eq } from 'drizzle-orm';
import { groupMembers, hires } from '../../db/schema';
import { hireDocId } from '../../electron/main/sync/local-state';
import { loadSharedDocument } from '../../electron/main/sync/shared-document';
import { SharedFolder } from '../../electron/main/sync/shared-folder';
import { deskOn, desksWithOneHire } from '../support/two-desks';

let clock = '2026-11-23T09:00:00.000Z';
const open: ReturnType<typeof handlerHarness>[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});

type Harness = ReturnType<typeof handlerHarness>;

/** The manager's desk A with a hire; the introducer's desk B joined the folder and works as the introducer. */
async function twoDesks() {
  clock = '2026-11-23T09:00:00.000Z';
  const desks = await desksWithOneHire(() => clock);
  open.push(desks.a, desks.b);
  const { b } = desks;
  const introducer = (await b.must('staff:list-people', {})).find((p) => p.name === 'Maria Nilsson')!;
  await b.must('session:set-current-user', { personId: introducer.id });
  const hireOn = async (h: Harness) => (await h.must('hires:list-hires', { archived: false })).find((x) => x.name === 'Ylva Östlund')!.id;
  const planOn = async (h: Harness) => h.must('hires:get-plan', { hireId: await hireOn(h) });
  const itemOn = async (h: Harness, title: string) => (await planOn(h)).items.find((i) => i.title === title)!;
  const todo = (await planOn(desks.a)).items.filter((i) => i.status === 'todo').map((i) => i.title);
  return { ...desks, hireOn, planOn, itemOn, todo };
}

describe('desks sharing the unit’s data through the folder', () => {
  it('a desk that joins gets the other desk’s staff, programme and hire with every item, hour and session', async () => {
    const { a, b, planOn } = await twoDesks();
    const [planA, planB] = [await planOn(a), await planOn(b)];
    expect(planB.items.map((i) => [i.title, i.status, i.dueDate, i.note])).toEqual(
      planA.items.map((i) => [i.title, i.status, i.dueDate, i.note]),
    );
    expect((await b.must('staff:list-people', {})).map((p) => p.name).sort()).toEqual(['Anna Lindqvist', 'Maria Nilsson']);
    // The default programme has one uid everywhere: B holds one programme, not its own and A's.
    expect(await b.must('templates:list-templates', {})).toHaveLength(1);
    const hoursA = await a.must('hours:get-hours', { hireId: planA.hire.id });
    const hoursB = await b.must('hours:get-hours', { hireId: planB.hire.id });
    expect(hoursB.entries.map((e) => [e.date, e.minutes, e.purpose])).toEqual(hoursA.entries.map((e) => [e.date, e.minutes, e.purpose]));
    const sessions = async (h: Harness, hireId: number) =>
      (await h.must('reflection:get-sessions', { hireId })).sessions.map((s) => [s.date, s.status, s.theme]);
    expect(await sessions(b, planB.hire.id)).toEqual(await sessions(a, planA.hire.id));
  });

  it('the competence plan travels with the hire: level history, mapping, goals, co-handler and trainings, both ways', async () => {
    const { a, b, deskA, deskB, hireOn } = await twoDesks();
    const plan = async (h: Harness) => {
      const { history, mappings, shortGoals, longGoals, coHandler, trainings, level } = await h.must('competence:get-plan', {
        hireId: await hireOn(h),
      });
      return {
        level,
        history: history.map((d) => [d.level, d.decidedOn, d.decidedBy?.name, d.note]),
        mappings: mappings.map(({ id: _id, ...m }) => m),
        shortGoals,
        longGoals,
        coHandler: coHandler?.name,
        trainings: trainings.map(({ id: _id, ...t }) => t),
      };
    };
    const onA = await plan(a);
    expect(onA.trainings).toHaveLength(1);
    expect(onA.coHandler).toBe('Maria Nilsson');
    expect(await plan(b)).toEqual(onA);

    // The manager decides Nivå 2 on desk A; the introducer's desk B books the training.
    const anna = (await a.must('staff:list-people', {})).find((p) => p.name === 'Anna Lindqvist')!;
    await a.must('session:set-current-user', { personId: anna.id });
    await a.must('competence:decide-level', { hireId: await hireOn(a), level: 2, decidedOn: '2026-11-20', note: '' });
    const [training] = (await b.must('competence:get-plan', { hireId: await hireOn(b) })).trainings;
    const { id: trainingId, ...fields } = training!;
    await b.must('competence:update-training', { trainingId, ...fields, status: 'booked' });
    await deskA.cycle();
    await deskB.cycle();
    await deskA.cycle();
    const after = await plan(a);
    expect(after.level).toBe(2);
    expect(after.history.at(-1)).toEqual([2, '2026-11-20', 'Anna Lindqvist', '']);
    expect(after.trainings[0]!.status).toBe('booked');
    expect(await plan(b)).toEqual(after);
  });

  it('the samordnare and a substitute period travel with the hire; a removed period is removed on the other desk', async () => {
    const { a, b, deskA, deskB, hireOn } = await twoDesks();
    const anna = (await a.must('staff:list-people', {})).find((p) => p.name === 'Anna Lindqvist')!;
    await a.must('session:set-current-user', { personId: anna.id });
    const carin = await a.must('staff:create-person', {
      name: 'Carin Samordnare',
      title: '',
      team: '',
      phone: '',
      email: '',
      roles: ['coordinator'],
    });
    const { hire } = await a.must('hires:get-plan', { hireId: await hireOn(a) });
    await a.must('hires:update-hire', {
      hireId: hire.id,
      name: hire.name,
      title: hire.title,
      team: hire.team,
      managerId: hire.manager!.id,
      introducerId: hire.introducer!.id,
      coordinatorId: carin.id,
      newlyGraduated: hire.newlyGraduated,
    });
    await a.must('hours:add-substitute', {
      hireId: hire.id,
      personId: carin.id,
      fromDate: '2026-11-23',
      toDate: '2026-11-27',
      note: 'Semester',
    });
    await deskA.cycle();
    await deskB.cycle();
    const onB = await b.must('hires:get-plan', { hireId: await hireOn(b) });
    expect(onB.hire.coordinator).toMatchObject({ name: 'Carin Samordnare', forUnit: false });
    expect(onB.hire.substitute).toMatchObject({ person: { name: 'Carin Samordnare' }, toDate: '2026-11-27' });
    // The fixture's hire already had a period of its own (7–11 December); both arrive.
    const { substitutes } = await b.must('hours:get-hours', { hireId: onB.hire.id });
    const periods = (list: typeof substitutes) => list.map((p) => [p.person?.name, p.fromDate, p.toDate, p.note]);
    expect(periods(substitutes)).toEqual([
      ['Carin Samordnare', '2026-11-23', '2026-11-27', 'Semester'],
      ['Anna Lindqvist', '2026-12-07', '2026-12-11', 'ylva-vikariat'],
    ]);

    await b.must('hours:remove-substitute', { substituteId: substitutes[0]!.id });
    await deskB.cycle();
    await deskA.cycle();
    expect(periods((await a.must('hours:get-hours', { hireId: hire.id })).substitutes)).toEqual([
      ['Anna Lindqvist', '2026-12-07', '2026-12-11', 'ylva-vikariat'],
    ]);
  });

  it('the competence budget per employee is the unit’s: set on one desk, it reaches the other; the load limit stays per desk', async () => {
    const { a, b, deskA, deskB } = await twoDesks();
    await a.must('settings:update-preferences', { competenceBudgetKr: 15_000, weekLoadLimitHours: 30 });
    await deskA.cycle();
    await deskB.cycle();
    expect(await b.must('settings:get-preferences', {})).toMatchObject({ competenceBudgetKr: 15_000, weekLoadLimitHours: 20 });
  });

  it('an introducer ticks on desk B; desk A shows it after its next pass, in her name, once', async () => {
    const { a, b, deskA, deskB, itemOn, hireOn, todo } = await twoDesks();
    await b.must('plans:set-item-status', { itemId: (await itemOn(b, todo[0]!)).id, status: 'done' });
    const sent = await deskB.cycle();
    expect(sent.written).toBe(1);

    const took = await deskA.cycle();
    expect(took.received).toBe(1);
    // The file desk B wrote is named as taken in, at the end of its document's transaction.
    const written = readdirSync(path.join(deskB.folder.root, deskB.folder.installation), { recursive: true }).map(String);
    const file = took.taken.find((t) => t.file.startsWith(path.join(deskA.folder.root, deskB.folder.installation)));
    expect(written.some((rel) => file?.file.endsWith(rel))).toBe(true);
    expect(file!.at).toBeGreaterThanOrEqual(took.startedAt);
    expect(file!.at).toBeLessThanOrEqual(took.endedAt);
    const ticked = await itemOn(a, todo[0]!);
    expect(ticked.status).toBe('done');
    expect(ticked.done).toMatchObject({ by: { name: 'Maria Nilsson' } });
    const history = await a.must('audit:hire-history', { hireId: await hireOn(a) });
    expect(history.at(-1)).toMatchObject({ action: 'item.done', actor: 'Maria Nilsson' });
    // Nothing more comes or goes: the desks agree.
    expect(await deskA.cycle()).toMatchObject({ received: 0, written: 0, waiting: 0 });
    expect(await deskB.cycle()).toMatchObject({ received: 0, written: 0, waiting: 0 });
  });

  it('a hire created on one desk appears on the other, and edits of different fields of one item both survive', async () => {
    const { a, b, deskA, deskB, itemOn, todo } = await twoDesks();
    const [programme] = await b.must('templates:list-templates', {});
    const staff = await b.must('staff:list-people', {});
    await b.must('hires:create-hire', {
      hire: {
        name: 'Sara Berg',
        title: 'Socialsekreterare',
        team: 'Vuxen',
        startDate: '2026-12-07',
        managerId: staff.find((p) => p.name === 'Anna Lindqvist')!.id,
        introducerId: staff.find((p) => p.name === 'Maria Nilsson')!.id,
        newlyGraduated: false,
        templateVersionId: programme!.versions[0]!.id,
      },
      leaveOut: [],
      ownItems: [],
    });
    const item = await itemOn(a, todo[1]!);
    await a.must('plans:update-item', { itemId: item.id, note: 'Boka rum', startDate: item.startDate, dueDate: item.dueDate });
    const itemB = await itemOn(b, todo[1]!);
    await b.must('plans:update-item', { itemId: itemB.id, note: itemB.note, startDate: itemB.startDate, dueDate: '2026-12-18' });
    await deskA.cycle();
    await deskB.cycle();
    await deskA.cycle();
    expect((await a.must('hires:list-hires', { archived: false })).map((h) => h.name).sort()).toEqual(['Sara Berg', 'Ylva Östlund']);
    for (const h of [a, b]) expect(await itemOn(h, todo[1]!)).toMatchObject({ note: 'Boka rum', dueDate: '2026-12-18' });
  });

  it('the same item’s status changed on both desks ends as one whole value on both, shown as a conflict and settled by a choice', async () => {
    const { a, b, deskA, deskB, itemOn, todo } = await twoDesks();
    await a.must('plans:set-item-status', { itemId: (await itemOn(a, todo[0]!)).id, status: 'done' });
    clock = '2026-11-23T09:05:00.000Z';
    await b.must('plans:set-item-status', { itemId: (await itemOn(b, todo[0]!)).id, status: 'notApplicable', reason: 'Annan enhet' });
    await deskA.cycle();
    await deskB.cycle();
    const { conflicts } = await deskA.cycle();
    const [onA, onB] = [await itemOn(a, todo[0]!), await itemOn(b, todo[0]!)];
    expect([onA.status, onA.done]).toEqual([onB.status, onB.done]);
    expect(conflicts).toBe(1);
    const hireGlobalId = a.ctx.session.sqlite.prepare("SELECT global_id FROM hires WHERE name = 'Ylva Östlund'").pluck().get() as string;
    const [conflict] = await deskA.conflictsOf(hireGlobalId);
    expect(conflict).toMatchObject({ collection: 'statuses', field: null });
    expect(conflict!.values.map((v) => (v.value as { status: string }).status).sort()).toEqual(['done', 'notApplicable']);
    // Each value names the desk that set it.
    expect(conflict!.values.map((v) => v.actor.slice(0, 32)).sort()).toEqual(['a'.repeat(32), 'b'.repeat(32)]);

    const chosen = conflict!.values.find((v) => (v.value as { status: string }).status === 'done')!;
    deskA.settle(hireGlobalId, conflict!, chosen);
    expect(await deskA.conflictsOf(hireGlobalId)).toEqual([]);
    await deskA.cycle();
    expect(await deskB.cycle()).toMatchObject({ conflicts: 0 });
    for (const h of [a, b]) expect((await itemOn(h, todo[0]!)).status).toBe('done');
  });

  it('a start date moved on both desks is one conflict, and keeping one desk’s date keeps its item dates too', async () => {
    const { a, b, deskA, deskB, hireOn, planOn } = await twoDesks();
    await a.must('hires:change-start-date', { hireId: await hireOn(a), startDate: '2026-10-12' });
    await b.must('hires:change-start-date', { hireId: await hireOn(b), startDate: '2026-10-19' });
    await deskA.cycle();
    await deskB.cycle();
    expect(await deskA.cycle()).toMatchObject({ conflicts: 1 });
    const hireGlobalId = a.ctx.session.sqlite.prepare("SELECT global_id FROM hires WHERE name = 'Ylva Östlund'").pluck().get() as string;
    const conflicts = await deskA.conflictsOf(hireGlobalId);
    expect(conflicts.map((c) => `${c.collection}.${c.field}`)).toEqual(['hire.startDate']);
    const keepB = conflicts[0]!.values.find((v) => v.value === '2026-10-19')!;
    deskA.settle(hireGlobalId, conflicts[0]!, keepB);
    await deskA.cycle();
    await deskB.cycle();
    const [planA, planB] = [await planOn(a), await planOn(b)];
    expect(planA.hire.startDate).toBe('2026-10-19');
    expect(planA.items.map((i) => [i.title, i.startDate, i.dueDate])).toEqual(planB.items.map((i) => [i.title, i.startDate, i.dueDate]));
    expect(await deskA.conflictsOf(hireGlobalId)).toEqual([]);
  });

  it('the unit’s groups travel as their own document: a new group, its members and attendance; an erased hire leaves them on both desks', async () => {
    const { a, b, deskA, deskB, hireOn } = await twoDesks();
    const view = async (h: Harness, name: string) => {
      const group = (await h.must('groups:list-groups', {})).find((g) => g.name === name)!;
      const detail = await h.must('groups:get-group', { groupId: group.id });
      const names = new Map(detail.members.map((m) => [m.id, m.name]));
      return {
        kind: detail.kind,
        leader: detail.leader?.name ?? detail.leaderName,
        members: detail.members.map((m) => [m.name, m.fromDate, m.toDate]),
        sessions: detail.sessions.map((s) => [s.date, s.status, s.attendance.map((x) => [names.get(x.memberId), x.present]).sort()]),
      };
    };
    // The fixture's reflection group with Ylva and her attendance arrived with the first pass.
    expect(await view(b, 'Reflektionsgrupp nyanställda')).toEqual(await view(a, 'Reflektionsgrupp nyanställda'));
    expect((await view(b, 'Reflektionsgrupp nyanställda')).sessions).toEqual([['2026-10-14', 'held', [['Ylva Östlund', true]]]]);

    const anna = (await a.must('staff:list-people', {})).find((p) => p.name === 'Anna Lindqvist')!;
    const maria = (await a.must('staff:list-people', {})).find((p) => p.name === 'Maria Nilsson')!;
    await a.must('session:set-current-user', { personId: anna.id });
    const group = await a.must('groups:save-group', {
      groupId: null,
      group: {
        kind: 'supervision',
        name: 'Yrkeshandledning IFO',
        leaderId: null,
        leaderName: 'Extern handledare',
        place: 'Stadshuset',
        weekday: 2,
        time: '09:00',
        durationMinutes: 120,
        maxMembers: 8,
        meetingsPerYear: 10,
      },
    });
    await a.must('groups:add-member', { groupId: group.id, hireId: await hireOn(a), personId: null, fromDate: '2026-10-05' });
    const joined = await a.must('groups:add-member', { groupId: group.id, hireId: null, personId: maria.id, fromDate: '2026-10-05' });
    const planned = await a.must('groups:plan-sessions', { groupId: group.id, from: '2026-11-01', count: 2 });
    await a.must('groups:record-attendance', {
      sessionId: planned.sessions[0]!.id,
      attendance: joined.members.map((m) => ({ memberId: m.id, present: m.name === 'Ylva Östlund' })),
    });
    await deskA.cycle();
    await deskB.cycle();
    const onA = await view(a, 'Yrkeshandledning IFO');
    expect(await view(b, 'Yrkeshandledning IFO')).toEqual(onA);
    expect(onA.sessions[0]).toEqual([
      '2026-11-03',
      'held',
      [
        ['Maria Nilsson', false],
        ['Ylva Östlund', true],
      ],
    ]);

    // B corrects the attendance: Maria was there after all.
    const onB = await b.must('groups:get-group', {
      groupId: (await b.must('groups:list-groups', {})).find((g) => g.name === 'Yrkeshandledning IFO')!.id,
    });
    await b.must('groups:record-attendance', {
      sessionId: onB.sessions[0]!.id,
      attendance: [{ memberId: onB.members.find((m) => m.name === 'Maria Nilsson')!.id, present: true }],
    });
    await deskB.cycle();
    await deskA.cycle();
    expect((await view(a, 'Yrkeshandledning IFO')).sessions[0]![2]).toEqual([
      ['Maria Nilsson', true],
      ['Ylva Östlund', true],
    ]);

    await a.must('privacy:erase-hire', { hireId: await hireOn(a), confirmName: 'Ylva Östlund' });
    await deskA.cycle();
    expect(await deskB.cycle()).toMatchObject({ erased: 1 });
    await deskA.cycle();
    await deskB.cycle();
    for (const h of [a, b]) {
      const after = await view(h, 'Yrkeshandledning IFO');
      expect(after.members).toEqual([['Maria Nilsson', '2026-10-05', null]]);
      expect(after.sessions[0]![2]).toEqual([['Maria Nilsson', true]]);
      expect((await view(h, 'Reflektionsgrupp nyanställda')).members).toEqual([]);
    }
  });

  it('a desk that has not received a hire yet keeps that hire’s group membership and attendance when it writes the groups', async () => {
    const { a, b, root, deskA, deskB, people } = await twoDesks();
    const members = async (h: Harness) => {
      const group = (await h.must('groups:list-groups', {})).find((g) => g.name === 'Reflektionsgrupp nyanställda')!;
      const detail = await h.must('groups:get-group', { groupId: group.id });
      return { group, names: detail.members.map((m) => m.name).sort(), attended: detail.sessions[0]!.attendance.length };
    };
    const [programme] = await a.must('templates:list-templates', {});
    const { id: hireId } = await a.must('hires:create-hire', {
      hire: {
        name: 'Omar Haddad',
        title: '',
        team: '',
        startDate: '2026-10-05',
        managerId: people.managerId,
        introducerId: people.introducerId,
        newlyGraduated: true,
        templateVersionId: programme!.versions[0]!.id,
      },
      leaveOut: [],
      ownItems: [],
    });
    const { group } = await members(a);
    const omar = await a.must('groups:add-member', { groupId: group.id, hireId, personId: null, fromDate: '2026-10-05' });
    const session = omar.sessions[0]!;
    await a.must('groups:record-attendance', {
      sessionId: session.id,
      attendance: omar.members.filter((m) => m.name === 'Omar Haddad').map((m) => ({ memberId: m.id, present: true })),
    });
    await deskA.cycle();
    // Omar's own document has not reached B (a sync service still copying it): only the groups have.
    const omarId = a.ctx.db.select({ id: hires.globalId }).from(hires).where(eq(hires.id, hireId)).get()!.id!;
    await new SharedFolder(root, 'a'.repeat(32)).removeDocument(hireDocId(omarId));
    await deskB.cycle();
    expect((await members(b)).names).toEqual(['Ylva Östlund']);
    // B changes the group (a staff member joins) and writes the groups' document.
    const maria = (await b.must('staff:list-people', {})).find((p) => p.name === 'Maria Nilsson')!;
    await b.must('groups:add-member', { groupId: (await members(b)).group.id, hireId: null, personId: maria.id, fromDate: '2026-11-02' });
    await deskB.cycle();
    // The folder's document still holds Omar's membership and attendance, for the desks that have him.
    const reader = new SharedFolder(root, 'c'.repeat(32));
    const doc = loadSharedDocument('c'.repeat(32), (await reader.readChanges('groups')).payloads);
    const omarMember = a.ctx.db.select({ id: groupMembers.globalId }).from(groupMembers).where(eq(groupMembers.hireId, hireId)).get()!.id!;
    expect(Object.keys(doc.groupMembers)).toContain(omarMember);
    expect(Object.keys(doc.groupAttendance).filter((key) => key.endsWith(`:${omarMember}`))).toHaveLength(1);
    await deskA.cycle();
    expect(await members(a)).toMatchObject({ names: ['Maria Nilsson', 'Omar Haddad', 'Ylva Östlund'], attended: 2 });
  });

  it('erasing a hire on one desk erases it on the other and removes its files from every subfolder; it is never written again', async () => {
    const { a, b, root, deskA, deskB, hireOn, itemOn, todo } = await twoDesks();
    const hireGlobalId = a.ctx.session.sqlite.prepare("SELECT global_id FROM hires WHERE name = 'Ylva Östlund'").pluck().get() as string;
    await b.must('plans:set-item-status', { itemId: (await itemOn(b, todo[0]!)).id, status: 'done' });
    await deskB.cycle();
    await a.must('privacy:erase-hire', { hireId: await hireOn(a), confirmName: 'Ylva Östlund' });
    await deskA.cycle();
    expect(await deskB.cycle()).toMatchObject({ erased: 1 });
    expect(await b.must('hires:list-hires', { archived: false })).toEqual([]);
    for (const installation of readdirSync(root)) expect(existsSync(path.join(root, installation, `hire-${hireGlobalId}`))).toBe(false);
    expect(JSON.stringify(readdirSync(root, { recursive: true }))).not.toContain(hireGlobalId);
    await deskA.cycle();
    await deskB.cycle();
    expect(JSON.stringify(readdirSync(root, { recursive: true }))).not.toContain(hireGlobalId);
  });

  it('a conflict that arrives while a desk was stopped is found when it starts again, and one from before is still shown', async () => {
    const { a, b, root, deskA, deskB, itemOn, todo } = await twoDesks();
    const hireGlobalId = a.ctx.session.sqlite.prepare("SELECT global_id FROM hires WHERE name = 'Ylva Östlund'").pluck().get() as string;
    await a.must('plans:set-item-status', { itemId: (await itemOn(a, todo[0]!)).id, status: 'done' });
    await b.must('plans:set-item-status', { itemId: (await itemOn(b, todo[0]!)).id, status: 'notApplicable', reason: 'Annan enhet' });
    await deskB.cycle();
    // B stops with its status written; A's different one arrives; B starts again with nothing held.
    await deskA.cycle();
    const restartedB = deskOn(b, root, 'b');
    expect(await restartedB.cycle()).toMatchObject({ conflicts: 1 });
    expect((await restartedB.conflictsOf(hireGlobalId)).map((c) => c.collection)).toEqual(['statuses']);
    // A second run keeps the count it had and shows the same conflict without anything new arriving.
    await a.must('plans:set-item-status', { itemId: (await itemOn(a, todo[1]!)).id, status: 'done' });
    await deskA.cycle();
    const again = deskOn(b, root, 'b');
    expect(await again.cycle()).toMatchObject({ conflicts: 1 });
    expect(await again.conflictsOf(hireGlobalId)).toHaveLength(1);
  });

  it('a desk killed before it recorded what it received still sends its own tick after the restart, and takes the others’', async () => {
    const { a, b, root, deskA, itemOn, todo } = await twoDesks();
    const hireGlobalId = a.ctx.session.sqlite.prepare("SELECT global_id FROM hires WHERE name = 'Ylva Östlund'").pluck().get() as string;
    // What B had recorded of the hire's document is gone, as if it died between receiving and recording.
    b.ctx.session.sqlite.prepare('DELETE FROM preferences WHERE key = ?').run(`sync.doc.hire-${hireGlobalId}`);
    await a.must('plans:set-item-status', { itemId: (await itemOn(a, todo[3]!)).id, status: 'done' });
    await deskA.cycle();
    await b.must('plans:set-item-status', { itemId: (await itemOn(b, todo[4]!)).id, status: 'done' });
    const restarted = deskOn(b, root, 'b');
    await restarted.cycle();
    await deskA.cycle();
    for (const h of [a, b]) {
      expect((await itemOn(h, todo[3]!)).status).toBe('done');
      expect((await itemOn(h, todo[4]!)).status).toBe('done');
    }
  });

  it('a change that could not be written before the desk stopped is written after its restart', async () => {
    const { b, root, deskA, itemOn, todo, a } = await twoDesks();
    const deskB = deskOn(b, root, 'b');
    await deskB.cycle();
    await b.must('plans:set-item-status', { itemId: (await itemOn(b, todo[5]!)).id, status: 'done' });
    // The folder takes no files (a full share, say); then the computer is switched off.
    vi.spyOn(deskB.folder, 'writePayload').mockRejectedValue(new Error('ENOSPC'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await deskB.cycle()).toMatchObject({ written: 0, waiting: 1 });
    const restarted = deskOn(b, root, 'b');
    expect(await restarted.cycle()).toMatchObject({ written: 1, waiting: 0 });
    await deskA.cycle();
    expect((await itemOn(a, todo[5]!)).status).toBe('done');
  });

  it('a restart with nothing changed loads no hire’s document; a folder that is away keeps the work waiting until it is back', async () => {
    const { a, b, root, deskA, itemOn, todo } = await twoDesks();
    // A reads what B wrote when it joined (its entry in the registry).
    await deskA.cycle();
    const again = deskOn(a, root, 'a');
    const load = vi.spyOn(again.folder, 'readChanges');
    expect(await again.cycle()).toMatchObject({ received: 0, written: 0 });
    // Only the small registry (the desks, the erased hires) is read once per run; no hire's document.
    expect(load.mock.calls.map(([docId]) => docId)).toEqual(['registry']);

    const reachable = vi.spyOn(again.folder, 'reachable').mockResolvedValue(false);
    await a.must('plans:set-item-status', { itemId: (await itemOn(a, todo[2]!)).id, status: 'done' });
    expect(await again.cycle()).toMatchObject({ reached: false, written: 0, waiting: 1 });
    reachable.mockRestore();
    expect(await again.cycle()).toMatchObject({ reached: true, written: 1, waiting: 0 });
    const deskB = deskOn(b, root, 'b');
    expect(await deskB.cycle()).toMatchObject({ received: 1, conflicts: 0 });
    expect((await itemOn(b, todo[2]!)).status).toBe('done');
  });
});
