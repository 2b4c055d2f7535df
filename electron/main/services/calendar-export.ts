import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalEventRepeatingFreq,
  ICalEventStatus,
  ICalEventTransparency,
  type ICalCalendar,
  type ICalEventData,
} from 'ical-generator';
import type { Db } from '../../../db/client';
import { daysOffChangedAt } from '../../../db/queries/days-off';
import { itemsOf, type HireRow } from '../../../db/queries/hires';
import { sessionsOf } from '../../../db/queries/reflection';
import { listPeople } from '../../../db/queries/staff';
import { isTextKey, svText } from '../../shared/i18n/translate';
import { isMeetingItem, sequenceOf, weeklySeries } from '../../shared/rules/calendar-events';
import { addMonthsTo, shiftDays, type IsoDate } from '../../shared/rules/days';
import { NEW_HIRE_ID } from '../../shared/rules/responsible';
import { swedishWallClock, TIME_ZONE } from '../../shared/rules/swedish-time';
import type { PersonRef } from '../../shared/schemas/plan';
import { calendarOf, resolverFor, templateOf } from './plans';
import { namesOf } from './reflection';

/*
 * Calendar rules (RFC 5545):
 * - UIDs are stable: a session's is stored with it, the introducer series' and an item's are made
 *   from the hire's creation time and the year or item id, so a re-import updates, never duplicates.
 * - SEQUENCE grows with every change: a session's is stored and bumped by each change; the
 *   introducer series' and an item's are the seconds since 1970 at the newest change they depend
 *   on (the hire, the days off, the item).
 * - Timed events carry TZID=Europe/Stockholm with the VTIMEZONE; DTSTAMP, LAST-MODIFIED and RRULE
 *   UNTIL are UTC (ending in Z). Plan items are all-day events (VALUE=DATE) on their due date.
 * - ORGANIZER and ATTENDEE only with e-mail addresses from the staff directory, and ATTENDEE only
 *   beside an ORGANIZER (a meeting without an organizer is not a well-formed group event).
 */

