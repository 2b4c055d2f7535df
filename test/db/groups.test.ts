import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../electron/shared/rules/calendar';
import { cadenceMet, groupSessionDates, meetingsInMonth, sizeCheck } from '../../electron/shared/rules/groups';
import type { GroupFields } from '../../electron/shared/schemas/groups';
import { calendarProblems } from '../support/ical-check';
import { handlerHarness } from '../support/handler-context';
import { managerWithHires } from '../support/manager-hires';
import { tempDir } from '../support/paths';
import { readPdf } from '../support/read-pdf';

/**
 * Reflection groups and yrkeshandledning (issue 19, part 3; seed 003 ~L2930–2938, seed 002 ~L302).
 * Monday 23 November 2026, 10:00 in Stockholm.
 */
const clock = '2026-11-23T09:00:00.000Z';
const open: ReturnType<typeof handlerHarness>[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});

const reflectionGroup: GroupFields = {
  kind: 'reflection',
  name: 'Reflektionsgrupp nyanställda',
  leaderId: null,
  leaderName: 'Extern',
  place: 'Stadshuset, rum Kebne',
  weekday: 3,
  time: '13:00',
  durationMinutes: 90,
  maxMembers: 8,
  meetingsPerYear: 24,
};

async function unit(startDate = '2025-12-01') {
  const h = handlerHarness(() => clock);
  open.push(h);
  const { anna, hires } = await managerWithHires(h, startDate);
  const erik = await h.must('staff:create-person', { name: 'Erik Holm', title: '', team: '', phone: '', email: '', roles: ['manager'] });
  const group = await h.must('groups:save-group', { groupId: null, group: { ...reflectionGroup, leaderId: erik.id, leaderName: '' } });
  return { h, anna, erik, hire: hires[0]!, group };
}

const fieldsOf = (result: { ok: boolean; error?: { fields?: Record<string, string>; code: string } }) =>
  result.ok ? null : (result.error?.fields ?? result.error?.code);

describe('group rules', () => {
  const calendar = new WorkingCalendar();
  it('spread meetings over the month on the group’s weekday and skip days off', () => {
    // Wednesdays in January 2027: the 6th is trettondedag jul, so the month's one meeting moves a week on.
    expect(groupSessionDates({ weekday: 3, meetingsPerYear: 12 }, '2027-01-01', 1, calendar)).toEqual(['2027-01-13']);
    // Twice a month: the 1st and 3rd Wednesday.
    expect(groupSessionDates({ weekday: 3, meetingsPerYear: 24 }, '2027-02-01', 4, calendar)).toEqual([
      '2027-02-03',
      '2027-02-17',
      '2027-03-03',
      '2027-03-17',
    ]);
    // Ten a year: no meetings in July and August.
    expect([...Array(12).keys()].map((m) => meetingsInMonth(10, m + 1))).toEqual([1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1]);
    const year = groupSessionDates({ weekday: 2, meetingsPerYear: 10 }, '2027-01-01', 10, calendar);
    expect(year).toHaveLength(10);
    expect(year.some((d) => d.startsWith('2027-07') || d.startsWith('2027-08'))).toBe(false);
  });

  it('check the size: over the limit, and outside 6–8 for yrkeshandledning', () => {
    expect(sizeCheck('supervision', 9, 8)).toEqual({ count: 9, over: true, outsideSuggestion: true });
    expect(sizeCheck('supervision', 7, 8)).toEqual({ count: 7, over: false, outsideSuggestion: false });
    expect(sizeCheck('reflection', 3, 8)).toEqual({ count: 3, over: false, outsideSuggestion: false });
  });

  it('meet each slot of the cadence by an individual or a group session in its month, or say it is missing', () => {
    const cadence = {
      segments: [{ fromMonth: 1, toMonth: 2, perMonth: 1 }],
      weekday: 2,
      time: '10:00',
      durationMinutes: 60,
      place: '',
      leaderRole: null,
    };
    const slots = cadenceMet(cadence, '2026-09-01', calendar, [{ date: '2026-10-14', groupName: 'Reflektionsgruppen' }], '2026-11-23');
    expect(slots.map((s) => [s.month, s.met, s.groupName])).toEqual([
      [1, 'missing', null],
      [2, 'group', 'Reflektionsgruppen'],
    ]);
  });
});

