import dayjs from 'dayjs';
import { isoWeek } from '../../../electron/shared/rules/days';
import { i18n } from './i18n';

/**
 * Every date the screen shows, in the language dayjs is set to (Swedish first): "mån 17 aug 2026",
 * "måndag 17 augusti 2026", "17 aug", "17–23 aug". Calendar dates are "YYYY-MM-DD"; instants
 * (done at, published at) are shown in local time. Weeks come from the shared rules, and so does
 * day arithmetic: dayjs only formats and reads dates here.
 */

/** "mån 17 aug 2026". */
export const dayDate = (iso: string) => dayjs(iso).format('ddd D MMM YYYY');

/** A date that starts a sentence: "Söndag 31 januari 2027". */
export const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** "måndag 17 augusti 2026". */
export const longDate = (iso: string) => dayjs(iso).format('dddd D MMMM YYYY');

/** "17 augusti 2026", for a date or an instant (its local day). */
export const dateInWords = (iso: string) => dayjs(iso).format('D MMMM YYYY');

/** "17 augusti 2026, 14:05" for an instant. */
export const dateTimeInWords = (instant: string) => dayjs(instant).format('D MMMM YYYY, HH:mm');

/** "17 aug 2026 14:05" for an instant. */
export const shortDateTime = (instant: string) => dayjs(instant).format('D MMM YYYY HH:mm');

/** "augusti 2026". */
export const monthYear = (iso: string) => dayjs(iso).format('MMMM YYYY');

/** The ISO week number Swedes use ("vecka 34"). */
export const weekNumber = (iso: string) => isoWeek(iso).week;

const sameYear = (a: string, b: string) => a.slice(0, 4) === b.slice(0, 4);

/** "17 aug 2026": where a list spans years, the year is always there. */
export const shortDateWithYear = (iso: string) => dayjs(iso).format('D MMM YYYY');

/** "17 aug", with the year when it is not the reference year ("5 feb 2027"). */
export const shortDate = (iso: string, referenceYear?: string) =>
  referenceYear && !sameYear(iso, referenceYear) ? shortDateWithYear(iso) : dayjs(iso).format('D MMM');

/** "17 aug – 11 sep", "28 dec 2026 – 8 jan 2027", or one date when both are the same day. */
export function dateWindow(start: string, end: string, today: string): { from: string; to: string } | { on: string } {
  if (start === end) return { on: shortDate(start, today) };
  const crossesYear = !sameYear(start, end);
  return {
    from: crossesYear ? shortDateWithYear(start) : shortDate(start, today),
    to: crossesYear ? shortDateWithYear(end) : shortDate(end, today),
  };
}

/** A phase's period with its year: "5 okt – 30 okt 2026", "12 okt 2026 – 5 feb 2027". */
export const period = (start: string, end: string) =>
  `${sameYear(start, end) ? dayjs(start).format('D MMM') : shortDateWithYear(start)} – ${shortDateWithYear(end)}`;

/** A week's dates: "17–23 aug", "31 aug – 6 sep", "28 dec – 3 jan". */
export function weekDates(monday: string, sunday: string): string {
  if (monday.slice(5, 7) === sunday.slice(5, 7)) return `${dayjs(monday).format('D')}–${dayjs(sunday).format('D MMM')}`;
  return `${dayjs(monday).format('D MMM')} – ${dayjs(sunday).format('D MMM')}`;
}

/** "tor 31 dec" for a day off in the week schedule. */
export const dayWithWeekday = (iso: string) => dayjs(iso).format('ddd D MMM');

const localDay = (instant: string) => dayjs(instant).format('YYYY-MM-DD');

/** The local calendar day of an instant ("2026-11-23T09:00:00.000Z"), as dayDate shows it. */
export const instantDate = (instant: string) => dayDate(localDay(instant));

/** When something was done: "23 nov" (with the year when it is not this year's). */
export const instantShortDate = (instant: string, today: string) => shortDate(localDay(instant), today);

/** An instant as the local wall-clock time the backup texts take ("2026-11-23T14:05:00"). */
export const localTimeOf = (instant: string) => dayjs(instant).format('YYYY-MM-DDTHH:mm:ss');

/** "måndag 23 november 2026 kl. 14.05" for a local wall-clock time, as the backup dialogs say it. */
export const longWhen = (localTime: string) =>
  i18n.t('backup.when', {
    date: dayjs(localTime).format(i18n.t('backup.dateFormat')),
    time: dayjs(localTime).format(i18n.t('backup.timeFormat')),
  });

/** "mån 23 nov 2026 kl. 14.05", for the backup table. */
export const shortWhen = (localTime: string) =>
  i18n.t('backup.when', { date: dayDate(localTime.slice(0, 10)), time: dayjs(localTime).format(i18n.t('backup.timeFormat')) });

/** The clock time `minutes` after a time on a date: when a session that starts at 13:00 ends. */
export const timeAfter = (date: string, time: string, minutes: number) => dayjs(`${date}T${time}`).add(minutes, 'minute').format('HH:mm');

/**
 * Reads a typed date: "2026-10-12" (as Swedes write dates) or the way the field shows it,
 * "12 oktober 2026" / "12 okt 2026", optionally after a weekday. Null while it is not a date yet.
 */
/** A date as the form keeps it, YYYY-MM-DD, and one that exists: "2026-13-45" has the shape but is no date. */
export const isIsoDate = (value: string) => parseDate(value) === value;

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
