import type { WorkingCalendar } from './calendar';
import { shiftDays, weekday, type IsoDate } from './days';

/** A weekly booking from `from` to `to` (both included): its first working occurrence and the days off it skips. */
export interface WeeklySeries {
  /** The first occurrence on a working day; null when every occurrence falls on a day off. */
  first: IsoDate | null;
  /** Occurrences after `first` that fall on a day off (the calendar's EXDATEs). */
  skipped: IsoDate[];
}

/**
 * The weekly introducer time on ISO weekday `day` between `from` and `to`. An occurrence on a
 * public holiday (julafton, midsommarafton and nyårsafton included) or one of the municipality's
 * own days off is skipped; the series starts on the first occurrence that is a working day,
 * rather than on an excluded one, which some calendars show anyway.
 */
export function weeklySeries(from: IsoDate, to: IsoDate, day: number, calendar: WorkingCalendar): WeeklySeries {
  let first: IsoDate | null = null;
  const skipped: IsoDate[] = [];
  let date = shiftDays(from, (day - weekday(from) + 7) % 7);
  for (; date <= to; date = shiftDays(date, 7)) {
    if (calendar.isWorkingDay(date)) first ??= date;
    else if (first) skipped.push(date);
  }
  return { first, skipped };
}

/** The longest a plan item may take and still be one meeting rather than work spread over weeks. */
export const ONE_SITTING_MINUTES = 120;

/**
 * Which plan items are meetings, exported as all-day events on their due date: follow-ups
 * (category "Uppföljning": the uppföljningssamtal, medarbetarsamtal, kartläggning, bedömning)
 * and talks of any category (a title with "samtal": "Första samtalet med introduktören",
 * "Avslutande samtal med introduktören"), when the expected time fits one sitting. Longer ones
 * are work spread over many occasions ("Regelbunden ärendegenomgång med arbetsledaren", 6 h over
 * weeks 4–18; "Utbildning i motiverande samtal", 24 h), where one date would say nothing. Items
 * in "Reflektion" are not meetings of their own: the reflection sessions are exported themselves.
 */
export function isMeetingItem(item: { category: string; title: string; expectedMinutes: number }): boolean {
  if (item.expectedMinutes > ONE_SITTING_MINUTES) return false;
  return item.category.trim().toLocaleLowerCase('sv') === 'uppföljning' || /samtal/i.test(item.title);
}

/**
 * An iCalendar SEQUENCE from the times an event's content depends on: seconds since 1970 at the
 * newest of them, so it grows with every change (a calendar keeps the highest it has seen).
 */
export const sequenceOf = (...times: (string | null)[]): number =>
  Math.max(0, ...times.filter((t) => t !== null).map((t) => Math.floor(Date.parse(t) / 1000)));
