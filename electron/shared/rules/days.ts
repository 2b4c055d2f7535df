// No imports on purpose: the renderer bundles this file, and calendar.ts's date-holidays
// (all countries' data, ~1.4 MB minified) must stay out of the window's script.

/** A calendar date without time, "YYYY-MM-DD", as Swedes write it. */
export type IsoDate = string;

// Day arithmetic on "YYYY-MM-DD" as UTC day numbers, the one place the app does it: the overview
// and the hours rules do it thousands of times a call, and parsing into a date library's objects
// cost ~10 µs each time (measured with date-fns, before). dayjs formats dates for people; it does no sums.
const DAY_MS = 86_400_000;
const dayNumber = (iso: IsoDate) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
const fromDayNumber = (day: number): IsoDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const shiftDays = (iso: IsoDate, days: number): IsoDate => fromDayNumber(dayNumber(iso) + days);
/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate) => dayNumber(to) - dayNumber(from);
/** 1 = Monday … 7 = Sunday (1 January 1970 was a Thursday). */
export const weekday = (iso: IsoDate) => ((((dayNumber(iso) + 3) % 7) + 7) % 7) + 1;
export const mondayOf = (iso: IsoDate): IsoDate => shiftDays(iso, 1 - weekday(iso));
/**
 * The Swedish (ISO 8601) week of a date, the one place weeks are computed: the week that holds the
 * date's Thursday, numbered from the week holding 4 January. 2026-12-31 is in week 53 of 2026,
 * 2027-01-03 too.
 */
export function isoWeek(iso: IsoDate): { year: number; week: number } {
  const thursday = shiftDays(iso, 4 - weekday(iso));
  const year = Number(thursday.slice(0, 4));
  return { year, week: Math.floor(daysBetween(`${thursday.slice(0, 4)}-01-01`, thursday) / 7) + 1 };
}
/** `months` calendar months on; a day the target month lacks becomes its last day (31 Jan + 1 → 28 Feb), as dayjs does. */
export function addMonthsTo(iso: IsoDate, months: number): IsoDate {
  const total = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(Number(iso.slice(8, 10)), last)).padStart(2, '0')}`;
}
