import Holidays from 'date-holidays';

import { shiftDays, weekday, type IsoDate } from './days';

export type DayOffKind = 'weekend' | 'holiday' | 'own';

/** What the app says about a date someone picks: whether it is a day off, and the first working day from it. */
export interface DayInfo {
  date: IsoDate;
  dayOff: { kind: DayOffKind; label: string; labelEn?: string } | null;
  nextWorkingDay: IsoDate;
}

export interface DayOff {
  date: IsoDate;
  /** Swedish name: "midsommarafton", "lördag", or the municipality's own label. */
  label: string;
  /** The English name of a public holiday or weekday, for the English UI; own days off have only their label. */
  labelEn?: string;
}

const swedishHolidays = new Holidays('SE');
// date-holidays marks Midsummer Eve, Christmas Eve and New Year's Eve as "bank" days; in Swedish
// working life they are days off, so both kinds count.
const DAY_OFF_TYPES = new Set(['public', 'bank']);
const holidayCache = new Map<number, Map<IsoDate, { label: string; labelEn: string }>>();

function holidaysIn(year: number): Map<IsoDate, { label: string; labelEn: string }> {
  let found = holidayCache.get(year);
  if (!found) {
    found = new Map();
    const english = new Map(swedishHolidays.getHolidays(year, 'en').map((h) => [`${h.date}|${h.type}`, h.name]));
    for (const h of swedishHolidays.getHolidays(year, 'sv')) {
      if (DAY_OFF_TYPES.has(h.type))
        found.set(h.date.slice(0, 10), { label: h.name, labelEn: english.get(`${h.date}|${h.type}`) ?? h.name });
    }
    holidayCache.set(year, found);
  }
  return found;
}

/**
 * Swedish working days: not a weekend, not a public holiday (with Midsummer Eve, Christmas Eve and
 * New Year's Eve as days off), and not one of the municipality's own extra days off.
 */
export class WorkingCalendar {
  private readonly extra: Map<IsoDate, string>;

  constructor(extraDaysOff: readonly DayOff[] = []) {
    this.extra = new Map(extraDaysOff.map((d) => [d.date, d.label]));
  }

  /** Why the date is not a working day (a weekend, a public holiday, one of the municipality's own), or null. */
  dayOff(iso: IsoDate): NonNullable<DayInfo['dayOff']> | null {
    const holiday = holidaysIn(Number(iso.slice(0, 4))).get(iso);
    if (holiday) return { kind: 'holiday', ...holiday };
    const own = this.extra.get(iso);
    if (own) return { kind: 'own', label: own };
    const day = weekday(iso);
    if (day === 6) return { kind: 'weekend', label: 'lördag', labelEn: 'Saturday' };
    if (day === 7) return { kind: 'weekend', label: 'söndag', labelEn: 'Sunday' };
    return null;
  }

  /** Why the date is not a working day ("juldagen", "lördag", the municipality's label), or null. */
  dayOffReason(iso: IsoDate): string | null {
    return this.dayOff(iso)?.label ?? null;
  }

  isWorkingDay(iso: IsoDate): boolean {
    return this.dayOffReason(iso) === null;
  }

  /** The date itself when it is a working day, otherwise the next one. */
  onOrAfter(iso: IsoDate): IsoDate {
    let day = iso;
    while (!this.isWorkingDay(day)) day = shiftDays(day, 1);
    return day;
  }

  /** The date itself when it is a working day, otherwise the one before. */
  onOrBefore(iso: IsoDate): IsoDate {
    let day = iso;
    while (!this.isWorkingDay(day)) day = shiftDays(day, -1);
    return day;
  }

  /** Moves `count` working days from a working day; negative counts go back. */
  addWorkingDays(iso: IsoDate, count: number): IsoDate {
    let day = iso;
    const step = count < 0 ? -1 : 1;
    for (let left = Math.abs(count); left > 0;) {
      day = shiftDays(day, step);
      if (this.isWorkingDay(day)) left--;
    }
    return day;
  }

  /** Days off (weekends excluded) between two dates, both included, with their names. */
  holidaysBetween(from: IsoDate, to: IsoDate): DayOff[] {
    const out: DayOff[] = [];
    for (let day = from; day <= to; day = shiftDays(day, 1)) {
      const off = this.dayOff(day);
      if (off && weekday(day) < 6) out.push({ date: day, label: off.label, ...(off.labelEn ? { labelEn: off.labelEn } : {}) });
    }
    return out;
  }
}
