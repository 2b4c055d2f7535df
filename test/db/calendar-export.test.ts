import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDemo } from '../../electron/main/demo/create-demo';
import { WorkingCalendar } from '../../electron/shared/rules/calendar';
import { isMeetingItem } from '../../electron/shared/rules/calendar-events';
import { shiftDays } from '../../electron/shared/rules/days';
import { handlerHarness } from '../support/handler-context';
import { calendarProblems } from '../support/ical-check';
import { workingManager } from '../support/manager-hires';
import { MIGRATIONS, tempDir } from '../support/paths';
import { TEST_NOW } from '../support/test-context';

/** Reads a calendar with ical.js (an independent parser) and returns its events in Swedish and UTC time. */
function parseCalendar(file: string) {
  const text = readFileSync(file, 'utf8');
  // Every file a test exports passes the strict check first.
  expect(calendarProblems(text)).toEqual([]);
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const zones = root.getAllSubcomponents('vtimezone');
  expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Stockholm']);
  const zone = new ICAL.Timezone(zones[0]!);
  return root.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    event.startDate.zone = zone;
    event.endDate.zone = zone;
    return {
      uid: event.uid,
      summary: event.summary,
      status: String(component.getFirstPropertyValue('status') ?? ''),
      sequence: Number(component.getFirstPropertyValue('sequence') ?? 0),
      tzid: component.getFirstProperty('dtstart')?.getParameter('tzid'),
      local: event.startDate.toString().slice(0, 16),
      utc: event.startDate.toJSDate().toISOString().slice(0, 16),
      minutes: event.duration.toSeconds() / 60,
      rrule: component.getFirstPropertyValue('rrule')?.toString() ?? null,
      exdates: component
        .getAllProperties('exdate')
        .flatMap((p) => p.getValues().map((v: ICAL.Time) => `${v.toString().slice(0, 16)} ${String(p.getParameter('tzid'))}`)),
      // As written (jCal), so a missing Z shows.
      stamp: (component.getFirstProperty('dtstamp')!.toJSON() as unknown[])[3] as string,
      allDay: event.startDate.isDate,
      end: event.endDate.toString().slice(0, 16),
      description: event.description,
      location: (component.getFirstPropertyValue('location') as string | null) ?? null,
      organizer: (component.getFirstPropertyValue('organizer') as string | null) ?? null,
      attendees: component
        .getAllProperties('attendee')
        .map((p) => `${String(p.getParameter('role'))} ${String(p.getFirstValue()).replace(/^mailto:/i, 'mailto:')}`),
      component,
    };
  });
}

let h: ReturnType<typeof handlerHarness>;
let hireId: number;
/** The pinned clock; a test moves it forward to make a later change. */
let clock: string;
beforeEach(async () => {
  clock = '2026-02-10T09:00:00.000Z';
  h = handlerHarness(() => clock);
  const { anna: manager, programme } = await workingManager(h);
  const hire = await h.must('hires:create-hire', {
    hire: {
      name: 'Sofia Berg',
      title: '',
      team: 'Barn och familj',
      startDate: '2026-02-16',
      managerId: manager.id,
      introducerId: null,
      newlyGraduated: true,
      templateVersionId: programme.versions[0]!.id,
    },
    leaveOut: [],
    ownItems: [],
  });
  hireId = hire.id;
});
afterEach(() => h.close());

async function exportHire(): Promise<ReturnType<typeof parseCalendar>> {
  const file = path.join(tempDir(), 'sofia.ics');
  h.desktop.answerSave(file);
  expect(await h.must('calendar:export-hire', { hireId })).toEqual({ saved: true, fileName: 'sofia.ics' });
  return parseCalendar(file);
}

