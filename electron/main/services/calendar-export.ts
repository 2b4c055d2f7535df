import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventRepeatingFreq, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import type { Db } from '../../../db/client';
import type { HireRow } from '../../../db/queries/hires';
import { sessionsOf } from '../../../db/queries/reflection';
import { addMonthsTo, shiftDays, weekday } from '../../shared/rules/days';
import { swedishWallClock, TIME_ZONE } from '../../shared/rules/swedish-time';
import { templateOf } from './plans';

export function newCalendar(name: string): ICalCalendar {
  return ical({
    name,
    prodId: { company: 'Introplan', product: 'Introplan', language: 'SV' },
    timezone: { name: TIME_ZONE, generator: getVtimezoneComponent },
  });
}

/**
 * Adds a hire's reflection sessions (cancelled ones as CANCELLED, so calendars remove them) and
 * the weekly introducer time (one repeating event per programme year, as long as the norm asks).
 */
export function addHireEvents(calendar: ICalCalendar, db: Db, hire: HireRow, stamp: Date): void {
  const { content } = templateOf(db, hire.templateVersionId);
  for (const session of sessionsOf(db, hire.id)) {
    const start = swedishWallClock(session.date, session.time);
    calendar.createEvent({
      id: session.uid,
      sequence: session.sequence,
      stamp,
      start,
      end: start.add(session.durationMinutes, 'minute'),
      timezone: TIME_ZONE,
      summary: `Reflektionsträff – ${hire.name}`,
      description:
        session.status === 'cancelled' ? `Inställd: ${session.cancelReason ?? ''}` : 'Reflektionsträff i introduktionen (Introplan).',
      status: session.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  const years = [
    { year: 1, hours: content.norms.introducerHoursPerWeek.year1, from: 0 },
    { year: 2, hours: content.norms.introducerHoursPerWeek.year2, from: 12 },
  ];
  for (const { year, hours, from } of years) {
    if (hours <= 0) continue;
    const yearStart = addMonthsTo(hire.startDate, from);
    const yearEnd = shiftDays(addMonthsTo(hire.startDate, from + 12), -1);
    let first = yearStart;
    while (weekday(first) !== hire.introducerWeekday) first = shiftDays(first, 1);
    const start = swedishWallClock(first, hire.introducerTime);
    calendar.createEvent({
      id: `introducer-${hire.id}-year${year}-${hire.createdAt.replace(/\D/g, '')}@introplan`,
      // Seconds since 1970 at the last change of the hire: grows whenever the booked slot may have moved.
      sequence: Math.floor(Date.parse(hire.updatedAt) / 1000),
      stamp,
      start,
      end: start.add(Math.round(hours * 60), 'minute'),
      timezone: TIME_ZONE,
      summary: `Introduktörstid – ${hire.name}`,
      description: `Introduktörstid år ${year}: ${hours} timmar i veckan enligt programmet.`,
      repeating: { freq: ICalEventRepeatingFreq.WEEKLY, until: swedishWallClock(yearEnd, '23:59').toDate() },
    });
  }
}

/** One hire's calendar, or every active hire's when `hires` has several. */
export function calendarFor(db: Db, list: readonly HireRow[], name: string, stamp: Date): string {
  const calendar = newCalendar(name);
  for (const hire of list) addHireEvents(calendar, db, hire, stamp);
  return calendar.toString();
}
