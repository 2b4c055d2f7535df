import { formatMinutes } from '../../../electron/shared/rules/duration';

const HOUR_UNITS = '(?:h|t|tim|timme|timmar|hour|hours|hrs?)';
const MINUTE_UNITS = '(?:m|min|minut|minuter|minutes?|mins)';
const number = '(\\d+(?:[.,]\\d+)?)';

const patterns: [RegExp, (m: RegExpExecArray) => number][] = [
  // "1:30", "0:45"
  [/^(\d{1,3}):([0-5]\d)$/, (m) => Number(m[1]) * 60 + Number(m[2])],
  // "90 min", "45m"
  [new RegExp(`^(\\d+)\\s*${MINUTE_UNITS}$`), (m) => Number(m[1])],
  // "2", "2 h", "1,5 h", "1.5 timmar": a bare number is hours, as the field says
  [new RegExp(`^${number}\\s*${HOUR_UNITS}?$`), (m) => Number(m[1]!.replace(',', '.')) * 60],
  // "1 h 30 min", "1h30", "1 tim 15 m"
  [new RegExp(`^(\\d+)\\s*${HOUR_UNITS}\\s*(\\d+)\\s*${MINUTE_UNITS}?$`), (m) => Number(m[1]) * 60 + Number(m[2])],
];

/**
 * Reads a typed duration: "2 h", "2", "1,5 h", "1:30", "90 min", "1 h 30 min". Whole minutes, or
 * null when the text is not a duration. Nothing is checked against limits here (main's schema does).
 */
export function parseDuration(text: string): number | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
  if (!value) return null;
  for (const [pattern, read] of patterns) {
    const match = pattern.exec(value);
    if (match) {
      const minutes = Math.round(read(match));
      return Number.isFinite(minutes) ? minutes : null;
    }
  }
  return null;
}

/** "+2 h", "−1 h 30 min", "0 min": a balance, with a real minus sign. */
export function signedMinutes(minutes: number): string {
  const rounded = Math.round(minutes);
  if (rounded === 0) return formatMinutes(0);
  return `${rounded > 0 ? '+' : '−'}${formatMinutes(Math.abs(rounded))}`;
}

/** Hours with at most one decimal, in the reader's language ("2,5" in Swedish). */
export const formatHours = (hours: number, language: string) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 1 }).format(hours);