describe('groups through the handlers', () => {
  it('refuse a group without a leader, a weekend weekday, an empty name and a session on a holiday', async () => {
    const { h, group } = await unit();
    expect(fieldsOf(await h.call('groups:save-group', { groupId: null, group: { ...reflectionGroup, leaderName: '' } }))).toEqual({
      'group.leaderId': 'Välj en ledare i personallistan eller skriv namnet på en extern handledare.',
    });
    expect(fieldsOf(await h.call('groups:save-group', { groupId: null, group: { ...reflectionGroup, weekday: 6, name: ' ' } }))).toEqual({
      'group.weekday': 'Välj en veckodag från måndag till fredag.',
      'group.name': 'Fältet måste fyllas i.',
    });
    const session = {
      date: '2026-12-24',
      time: '13:00',
      durationMinutes: 90,
      place: '',
      theme: '',
      status: 'planned',
      cancelReason: null,
    } as const;
    expect(fieldsOf(await h.call('groups:save-session', { groupId: group.id, sessionId: null, session }))).toEqual({
      'session.date': 'Dagen är inte en arbetsdag (julafton). Välj en annan dag.',
    });
    expect(
      fieldsOf(
        await h.call('groups:save-session', {
          groupId: group.id,
          sessionId: null,
          session: { ...session, date: '2026-12-02', status: 'held' },
        }),
      ),
    ).toEqual({
      'session.status': 'En träff som inte har varit kan inte markeras som hållen.',
    });
    expect(
      fieldsOf(
        await h.call('groups:save-session', {
          groupId: group.id,
          sessionId: null,
          session: { ...session, date: '2026-12-02', status: 'cancelled' },
        }),
      ),
    ).toEqual({
      'session.cancelReason': 'Fältet måste fyllas i.',
    });
  });

  it('keep to the size limit and refuse a second membership at the same time', async () => {
    const { h, anna, erik, hire } = await unit();
    const small = await h.must('groups:save-group', {
      groupId: null,
      group: { ...reflectionGroup, kind: 'supervision', name: 'Yrkeshandledning', maxMembers: 2, meetingsPerYear: 10 },
    });
    await h.must('groups:add-member', { groupId: small.id, hireId: hire.id, personId: null, fromDate: '2026-06-01' });
    expect(
      fieldsOf(await h.call('groups:add-member', { groupId: small.id, hireId: hire.id, personId: null, fromDate: '2026-07-01' })),
    ).toEqual({
      hireId: 'Personen är redan medlem i gruppen under den tiden.',
    });
    await h.must('groups:add-member', { groupId: small.id, hireId: null, personId: anna.id, fromDate: '2026-06-01' });
    expect(
      fieldsOf(await h.call('groups:add-member', { groupId: small.id, hireId: null, personId: erik.id, fromDate: '2026-06-01' })),
    ).toEqual({
      personId: 'Gruppen är full (högst 2 medlemmar). Höj gränsen under Uppgifter för att lägga till fler.',
    });
    expect(
      fieldsOf(await h.call('groups:add-member', { groupId: small.id, hireId: hire.id, personId: anna.id, fromDate: '2026-06-01' })),
    ).toEqual({
      hireId: 'Välj en nyanställd eller en person i personallistan.',
    });
    // Anna leaves at the end of November; from December there is room for Erik.
    const annaMember = (await h.must('groups:get-group', { groupId: small.id })).members.find((m) => m.person?.id === anna.id)!;
    expect(fieldsOf(await h.call('groups:end-membership', { memberId: annaMember.id, toDate: '2026-05-01' }))).toEqual({
      toDate: 'Datumet ligger före medlemskapets början (2026-06-01).',
    });
    await h.must('groups:end-membership', { memberId: annaMember.id, toDate: '2026-11-30' });
    const after = await h.must('groups:add-member', { groupId: small.id, hireId: null, personId: erik.id, fromDate: '2026-12-01' });
    expect(after.members.map((m) => [m.name, m.active])).toEqual([
      ['Anna Lindqvist', true],
      ['Sara Berg', true],
      ['Erik Holm', false],
    ]);
  });

  it('move a hire to the ordinary reflection group at month 12: one change, one audit row', async () => {
    const { h, hire, group } = await unit('2025-12-01');
    const ordinary = await h.must('groups:save-group', { groupId: null, group: { ...reflectionGroup, name: 'Reflektionsgrupp IFO' } });
    const joined = await h.must('groups:add-member', { groupId: group.id, hireId: hire.id, personId: null, fromDate: '2025-12-01' });
    const member = joined.members[0]!;
    expect(member.ordinaryFrom).toBe('2026-12-01');
    const moved = await h.must('groups:move-to-ordinary', { memberId: member.id, toGroupId: ordinary.id });
    expect(moved.members[0]).toMatchObject({ fromDate: '2025-12-01', toDate: '2026-11-30' });
    const target = await h.must('groups:get-group', { groupId: ordinary.id });
    expect(target.members.map((m) => [m.name, m.fromDate, m.toDate])).toEqual([['Sara Berg', '2026-12-01', null]]);
    const rows = h.ctx.session.sqlite.prepare("SELECT action, hire_id AS hireId, detail FROM audit_log WHERE action = 'group.moved'").all();
    expect(rows).toEqual([
      { action: 'group.moved', hireId: hire.id, detail: JSON.stringify({ date: '2026-12-01', from: group.id, to: ordinary.id }) },
    ]);
    const mine = await h.must('groups:get-hire', { hireId: hire.id });
    expect(mine.memberships.map((m) => [m.groupName, m.active])).toEqual([
      ['Reflektionsgrupp nyanställda', true],
      ['Reflektionsgrupp IFO', false],
    ]);
    // Not twice, and not into the same group.
    expect(fieldsOf(await h.call('groups:move-to-ordinary', { memberId: member.id, toGroupId: group.id }))).toEqual({
      toGroupId: 'Välj en annan reflektionsgrupp.',
    });
  });

  it('say per slot whether the cadence was met by a group session, an individual one, or is missing', async () => {
    const { h, hire, group } = await unit('2026-09-01');
    const joined = await h.must('groups:add-member', { groupId: group.id, hireId: hire.id, personId: null, fromDate: '2026-09-01' });
    // Month 1 (September): one individual session held.
    const { sessions } = await h.must('reflection:get-sessions', { hireId: hire.id });
    const september = sessions.filter((s) => s.date < '2026-10-01');
    await h.must('reflection:mark-held', { sessionId: september[0]!.id, attendees: '', theme: '' });
    // Month 2 (October): two group sessions, attended at one, absent from the other.
    const planned = await h.must('groups:plan-sessions', { groupId: group.id, from: '2026-10-01', count: 2 });
    expect(planned.sessions.map((s) => s.date)).toEqual(['2026-10-07', '2026-10-21']);
    await h.must('groups:record-attendance', {
      sessionId: planned.sessions[0]!.id,
      attendance: [{ memberId: joined.members[0]!.id, present: true }],
    });
    const recorded = await h.must('groups:record-attendance', {
      sessionId: planned.sessions[1]!.id,
      attendance: [{ memberId: joined.members[0]!.id, present: false }],
    });
    expect(recorded.sessions.map((s) => s.status)).toEqual(['held', 'held']);
    const { cadence } = await h.must('groups:get-hire', { hireId: hire.id });
    const byMonth = (month: number) =>
      cadence.filter((s) => s.month === month).map((s) => (s.met === 'group' ? `Grupp: ${s.groupName}` : s.met));
    expect(byMonth(1)).toEqual(['individual', 'missing']);
    expect(byMonth(2)).toEqual(['Grupp: Reflektionsgrupp nyanställda', 'missing']);
    expect(byMonth(4)).toEqual(['upcoming', 'upcoming']);
    // Attendance of someone who was not a member that day is refused.
    expect(
      fieldsOf(
        await h.call('groups:record-attendance', { sessionId: planned.sessions[0]!.id, attendance: [{ memberId: 999, present: true }] }),
      ),
    ).toEqual({
      attendance: 'Personen var inte medlem i gruppen den dagen.',
    });
  });

  it('put the coming two weeks’ meetings in Mina uppgifter of the leader and of staff members that day, not a cancelled one', async () => {
    const { h, anna, erik, group } = await unit();
    const lena = await h.must('staff:create-person', { name: 'Lena Karlsson', title: '', team: '', phone: '', email: '', roles: [] });
    await h.must('groups:add-member', { groupId: group.id, hireId: null, personId: anna.id, fromDate: '2026-11-01' });
    const planned = await h.must('groups:plan-sessions', { groupId: group.id, from: '2026-11-23', count: 3 });
    expect(planned.sessions.map((x) => x.date)).toEqual(['2026-12-02', '2026-12-16', '2027-01-13']);
    // Anna leaves the group after the first meeting; the second is cancelled.
    await h.must('groups:end-membership', { memberId: planned.members[0]!.id, toDate: '2026-12-04' });
    const second = planned.sessions[1]!;
    const { id: _id, attendance: _a, ...fields } = second;
    await h.must('groups:save-session', {
      groupId: group.id,
      sessionId: second.id,
      session: { ...fields, status: 'cancelled', cancelReason: 'Personalmöte' },
    });
    const meetings = async (personId: number) => {
      await h.must('session:set-current-user', { personId });
      return (await h.must('tasks:get-mine', {})).groupSessions.map((x) => [x.date, x.groupName, x.place, x.leads]);
    };
    expect(await meetings(erik.id)).toEqual([['2026-12-02', 'Reflektionsgrupp nyanställda', 'Stadshuset, rum Kebne', true]]);
    expect(await meetings(anna.id)).toEqual([['2026-12-02', 'Reflektionsgrupp nyanställda', 'Stadshuset, rum Kebne', false]]);
    expect(await meetings(lena.id)).toEqual([]);
  });

  it('export the calendar with LOCATION and no session on a day off, and print an attendance list', async () => {
    const { h, hire, group, anna } = await unit();
    const joined = await h.must('groups:add-member', { groupId: group.id, hireId: hire.id, personId: null, fromDate: '2025-12-01' });
    await h.must('groups:add-member', { groupId: group.id, hireId: null, personId: anna.id, fromDate: '2025-12-01' });
    await h.must('groups:plan-sessions', { groupId: group.id, from: '2026-11-01', count: 6 });
    const { sessions, members } = await h.must('groups:get-group', { groupId: group.id });
    expect(sessions.map((s) => s.date)).toEqual(['2026-11-04', '2026-11-18', '2026-12-02', '2026-12-16', '2027-01-13', '2027-01-20']);
    await h.must('groups:record-attendance', {
      sessionId: sessions[0]!.id,
      attendance: members.map((m) => ({ memberId: m.id, present: m.id === joined.members[0]!.id })),
    });
    const file = path.join(tempDir(), 'grupp.ics');
    h.desktop.answerSave(file);
    expect(await h.must('groups:export-ics', { groupId: group.id })).toMatchObject({ saved: true });
    const ics = readFileSync(file, 'utf8');
    expect(calendarProblems(ics)).toEqual([]);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(6);
    expect(ics).toContain('LOCATION:Stadshuset\\, rum Kebne');
    expect(ics).not.toContain('20270106');

    const pdfFile = path.join(tempDir(), 'narvaro.pdf');
    h.desktop.answerSave(pdfFile);
    await h.must('groups:attendance-pdf', { groupId: group.id });
    const bytes = readFileSync(pdfFile);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await readPdf(new Uint8Array(bytes));
    expect(pdf.numPages).toBeGreaterThanOrEqual(1);
    expect(pdf.pages[0]).toContain('Närvarolista – Reflektionsgrupp nyanställda');
    expect(pdf.pages[0]).toContain('Sara Berg');
    expect(pdf.pages[0]).toContain('Ledare Erik Holm');
  }, 60_000);

  it('keep an archived hire’s membership read-only, and put memberships and attendance in the export and the erase', async () => {
    const { h, hire, group } = await unit();
    const joined = await h.must('groups:add-member', { groupId: group.id, hireId: hire.id, personId: null, fromDate: '2025-12-01' });
    const planned = await h.must('groups:plan-sessions', { groupId: group.id, from: '2026-11-01', count: 1 });
    await h.must('groups:record-attendance', {
      sessionId: planned.sessions[0]!.id,
      attendance: [{ memberId: joined.members[0]!.id, present: true }],
    });
    const file = path.join(tempDir(), 'utdrag.json');
    h.desktop.answerSave(file);
    await h.must('privacy:export-hire', { hireId: hire.id });
    const exported = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { id: number }[]>;
    expect(exported.groupMembers!.map((m) => m.id)).toEqual([joined.members[0]!.id]);
    expect(exported.groupAttendance).toHaveLength(1);

    h.ctx.session.sqlite.prepare("UPDATE hires SET archived_at = '2026-11-20T10:00:00.000Z' WHERE id = ?").run(hire.id);
    expect(await h.call('groups:end-membership', { memberId: joined.members[0]!.id, toDate: '2026-11-30' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    h.ctx.session.sqlite.prepare('UPDATE hires SET archived_at = NULL WHERE id = ?').run(hire.id);

    await h.must('privacy:erase-hire', { hireId: hire.id, confirmName: 'Sara Berg' });
    const after = await h.must('groups:get-group', { groupId: group.id });
    expect(after.members).toEqual([]);
    expect(after.sessions).toHaveLength(1);
    expect(h.ctx.session.sqlite.prepare('SELECT count(*) FROM group_attendance').pluck().get()).toBe(0);
  });
});
