import type { Norms } from '../schemas/template';
import { addMonthsTo, isoWeek, mondayOf, shiftDays, type IsoDate } from './days';
import { type WorkingCalendar } from './calendar';

export interface HourEntryLike {
  date: IsoDate;
  minutes: number;
}

export interface HoursRow {
  label: string;
  from: IsoDate;
  to: IsoDate;
  expected: number;
  logged: number;
  /** Logged minus expected from the start up to and including this row, in minutes. */
  balance: number;
}

export interface HoursSummary {
  weeks: (HoursRow & { year: number; week: number })[];
  months: HoursRow[];
  expected: number;
  logged: number;
  balance: number;
  /** Minutes behind over the last four complete weeks (0 when on track). */
  behindLastFourWeeks: number;
  /** The rule: more than one week's norm behind over the last four complete weeks. */
  behind: boolean;
}

/** Complete weeks looked back over, and how far behind (in weeks of norm) is too far. */
export const BEHIND_WINDOW_WEEKS = 4;
export const BEHIND_LIMIT_WEEKS = 1;

/** Introducer hours per week the norm asks for in the week starting `monday`. */
export function introducerNormHours(norms: Pick<Norms, 'introducerHoursPerWeek'>, startDate: IsoDate, monday: IsoDate): number {
  if (monday < addMonthsTo(startDate, 12)) return norms.introducerHoursPerWeek.year1;
  if (monday < addMonthsTo(startDate, 24)) return norms.introducerHoursPerWeek.year2;
  return 0;
}

/**
 * Expected introducer minutes in a week. The norm is for a full working week; a week with days
 * off (Christmas, summer closure) or the part-week the hire starts in gets its share.
 */
export function expectedMinutes(norms: Norms, startDate: IsoDate, monday: IsoDate, calendar: WorkingCalendar): number {
  const hours = introducerNormHours(norms, startDate, monday);
  if (!hours) return 0;
  const end = addMonthsTo(startDate, 24);
  let days = 0;
  for (let i = 0; i < 5; i++) {
    const day = shiftDays(monday, i);
    if (day >= startDate && day < end && calendar.isWorkingDay(day)) days++;
  }
  return Math.round((hours * 60 * days) / 5);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** Expected against logged introducer time, per week and per calendar month, up to `today`'s week. */
export function summarizeHours(
  norms: Norms,
  startDate: IsoDate,
  today: IsoDate,
  entries: readonly HourEntryLike[],
  calendar: WorkingCalendar,
): HoursSummary {
  const weeks: HoursSummary['weeks'] = [];
  let balance = 0;
  // Nothing is expected before the introduction has begun.
  const lastMonday = today < startDate ? '' : mondayOf(today);
  for (let monday = mondayOf(startDate); monday <= lastMonday; monday = shiftDays(monday, 7)) {
    const sunday = shiftDays(monday, 6);
    const expected = expectedMinutes(norms, startDate, monday, calendar);
    const logged = entries.filter((e) => e.date >= monday && e.date <= sunday).reduce((s, e) => s + e.minutes, 0);
    balance += logged - expected;
    const { year, week } = isoWeek(monday);
    weeks.push({ label: `v. ${week} ${year}`, year, week, from: monday, to: sunday, expected, logged, balance });
  }
  const months = monthRows(startDate, weeks, entries, calendar);
  return {
    weeks,
    months,
    expected: weeks.reduce((s, w) => s + w.expected, 0),
    logged: entries.reduce((s, e) => s + e.minutes, 0),
    balance,
    ...behindOver(norms, startDate, today, weeks.filter((w) => w.to < today).slice(-BEHIND_WINDOW_WEEKS)),
  };
}

/**
 * The same weeks per calendar month. A week across a month's end is split by its days: each
 * counted working day carries its share of the week's expected time, and each entry counts in the
 * month of its own date (2 h on 3 December is December's, though its week began in November).
 * Rounding follows the running total, so the months add up to the weeks exactly.
 */
function monthRows(
  startDate: IsoDate,
  weeks: HoursSummary['weeks'],
  entries: readonly HourEntryLike[],
  calendar: WorkingCalendar,
): HoursRow[] {
  const months = new Map<string, HoursRow>();
  const end = addMonthsTo(startDate, 24);
  let expectedSoFar = 0;
  let loggedSoFar = 0;
  const loggedOn = new Map<IsoDate, number>();
  for (const e of entries) loggedOn.set(e.date, (loggedOn.get(e.date) ?? 0) + e.minutes);
  for (const w of weeks) {
    const counted = [0, 1, 2, 3, 4].map((i) => shiftDays(w.from, i)).filter((d) => d >= startDate && d < end && calendar.isWorkingDay(d));
    for (let i = 0; i < 7; i++) {
      const day = shiftDays(w.from, i);
      const key = day.slice(0, 7);
      const month = months.get(key) ?? {
        label: `${MONTHS[Number(key.slice(5)) - 1]} ${key.slice(0, 4)}`,
        from: day,
        to: day,
        expected: 0,
        logged: 0,
        balance: 0,
      };
      const before = Math.round(expectedSoFar);
      if (counted.includes(day)) expectedSoFar += w.expected / counted.length;
      const logged = loggedOn.get(day) ?? 0;
      loggedSoFar += logged;
      const expected = month.expected + Math.round(expectedSoFar) - before;
      months.set(key, { ...month, to: day, expected, logged: month.logged + logged, balance: loggedSoFar - Math.round(expectedSoFar) });
    }
  }
  // The days of the first week before the start belong to no month unless something was logged then.
  return [...months.values()].filter((m) => m.to >= startDate || m.logged > 0 || m.expected > 0);
}

type WeekTally = Pick<HoursRow, 'from' | 'to' | 'expected' | 'logged'>;

/** The rule on the last complete weeks: more than one week's norm short is behind. */
function behindOver(
  norms: Norms,
  startDate: IsoDate,
  today: IsoDate,
  complete: readonly WeekTally[],
): Pick<HoursSummary, 'behind' | 'behindLastFourWeeks'> {
  const shortfall = complete.reduce((s, w) => s + w.expected - w.logged, 0);
  const oneWeek = introducerNormHours(norms, startDate, mondayOf(today)) * 60 * BEHIND_LIMIT_WEEKS;
  return { behindLastFourWeeks: Math.max(0, shortfall), behind: complete.length > 0 && oneWeek > 0 && shortfall > oneWeek };
}

/**
 * The last complete weeks only, with the same rows and rule as summarizeHours: the overview asks
 * this for every active hire, and going through two years week by week for each cost it ~8 ms a hire.
 * `entries` need only reach back BEHIND_WINDOW_WEEKS weeks before `today`'s week.
 */
export function recentWeeks(
  norms: Norms,
  startDate: IsoDate,
  today: IsoDate,
  entries: readonly HourEntryLike[],
  calendar: WorkingCalendar,
) {
  const weeks: WeekTally[] = [];
  const first = mondayOf(startDate);
  for (let k = BEHIND_WINDOW_WEEKS; k >= 1 && today >= startDate; k--) {
    const monday = shiftDays(mondayOf(today), -7 * k);
    if (monday < first) continue;
    const sunday = shiftDays(monday, 6);
    const logged = entries.filter((e) => e.date >= monday && e.date <= sunday).reduce((s, e) => s + e.minutes, 0);
    weeks.push({ from: monday, to: sunday, expected: expectedMinutes(norms, startDate, monday, calendar), logged });
  }
  return { weeks, ...behindOver(norms, startDate, today, weeks) };
}