export function newCalendar(name: string): ICalCalendar {
  return ical({
    name,
    prodId: { company: 'Introplan', product: 'Introplan', language: 'SV' },
    // No calendar-wide zone: with one, ical-generator writes DTSTAMP, LAST-MODIFIED and RRULE
    // UNTIL in local time without Z. Each timed event names its zone, and the generator adds
    // the VTIMEZONE of every zone the events use.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
}

interface Person {
  name: string;
  email: string;
}

/** What the export needs to know about people: names (removed people too) and current e-mail addresses. */
function directory(db: Db) {
  const emails = new Map(listPeople(db).map((p) => [p.id, p.email.trim()]));
  return (ref: PersonRef | null): Person | null =>
    ref && ref.id !== NEW_HIRE_ID ? { name: ref.name, email: emails.get(ref.id) ?? '' } : null;
}

/** ORGANIZER and ATTENDEEs for people with an address; nothing without an organizer. */
function meetingPeople(organizer: Person | null, others: (Person | null)[]): Pick<ICalEventData, 'organizer' | 'attendees'> {
  if (!organizer?.email) return {};
  const seen = new Set([organizer.email.toLowerCase()]);
  const attendees = [{ name: organizer.name, email: organizer.email, role: ICalAttendeeRole.CHAIR, status: ICalAttendeeStatus.ACCEPTED }];
  for (const person of others) {
    if (!person?.email || seen.has(person.email.toLowerCase())) continue;
    seen.add(person.email.toLowerCase());
    attendees.push({ name: person.name, email: person.email, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION });
  }
  return { organizer: { name: organizer.name, email: organizer.email }, attendees };
}

const text = (...parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join(' ');
export const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);

/** An item's event UID, the same in every calendar the app writes, so importing twice updates it. */
export const itemEventUid = (itemId: number, hireCreatedAt: string) => `item-${itemId}-${hireCreatedAt.replace(/\D/g, '')}@introplan`;

interface SessionRow {
  uid: string;
  sequence: number;
  updatedAt: string;
  date: IsoDate;
  time: string;
  durationMinutes: number;
  status: string;
}

/**
 * One reflection meeting (a hire's or a group's) as an event at its Swedish wall-clock time; a
 * cancelled one stays in the file as CANCELLED so calendars that imported it remove it.
 */
export function addSessionEvent(
  calendar: ICalCalendar,
  session: SessionRow,
  stamp: Date,
  event: Pick<ICalEventData, 'summary' | 'description' | 'location' | 'organizer' | 'attendees'>,
): void {
  const start = swedishWallClock(session.date, session.time);
  calendar.createEvent({
    id: session.uid,
    sequence: session.sequence,
    stamp,
    lastModified: new Date(session.updatedAt),
    start,
    end: start.add(session.durationMinutes, 'minute'),
    timezone: TIME_ZONE,
    status: session.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    ...event,
  });
}

/**
 * Adds a hire's reflection sessions (cancelled ones as CANCELLED, so calendars remove them), the
 * weekly introducer time (one repeating event per programme year, as long as the norm asks,
 * without days off) and the plan's meetings (follow-up talks; "ej aktuell" ones as CANCELLED).
 */
export function addHireEvents(calendar: ICalCalendar, db: Db, hire: HireRow, stamp: Date): void {
  const { content } = templateOf(db, hire.templateVersionId);
  const person = directory(db);
  const sessions = sessionsOf(db, hire.id);
  const names = namesOf(db, [hire.managerId, hire.introducerId, ...sessions.map((s) => s.leaderId)]);
  const byId = (id: number | null) => person(id !== null ? (names.get(id) ?? null) : null);
  const hirePeople = [byId(hire.introducerId), byId(hire.managerId)];

  for (const session of sessions) {
    const leader = byId(session.leaderId);
    const cancelled = session.status === 'cancelled';
    addSessionEvent(calendar, session, stamp, {
      summary: svText('hours.calendarFile.reflection', { name: hire.name }),
      description: text(
        cancelled
          ? svText('hours.calendarFile.cancelled', { reason: session.cancelReason ?? '' })
          : svText('hours.calendarFile.reflectionText'),
        leader && svText('hours.calendarFile.ledBy', { name: leader.name }),
      ),
      location: session.place || null,
      ...meetingPeople(leader, hirePeople),
    });
  }

  const days = calendarOf(db);
  const changed = sequenceOf(hire.updatedAt, daysOffChangedAt(db));
  const years = [
    { year: 1, hours: content.norms.introducerHoursPerWeek.year1, from: 0 },
    { year: 2, hours: content.norms.introducerHoursPerWeek.year2, from: 12 },
  ];
  for (const { year, hours, from } of years) {
    if (hours <= 0) continue;
    const yearStart = addMonthsTo(hire.startDate, from);
    const yearEnd = shiftDays(addMonthsTo(hire.startDate, from + 12), -1);
    const { first, skipped } = weeklySeries(yearStart, yearEnd, hire.introducerWeekday, days);
    if (!first) continue;
    const start = swedishWallClock(first, hire.introducerTime);
    calendar.createEvent({
      id: `introducer-${hire.id}-year${year}-${hire.createdAt.replace(/\D/g, '')}@introplan`,
      // Grows whenever the booked slot or the days off it skips may have changed.
      sequence: changed,
      stamp,
      lastModified: new Date(changed * 1000),
      start,
      end: start.add(Math.round(hours * 60), 'minute'),
      timezone: TIME_ZONE,
      summary: svText('hours.calendarFile.introducer', { name: hire.name }),
      description: svText('hours.calendarFile.introducerText', { year, hours: String(hours).replace('.', ',') }),
      repeating: {
        freq: ICalEventRepeatingFreq.WEEKLY,
        until: swedishWallClock(yearEnd, '23:59').toDate(),
        // In the TZID form of DTSTART: the same wall-clock time on each skipped day.
        exclude: skipped.length ? skipped.map((date) => swedishWallClock(date, hire.introducerTime)) : undefined,
      },
    });
  }

  const resolve = resolverFor(db, hire);
  for (const item of itemsOf(db, hire.id).filter(isMeetingItem)) {
    const responsible = resolve(item.responsible);
    const who = person(responsible);
    const roleKey = item.responsible.kind === 'role' ? `roles.${item.responsible.role}` : '';
    const role = isTextKey(roleKey) ? svText(roleKey) : roleKey;
    const notApplicable = item.status === 'notApplicable';
    const sequence = sequenceOf(item.updatedAt, hire.updatedAt);
    calendar.createEvent({
      id: itemEventUid(item.id, hire.createdAt),
      sequence,
      stamp,
      lastModified: new Date(sequence * 1000),
      allDay: true,
      start: utcDay(item.dueDate),
      end: utcDay(shiftDays(item.dueDate, 1)),
      summary: svText('hours.calendarFile.item', { title: item.title, name: hire.name }),
      description: text(
        responsible ? svText('hours.calendarFile.responsible', { name: responsible.name }) : svText('hours.calendarFile.nobody', { role }),
        notApplicable && svText('hours.calendarFile.notApplicable', { reason: item.notApplicableReason ?? '' }),
      ),
      status: notApplicable ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      // A day's reminder, not a whole day booked.
      transparency: ICalEventTransparency.TRANSPARENT,
      ...meetingPeople(who, [who]),
    });
  }
}

/** One hire's calendar, or every active hire's when `hires` has several. */
export function calendarFor(db: Db, list: readonly HireRow[], name: string, stamp: Date): string {
  const calendar = newCalendar(name);
  for (const hire of list) addHireEvents(calendar, db, hire, stamp);
  return icsText(calendar);
}

/** RFC 5545 ends every content line, the last one too, with CRLF; ical-generator leaves the last bare. */
export function icsText(calendar: ICalCalendar): string {
  const ics = calendar.toString();
  return ics.endsWith('\r\n') ? ics : `${ics}\r\n`;
}
