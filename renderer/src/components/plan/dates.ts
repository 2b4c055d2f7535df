import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek';

dayjs.extend(isoWeek);

/**
 * Dates as the plan shows them, in the language dayjs is set to (Swedish first):
 * "måndag 17 augusti 2026", "17 aug", "17–23 aug", "v. 34". Plan dates are "YYYY-MM-DD"
 * calendar dates; timestamps (done at, followed up at) are instants shown in local time.
 */

export const longDate = (iso: string) => dayjs(iso).format('dddd D MMMM YYYY');

export const isoWeekOf = (iso: string) => dayjs(iso).isoWeek();

const sameYear = (a: string, b: string) => a.slice(0, 4) === b.slice(0, 4);

/** "17 aug", with the year when it is not the reference year ("5 feb 2027"). */
export const shortDate = (iso: string, referenceYear?: string) =>
  dayjs(iso).format(referenceYear && !sameYear(iso, referenceYear) ? 'D MMM YYYY' : 'D MMM');

/** "17 aug – 11 sep", "28 dec 2026 – 8 jan 2027", or one date when both are the same day. */
export function dateWindow(start: string, end: string, today: string): { from: string; to: string } | { on: string } {
  if (start === end) return { on: shortDate(start, today) };
  const crossesYear = !sameYear(start, end);
  return {
    from: crossesYear ? dayjs(start).format('D MMM YYYY') : shortDate(start, today),
    to: crossesYear ? dayjs(end).format('D MMM YYYY') : shortDate(end, today),
  };
}

/** A phase's period with its year: "5 okt – 30 okt 2026", "12 okt 2026 – 5 feb 2027". */
export const period = (start: string, end: string) =>
  `${dayjs(start).format(sameYear(start, end) ? 'D MMM' : 'D MMM YYYY')} – ${dayjs(end).format('D MMM YYYY')}`;

/** A week's dates: "17–23 aug", "31 aug – 6 sep", "28 dec – 3 jan". */
export function weekDates(monday: string, sunday: string): string {
  if (monday.slice(5, 7) === sunday.slice(5, 7)) return `${dayjs(monday).format('D')}–${dayjs(sunday).format('D MMM')}`;
  return `${dayjs(monday).format('D MMM')} – ${dayjs(sunday).format('D MMM')}`;
}

/** "tor 31 dec" for a day off in the week schedule. */
export const dayWithWeekday = (iso: string) => dayjs(iso).format('ddd D MMM');

/** When something was done: "23 nov" (with the year when it is not this year's). */
export const instantDate = (instant: string, today: string) => shortDate(dayjs(instant).format('YYYY-MM-DD'), today);

/**
 * Reads a typed date: "2026-10-12" (as Swedes write dates) or the way the field shows it,
 * "12 oktober 2026" / "12 okt 2026", optionally after a weekday. Null while it is not a date yet.
 */
export function parseDate(text: string): string | null {
  const value = text.trim().toLowerCase().replace(/\./g, '');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const spoken = /^(?:\p{L}+,?\s+)?(\d{1,2})\s+(\p{L}+)\s+(\d{4})$/u.exec(value);
  if (!spoken) return null;
  const locale = dayjs.Ls[dayjs.locale()];
  const names = [locale?.months, locale?.monthsShort].map((list) => (Array.isArray(list) ? list.map((m) => m.toLowerCase()) : []));
  const month = names.map((list) => list.indexOf(spoken[2]!)).find((i) => i >= 0);
  return month === undefined ? null : checked(Number(spoken[3]), month + 1, Number(spoken[1]));
}

function checked(year: number, month: number, day: number): string | null {
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return dayjs(iso).isValid() && dayjs(iso).format('YYYY-MM-DD') === iso ? iso : null;
}
