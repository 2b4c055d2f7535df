import { daysBetween, isoWeek, weekday, type IsoDate } from '../../../shared/rules/days';
import { formatMinutes } from '../../../shared/rules/duration';

/** How the binder writes dates, weeks and times: always Swedish, whatever the app's language. */
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const SHORT_MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];

const parts = (iso: IsoDate) => ({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });

/** "17 augusti 2026" */
export function longDate(iso: IsoDate): string {
  const { year, month, day } = parts(iso);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "17 aug", with the year when it is not `baseYear` ("3 mar 2027"). */
export function shortDate(iso: IsoDate, baseYear?: number): string {
  const { year, month, day } = parts(iso);
  return `${day} ${SHORT_MONTHS[month - 1]}${baseYear !== undefined && year !== baseYear ? ` ${year}` : ''}`;
}

export const weekdayName = (iso: IsoDate) => WEEKDAYS[weekday(iso) - 1]!;
export const weekdayNumberName = (isoWeekday: number) => WEEKDAYS[isoWeekday - 1] ?? '';

/** "v. 34" */
export const weekOf = (iso: IsoDate) => `v. ${isoWeek(iso).week}`;

/** "v. 34", "v. 34–38", or with years for spans longer than half a year ("v. 48 2026 – v. 30 2028"). */
export function weekSpan(from: IsoDate, to: IsoDate): string {
  const a = isoWeek(from);
  const b = isoWeek(to);
  if (a.week === b.week && a.year === b.year) return `v. ${a.week}`;
  const long = a.year !== b.year && daysBetween(from, to) > 182;
  return long ? `v. ${a.week} ${a.year} – v. ${b.week} ${b.year}` : `v. ${a.week}–${b.week}`;
}

/** "17 aug", "17–21 aug", "28 aug – 3 sep", with years where they differ from `baseYear`. */
export function dateSpan(from: IsoDate, to: IsoDate, baseYear?: number): string {
  if (from === to) return shortDate(from, baseYear);
  const a = parts(from);
  const b = parts(to);
  if (a.year === b.year && a.month === b.month) return `${a.day}–${shortDate(to, baseYear)}`;
  return `${shortDate(from, a.year === b.year ? b.year : baseYear)} – ${shortDate(to, baseYear)}`;
}

/** "17 augusti 2026 – 11 september 2026" written the short Swedish way: "17 augusti – 11 september 2026". */
export function longSpan(from: IsoDate, to: IsoDate): string {
  if (from.slice(0, 4) !== to.slice(0, 4)) return `${longDate(from)} – ${longDate(to)}`;
  return `${longDate(from).replace(/ \d{4}$/, '')} – ${longDate(to)}`;
}

/** "1 h 30 min" */
export const duration = formatMinutes;

/** "4 h" or "1,5 h" */
export const hours = (value: number) => `${String(Math.round(value * 10) / 10).replace('.', ',')} h`;

// Characters that steer layout rather than show anything (bidi overrides such as U+202E,
// zero-width joiners, byte-order marks) and pictographs the embedded font has no glyphs for.
// Both come in through pasted text; printed they would only be empty boxes or reorder a line.
const INVISIBLE = /[\p{Cf}\p{Co}\p{Cs}\uFE00-\uFE0F\u20E3]|(?![\n])\p{Cc}/gu;
const PICTOGRAPHS = /\p{Extended_Pictographic}|\p{Emoji_Modifier}/gu;

/** Text as the binder prints it: Unicode-normalised, without control characters or emoji. */
export function clean(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(PICTOGRAPHS, (c) => ((c.codePointAt(0) ?? 0) > 0x2122 ? '' : c))
    .replace(INVISIBLE, '')
    .replace(/[^\S\n]{2,}/g, ' ')
    .trim();
}

/** Cleans and cuts a text to `max` characters with an ellipsis, for places a long text cannot wrap (footer, headers). */
export function short(text: string, max: number): string {
  const cleaned = clean(text);
  return cleaned.length <= max ? cleaned : `${cleaned.slice(0, max - 1).trimEnd()}…`;
}

/** Paragraphs of a longer text: split at blank lines, single line breaks kept. */
export const paragraphs = (text: string) =>
  clean(text)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
