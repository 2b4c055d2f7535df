import type { Norms } from '../schemas/template';
import type { WorkingCalendar } from './calendar';
import { addMonthsTo, shiftDays, weekday, type IsoDate } from './days';
import { reflectionDates } from './reflection';

/** Yrkeshandledning in groups of 6–8, about 10 meetings a year (seed 002 ~L302; Uppsala, GR). */
export const SUPERVISION_SIZE = { min: 6, max: 8 } as const;
export const SUPERVISION_MEETINGS = 10;
/** A reflection group for new hires meets twice a month, like the cadence's first months (seed 003 ~L2934). */
export const REFLECTION_MEETINGS = 24;

/**
 * Calendar months without a meeting when a group meets fewer than 12 times a year: the summer
 * first, then the Christmas month (10 a year → no meetings in July and August).
 */
const MONTHS_OFF = [7, 8, 12, 6, 1];

/** How many meetings fall in a calendar month (1–12) for a group meeting `perYear` times. */
export function meetingsInMonth(perYear: number, month: number): number {
  if (perYear >= 12) return Math.round(perYear / 12);
  return MONTHS_OFF.slice(0, 12 - perYear).includes(month) ? 0 : 1;
}

/**
 * The next `count` meetings of a group on or after `from`: in each calendar month as many as
 * `meetingsInMonth` says, on the group's weekday, spread over the month like the reflection
 * cadence (two a month → the 1st and 3rd such weekday). A meeting that lands on a day off moves
 * a week on while that stays in the month, otherwise it is left out (a holiday is skipped, the
 * weekday stays the group's).
 */
export function groupSessionDates(
  rhythm: { weekday: number; meetingsPerYear: number },
  from: IsoDate,
  count: number,
  calendar: WorkingCalendar,
): IsoDate[] {
  const dates: IsoDate[] = [];
  let monthStart = `${from.slice(0, 7)}-01`;
  for (let guard = 0; dates.length < count && guard < 120; guard++, monthStart = addMonthsTo(monthStart, 1)) {
    const next = addMonthsTo(monthStart, 1);
    const candidates: IsoDate[] = [];
    for (let day = monthStart; day < next; day = shiftDays(day, 1)) if (weekday(day) === rhythm.weekday) candidates.push(day);
    const picks = Math.min(meetingsInMonth(rhythm.meetingsPerYear, Number(monthStart.slice(5, 7))), candidates.length);
    for (let k = 0; k < picks; k++) {
      let date = candidates[Math.floor((k * candidates.length) / picks)]!;
      while (date < next && !calendar.isWorkingDay(date)) date = shiftDays(date, 7);
      if (date >= next || date < from || dates.includes(date)) continue;
      if (dates.length < count) dates.push(date);
    }
  }
  return dates;
}

export interface SizeCheck {
  /** Members on the day, the newly added included. */
  count: number;
  /** More members than the group's limit. */
  over: boolean;
  /** For yrkeshandledning: outside the suggested 6–8. */
  outsideSuggestion: boolean;
}

export function sizeCheck(kind: 'reflection' | 'supervision', count: number, maxMembers: number): SizeCheck {
  return {
    count,
    over: count > maxMembers,
    outsideSuggestion: kind === 'supervision' && (count < SUPERVISION_SIZE.min || count > SUPERVISION_SIZE.max),
  };
}

/** A membership counts on the days from `fromDate` to `toDate`, both included (no `toDate`: still a member). */
export const memberOn = (m: { fromDate: IsoDate; toDate: IsoDate | null }, date: IsoDate) =>
  m.fromDate <= date && (m.toDate === null || date <= m.toDate);

export type CadenceMet = 'individual' | 'group' | 'missing' | 'upcoming';

export interface CadenceSlot {
  /** The slot's day by the cadence (reflectionDates). */
  date: IsoDate;
  /** Month of the introduction, 1 = the first month from the start date. */
  month: number;
  met: CadenceMet;
  /** The session that met it: its day and, for a group, the group's name. */
  on: IsoDate | null;
  groupName: string | null;
}

/** Something that counts towards the cadence: a held individual session, or a held group session the hire attended. */
export interface ReflectionMeeting {
  date: IsoDate;
  groupName: string | null;
}

/**
 * Whether each slot of the hire's reflection cadence was met (seed 003 ~L2934: twice a month in
 * months 1–4, then monthly to month 12). Slots are counted per month of the introduction: the
 * meetings of a month, in date order, meet its slots in date order, whether an individual session
 * or a group session; a slot without one is missing once its day has passed, upcoming before.
 */
export function cadenceMet(
  reflection: Norms['reflection'],
  startDate: IsoDate,
  calendar: WorkingCalendar,
  meetings: readonly ReflectionMeeting[],
  today: IsoDate,
): CadenceSlot[] {
  const monthOf = (date: IsoDate) => {
    let month = 1;
    while (addMonthsTo(startDate, month) <= date) month++;
    return month;
  };
  const byMonth = new Map<number, ReflectionMeeting[]>();
  for (const meeting of [...meetings].sort((a, b) => a.date.localeCompare(b.date))) {
    if (meeting.date < startDate) continue;
    const month = monthOf(meeting.date);
    byMonth.set(month, [...(byMonth.get(month) ?? []), meeting]);
  }
  return reflectionDates(reflection, startDate, calendar).map(({ date }) => {
    const month = monthOf(date);
    const meeting = byMonth.get(month)?.shift();
    if (meeting)
      return { date, month, met: meeting.groupName === null ? 'individual' : 'group', on: meeting.date, groupName: meeting.groupName };
    return { date, month, met: date < today ? 'missing' : 'upcoming', on: null, groupName: null };
  });
}