describe('calendar export', () => {
  it('holds every reflection session at 13:00 Swedish time on both sides of the daylight-saving change, plus the introducer time', async () => {
    const { sessions } = await h.must('reflection:get-sessions', { hireId });
    const events = await exportHire();
    const reflections = events.filter((e) => e.summary.startsWith('Reflektionsträff'));
    expect(reflections).toHaveLength(sessions.length);
    expect(sessions.length).toBe(16);
    expect(reflections.map((e) => e.local.slice(0, 10))).toEqual(sessions.map((s) => s.date));
    for (const e of reflections) {
      expect(e).toMatchObject({ tzid: 'Europe/Stockholm', minutes: 90, status: 'CONFIRMED' });
      expect(e.local.slice(11)).toBe('13:00');
    }
    // Winter time is UTC+1, summer time (from 29 March 2026) UTC+2.
    expect(reflections.find((e) => e.local.startsWith('2026-02-18'))?.utc).toBe('2026-02-18T12:00');
    expect(reflections.find((e) => e.local.startsWith('2026-04-01'))?.utc).toBe('2026-04-01T11:00');
    const introducer = events.filter((e) => e.summary.startsWith('Introduktörstid –'));
    expect(introducer.map((e) => [e.local, e.minutes])).toEqual([
      ['2026-02-17T09:00', 240],
      ['2027-02-16T09:00', 120],
    ]);
    expect(introducer.every((e) => e.rrule?.startsWith('FREQ=WEEKLY;UNTIL='))).toBe(true);
  });

  it('keeps UIDs stable across exports, so a re-import updates; a cancelled session is exported as cancelled with a higher sequence', async () => {
    const before = await exportHire();
    expect(new Set(before.map((e) => e.uid)).size).toBe(before.length);
    const { sessions } = await h.must('reflection:get-sessions', { hireId });
    await h.must('reflection:cancel-session', { sessionId: sessions[2]!.id, reason: 'Utbildningsdag' });
    await h.must('reflection:move-session', { sessionId: sessions[3]!.id, date: '2026-03-26', time: '10:00' });
    const after = await exportHire();
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    const cancelled = after.find((e) => e.uid === before[2]!.uid)!;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', sequence: before[2]!.sequence + 1 });
    expect(after.find((e) => e.uid === before[3]!.uid)).toMatchObject({
      local: '2026-03-26T10:00',
      utc: '2026-03-26T09:00',
      sequence: before[3]!.sequence + 1,
    });
  });

  it('a changed start date moves untouched sessions under the same UIDs and leaves hand-edited ones', async () => {
    const { sessions } = await h.must('reflection:get-sessions', { hireId });
    await h.must('reflection:mark-held', { sessionId: sessions[0]!.id, attendees: 'Sofia, Anna', theme: 'Myndighetsrollen' });
    const before = await exportHire();
    await h.must('hires:change-start-date', { hireId, startDate: '2026-03-02' });
    const after = await exportHire();
    // Every earlier event is still there under its UID (moved, not replaced); the held session
    // stays, so the new cadence adds one session beside it.
    expect(after.map((e) => e.uid)).toEqual(expect.arrayContaining(before.map((e) => e.uid)));
    expect(after).toHaveLength(before.length + 1);
    const moved = await h.must('reflection:get-sessions', { hireId });
    expect(moved.sessions.find((s) => s.id === sessions[0]!.id)).toMatchObject({
      date: sessions[0]!.date,
      status: 'held',
      theme: 'Myndighetsrollen',
    });
    expect(moved.ordinaryGroupFrom).toBe('2027-03-02');
  });

  it('writes DTSTAMP and RRULE UNTIL in UTC, ending in Z, as RFC 5545 asks beside a start with a TZID', async () => {
    const events = await exportHire();
    // The export's own time, whatever zone the computer is in.
    expect(new Set(events.map((e) => e.stamp))).toEqual(new Set(['2026-02-10T09:00:00Z']));
    // Each programme year ends on its last day at 23:59 Swedish winter time (UTC+1).
    expect(events.filter((e) => e.summary.startsWith('Introduktörstid –')).map((e) => e.rrule)).toEqual([
      'FREQ=WEEKLY;UNTIL=20270215T225900Z',
      'FREQ=WEEKLY;UNTIL=20280215T225900Z',
    ]);
  });

  it('leaves the weekly introducer time out on public holidays and the municipality’s own days off, in the TZID form of DTSTART', async () => {
    await h.must('settings:save-day-off', { date: '2026-05-15', label: 'Klämdag' });
    await h.must('hours:set-introducer-slot', { hireId, weekday: 5, time: '08:30' });
    const [year1, year2] = (await exportHire()).filter((e) => e.summary.startsWith('Introduktörstid –'));
    expect(year1!.local).toBe('2026-02-20T08:30');
    const tz = 'Europe/Stockholm';
    expect(year1!.exdates).toEqual([
      `2026-04-03T08:30 ${tz}`, // långfredagen
      `2026-05-01T08:30 ${tz}`, // första maj
      `2026-05-15T08:30 ${tz}`, // the municipality's own Klämdag
      `2026-06-19T08:30 ${tz}`, // midsommarafton
      `2026-12-25T08:30 ${tz}`, // juldagen
      `2027-01-01T08:30 ${tz}`, // nyårsdagen
    ]);
    expect(year2!.exdates).toEqual([
      `2027-03-26T08:30 ${tz}`, // långfredagen
      `2027-06-25T08:30 ${tz}`, // midsommarafton
      `2027-12-24T08:30 ${tz}`, // julafton
      `2027-12-31T08:30 ${tz}`, // nyårsafton
    ]);
    // Expanded by ical.js: no occurrence is left on a day off, and every other Friday of the year is there.
    const days = new WorkingCalendar([{ date: '2026-05-15', label: 'Klämdag' }]);
    for (const event of [year1!, year2!]) {
      const occurrences: string[] = [];
      const it = new ICAL.Event(event.component).iterator();
      for (let next = it.next(); next; next = it.next()) occurrences.push(next.toString().slice(0, 10));
      expect(occurrences.filter((d) => !days.isWorkingDay(d))).toEqual([]);
      expect(occurrences.length + event.exdates.length).toBe(52);
    }
  });

  it('gives the introducer series a higher SEQUENCE when the days off change, so a calendar that re-imports takes the new dates', async () => {
    const series = async () => (await exportHire()).filter((e) => e.summary.startsWith('Introduktörstid –'));
    const before = await series();
    expect(before[0]!.exdates).toEqual([]);
    clock = '2026-03-01T10:00:00.000Z';
    await h.must('settings:save-day-off', { date: '2026-03-03', label: 'Planeringsdag' }); // a Tuesday, the booked weekday
    const added = await series();
    expect(added[0]!.exdates).toEqual(['2026-03-03T09:00 Europe/Stockholm']);
    expect(added.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    added.forEach((e, i) => expect(e.sequence).toBeGreaterThan(before[i]!.sequence));
    clock = '2026-03-02T10:00:00.000Z';
    await h.must('settings:remove-day-off', { date: '2026-03-03' });
    const removed = await series();
    expect(removed[0]!.exdates).toEqual([]);
    removed.forEach((e, i) => expect(e.sequence).toBeGreaterThan(added[i]!.sequence));
  });

  it('exports a session’s place as LOCATION and its leader as ORGANIZER, with the introducer and manager as ATTENDEEs, only where addresses exist', async () => {
    const maria = await h.must('staff:create-person', {
      name: 'Maria Nilsson',
      title: '',
      team: '',
      phone: '',
      email: 'maria.nilsson@exempel.se',
      roles: ['introducer'],
    });
    const { sessions } = await h.must('reflection:get-sessions', { hireId });
    const before = (await exportHire()).filter((e) => e.summary.startsWith('Reflektionsträff'));
    // The default programme names no place, and this hire has no introducer to lead.
    expect(before.every((e) => e.location === null && e.organizer === null && e.attendees.length === 0)).toBe(true);

    const placed = await h.must('reflection:set-place', { sessionId: sessions[0]!.id, place: 'Samtalsrummet, plan 2', leaderId: maria.id });
    expect(placed.sessions[0]).toMatchObject({
      place: 'Samtalsrummet, plan 2',
      leader: { id: maria.id, name: 'Maria Nilsson' },
      date: sessions[0]!.date,
    });
    const manager = (await h.must('staff:list-people', {})).find((p) => p.name === 'Anna Lindqvist')!;
    await h.must('reflection:set-place', { sessionId: sessions[1]!.id, place: 'Stadshuset; rum 12', leaderId: manager.id });
    const after = (await exportHire()).filter((e) => e.summary.startsWith('Reflektionsträff'));
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after[0]).toMatchObject({
      location: 'Samtalsrummet, plan 2',
      organizer: 'mailto:maria.nilsson@exempel.se',
      // The manager has no address, and the hire no introducer: only the leader.
      attendees: ['CHAIR mailto:maria.nilsson@exempel.se'],
      sequence: before[0]!.sequence + 1,
      description: 'Reflektionsträff i introduktionen (Introplan). Leds av Maria Nilsson.',
    });
    // A leader without an address is named in the description only.
    expect(after[1]).toMatchObject({
      location: 'Stadshuset; rum 12',
      organizer: null,
      attendees: [],
      sequence: before[1]!.sequence + 1,
      description: 'Reflektionsträff i introduktionen (Introplan). Leds av Anna Lindqvist.',
    });

    // With an address for the manager and Maria as the hire's introducer, both take part.
    await h.must('staff:update-person', {
      id: manager.id,
      name: manager.name,
      title: '',
      team: '',
      phone: '',
      email: 'anna@exempel.se',
      roles: ['manager'],
    });
    const { hire } = await h.must('hires:get-plan', { hireId });
    await h.must('hires:update-hire', {
      hireId,
      name: hire.name,
      title: hire.title,
      team: hire.team,
      managerId: manager.id,
      introducerId: maria.id,
      newlyGraduated: hire.newlyGraduated,
    });
    const both = (await exportHire()).filter((e) => e.summary.startsWith('Reflektionsträff'));
    // The programme's sessions are the introducer's: those without a leader so far are now Maria's.
    expect(both.slice(2).every((e) => e.organizer === 'mailto:maria.nilsson@exempel.se')).toBe(true);
    expect(both[0]!.attendees).toEqual(['CHAIR mailto:maria.nilsson@exempel.se', 'REQ-PARTICIPANT mailto:anna@exempel.se']);
    expect(both[1]).toMatchObject({
      organizer: 'mailto:anna@exempel.se',
      attendees: ['CHAIR mailto:anna@exempel.se', 'REQ-PARTICIPANT mailto:maria.nilsson@exempel.se'],
    });
  });

  it('gives generated sessions the place and leader of the programme’s cadence; a new introducer takes over the sessions still ahead', async () => {
    const introducer = (name: string, email: string) =>
      h.must('staff:create-person', { name, title: '', team: '', phone: '', email, roles: ['introducer'] });
    const maria = await introducer('Maria Nilsson', 'maria.nilsson@exempel.se');
    const johan = await introducer('Johan Pettersson', '');
    const [programme] = await h.must('templates:list-templates', {});
    const draft = await h.must('templates:get-draft', { templateId: programme!.id });
    const cadence = { ...draft.content.norms.reflection, place: 'Konferensrummet Ripan', leaderRole: 'introducer' as const };
    await h.must('templates:save-draft', {
      templateId: programme!.id,
      content: { ...draft.content, norms: { ...draft.content.norms, reflection: cadence } },
    });
    const version = await h.must('templates:publish-draft', { templateId: programme!.id });
    const { hire } = await h.must('hires:get-plan', { hireId });
    const { id } = await h.must('hires:create-hire', {
      hire: {
        name: 'Elin Ek',
        title: '',
        team: '',
        startDate: '2026-02-16',
        managerId: hire.manager!.id,
        introducerId: maria.id,
        newlyGraduated: false,
        templateVersionId: version.id,
      },
      leaveOut: [],
      ownItems: [],
    });
    const generated = await h.must('reflection:get-sessions', { hireId: id });
    expect(generated).toMatchObject({ place: 'Konferensrummet Ripan', leader: { id: maria.id } });
    expect(generated.sessions.every((s) => s.place === 'Konferensrummet Ripan' && s.leader?.id === maria.id)).toBe(true);
    const extra = await h.must('reflection:add-session', { hireId: id, date: '2026-03-12', time: '10:00', durationMinutes: 60 });
    expect(extra.sessions.find((s) => s.extra)).toMatchObject({ place: 'Konferensrummet Ripan', leader: { id: maria.id } });

    // Where and with whom does not pin a session: a new start date still moves it, with its place.
    const second = generated.sessions[1]!;
    await h.must('reflection:set-place', { sessionId: second.id, place: 'Biblioteket', leaderId: maria.id });
    await h.must('hires:change-start-date', { hireId: id, startDate: '2026-02-23' });
    const moved = (await h.must('reflection:get-sessions', { hireId: id })).sessions;
    expect(moved.find((s) => s.id === second.id)).toMatchObject({ place: 'Biblioteket', status: 'planned' });
    expect(moved.find((s) => s.id === second.id)!.date).not.toBe(second.date);
    expect(moved.filter((s) => s.status === 'planned' && !s.extra)).toHaveLength(generated.sessions.length);

    // A month in, Johan takes over as introducer: the sessions still ahead are his, the past ones stay Maria's.
    clock = '2026-03-16T08:00:00.000Z';
    await h.must('hires:update-hire', {
      hireId: id,
      name: 'Elin Ek',
      title: '',
      team: '',
      managerId: hire.manager!.id,
      introducerId: johan.id,
      newlyGraduated: false,
    });
    const handedOver = (await h.must('reflection:get-sessions', { hireId: id })).sessions;
    expect(handedOver.filter((s) => s.date < '2026-03-16').every((s) => s.leader?.id === maria.id)).toBe(true);
    expect(handedOver.filter((s) => s.date >= '2026-03-16').every((s) => s.leader?.id === johan.id)).toBe(true);

    const file = path.join(tempDir(), 'elin.ics');
    h.desktop.answerSave(file);
    await h.must('calendar:export-hire', { hireId: id });
    const events = parseCalendar(file).filter((e) => e.summary.startsWith('Reflektionsträff'));
    expect(events.filter((e) => e.location === 'Konferensrummet Ripan')).toHaveLength(events.length - 1);
    // Johan has no address: his sessions have no organizer; Maria's earlier ones keep her.
    const organized = events.filter((e) => e.organizer === 'mailto:maria.nilsson@exempel.se');
    expect(organized.length).toBeGreaterThan(0);
    expect(organized.every((e) => e.local < '2026-03-16')).toBe(true);
    expect(events.filter((e) => e.local >= '2026-03-16').every((e) => e.organizer === null)).toBe(true);
  });

  it('exports the follow-up talks as all-day events on their due date with the responsible person; done ones stay, “ej aktuell” ones are CANCELLED', async () => {
    const plan = await h.must('hires:get-plan', { hireId });
    const item = (title: string) => plan.items.find((i) => i.title === title)!;
    const week1 = item('Uppföljningssamtal efter vecka 1');
    const month1 = item('Uppföljningssamtal efter en månad');
    const before = await exportHire();
    const eventOf = (events: typeof before, title: string) => events.find((e) => e.summary === `${title} – Sofia Berg`);
    expect(eventOf(before, 'Regelbunden ärendegenomgång med arbetsledaren')).toBeUndefined();
    expect(eventOf(before, week1.title)).toMatchObject({
      allDay: true,
      local: week1.dueDate,
      end: shiftDays(week1.dueDate, 1),
      tzid: undefined,
      status: 'CONFIRMED',
      description: 'Ansvarig: Anna Lindqvist.',
      organizer: null,
      attendees: [],
    });

    clock = '2026-02-24T15:00:00.000Z';
    await h.must('plans:set-item-status', { itemId: week1.id, status: 'done' });
    await h.must('plans:set-item-status', { itemId: month1.id, status: 'notApplicable', reason: 'Ersatt av medarbetarsamtalet' });
    const manager = (await h.must('staff:list-people', {})).find((p) => p.name === 'Anna Lindqvist')!;
    await h.must('staff:update-person', {
      id: manager.id,
      name: manager.name,
      title: '',
      team: '',
      phone: '',
      email: 'anna@exempel.se',
      roles: ['manager'],
    });
    const after = await exportHire();
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(eventOf(after, week1.title)).toMatchObject({
      status: 'CONFIRMED',
      organizer: 'mailto:anna@exempel.se',
      attendees: ['CHAIR mailto:anna@exempel.se'],
    });
    expect(eventOf(after, week1.title)!.sequence).toBeGreaterThan(eventOf(before, week1.title)!.sequence);
    expect(eventOf(after, month1.title)).toMatchObject({
      status: 'CANCELLED',
      description: 'Ansvarig: Anna Lindqvist. Ej aktuell: Ersatt av medarbetarsamtalet',
    });
    expect(eventOf(after, month1.title)!.sequence).toBeGreaterThan(eventOf(before, month1.title)!.sequence);
    // The hire has no introducer: an item of theirs says the role is unfilled.
    expect(eventOf(after, 'Första samtalet med introduktören')).toMatchObject({
      description: 'Ansvarig: Introduktör, ingen utsedd.',
      organizer: null,
    });
  });

  it('exports all active hires in one file when asked', async () => {
    const file = path.join(tempDir(), 'alla.ics');
    h.desktop.answerSave(file);
    await h.must('calendar:export-all', {});
    const { items } = await h.must('hires:get-plan', { hireId });
    // 16 sessions, the introducer time of two years and the plan's meetings.
    expect(parseCalendar(file).filter((e) => e.summary.endsWith('Sofia Berg'))).toHaveLength(18 + items.filter(isMeetingItem).length);
  });
});

describe('the example database’s calendars (npm run demo)', () => {
  it('writes one strict, well-formed calendar per hire, with places, leaders and follow-up talks', { timeout: 60_000 }, async () => {
    const out = path.join(tempDir(), 'demo');
    const files = (await createDemo({ outDir: out, migrationsFolder: MIGRATIONS, appVersion: 'test', now: TEST_NOW })).filter((f) =>
      f.endsWith('.ics'),
    );
    expect(files.length).toBe(6);
    const all = files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    for (const { file, text } of all) expect(calendarProblems(text), path.basename(file)).toEqual([]);
    const joined = all.map((f) => f.text).join('');
    // The example staff have addresses, so the sessions and talks name who leads them.
    expect(joined).toMatch(/^ORGANIZER;CN="[^"]+":mailto:/m);
    expect(joined).toMatch(/^ATTENDEE;ROLE=REQ-PARTICIPANT/m);
    expect(joined).toMatch(/^LOCATION:/m);
    expect(joined).toMatch(/^DTSTART;VALUE=DATE:/m);
    expect(joined).toMatch(/^EXDATE;TZID=Europe\/Stockholm:/m);
    expect(joined).toMatch(/^STATUS:CANCELLED/m);
  });
});
