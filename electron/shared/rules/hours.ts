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
  const months = new Map<string, HoursRow>();
  for (const w of weeks) {
    const key = w.from.slice(0, 7);
    const month = months.get(key) ?? {
      label: `${MONTHS[Number(key.slice(5)) - 1]} ${key.slice(0, 4)}`,
      from: w.from,
      to: w.to,
      expected: 0,
      logged: 0,
      balance: 0,
    };
    months.set(key, { ...month, to: w.to, expected: month.expected + w.expected, logged: month.logged + w.logged, balance: w.balance });
  }
  return {
    weeks,
    months: [...months.values()],
    expected: weeks.reduce((s, w) => s + w.expected, 0),
    logged: entries.reduce((s, e) => s + e.minutes, 0),
    balance,
    ...behindOver(norms, startDate, today, weeks.filter((w) => w.to < today).slice(-BEHIND_WINDOW_WEEKS)),
  };
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
