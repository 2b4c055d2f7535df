import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlerHarness } from '../support/handler-context';
import { tempDir } from '../support/paths';

/** Reads a calendar with ical.js (an independent parser) and returns its events in Swedish and UTC time. */
function parseCalendar(file: string) {
  const root = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')) as unknown[]);
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
    };
  });
}

let h: ReturnType<typeof handlerHarness>;
let hireId: number;
beforeEach(async () => {
  h = handlerHarness(() => '2026-02-10T09:00:00.000Z');
  const manager = await h.must('staff:create-person', {
    name: 'Anna Lindqvist',
    title: '',
    team: '',
    phone: '',
    email: '',
    roles: ['manager'],
  });
  await h.must('session:set-current-user', { personId: manager.id });
  const [programme] = await h.must('templates:list-templates', {});
  const hire = await h.must('hires:create-hire', {
    hire: {
      name: 'Sofia Berg',
      title: '',
      team: 'Barn och familj',
      startDate: '2026-02-16',
      managerId: manager.id,
      introducerId: null,
      newlyGraduated: true,
      templateVersionId: programme!.versions[0]!.id,
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
    const introducer = events.filter((e) => e.summary.startsWith('Introduktörstid'));
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

  it('exports all active hires in one file when asked', async () => {
    const file = path.join(tempDir(), 'alla.ics');
    h.desktop.answerSave(file);
    await h.must('calendar:export-all', {});
    expect(parseCalendar(file).filter((e) => e.summary.endsWith('Sofia Berg'))).toHaveLength(18);
  });
});
