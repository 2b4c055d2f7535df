import type { Language } from '../schemas/preferences';
import type { Window } from '../schemas/template';

const WORDS = {
  sv: { week: 'Vecka', month: 'Månad', day: 'Arbetsdag', one: 'arbetsdag', many: 'arbetsdagar', before: 'före start' },
  en: { week: 'Week', month: 'Month', day: 'Working day', one: 'working day', many: 'working days', before: 'before the start' },
} as const;

const range = (start: number, end: number) => (start === end ? `${start}` : `${start}–${end}`);

/**
 * How a window counted from the start date reads ("Vecka 1–4", "Arbetsdag 1"). Swedish unless
 * asked otherwise: the binder and the plan are always Swedish.
 * Day 0 is the last working day before the start, so day d ≤ 0 is 1 − d working days before it.
 */
export function windowLabel({ unit, start, end }: Window, language: Language = 'sv'): string {
  const w = WORDS[language];
  if (unit === 'week') return `${w.week} ${range(start, end)}`;
  if (unit === 'month') return `${w.month} ${range(start, end)}`;
  if (start >= 1) return `${w.day} ${range(start, end)}`;
  const before = 1 - start;
  if (end <= 0) {
    const last = 1 - end;
    return `${range(before, last)} ${before === 1 && last === 1 ? w.one : w.many} ${w.before}`;
  }
  return `${before} ${before === 1 ? w.one : w.many} ${w.before} – ${w.day.toLocaleLowerCase(language)} ${end}`;
}
