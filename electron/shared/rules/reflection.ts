import type { Norms, ReflectionCadence } from '../schemas/template';
import { addMonthsTo, shiftDays, weekday, type IsoDate } from './days';
import { type WorkingCalendar } from './calendar';

export interface PlannedSession {
  date: IsoDate;
  /** Which cadence segment (0-based) produced it. */
  segment: number;
}

const monthStart = (startDate: IsoDate, month: number) => addMonthsTo(startDate, month - 1);

/**
 * Reflection sessions from the template's cadence: in each month of a segment, `perMonth`
 * sessions on the usual weekday, spread over the month (2 a month → the 1st and 3rd such
 * weekday). A session on a day off moves to the next working day. Months count from the start
 * date, so a start late in a month gets its first sessions in the weeks right after it.
 */
export function reflectionDates(reflection: Norms['reflection'], startDate: IsoDate, calendar: WorkingCalendar): PlannedSession[] {
  const sessions: PlannedSession[] = [];
  reflection.segments.forEach((segment, index) => {
    for (let month = segment.fromMonth; month <= segment.toMonth; month++) {
      const from = monthStart(startDate, month);
      const to = shiftDays(monthStart(startDate, month + 1), -1);
      const candidates: IsoDate[] = [];
      for (let day = from; day <= to; day = shiftDays(day, 1)) if (weekday(day) === reflection.weekday) candidates.push(day);
      const picks = Math.min(segment.perMonth, candidates.length);
      for (let k = 0; k < picks; k++) {
        const date = calendar.onOrAfter(candidates[Math.floor((k * candidates.length) / picks)]!);
        if (!sessions.some((s) => s.date === date)) sessions.push({ date, segment: index });
      }
    }
  });
  return sessions;
}

/** The day the hire moves to the ordinary reflection group: the day after the last segment ends. */
export function ordinaryGroupFrom(reflection: Norms['reflection'], startDate: IsoDate): IsoDate | null {
  const last = Math.max(0, ...reflection.segments.map((s) => s.toMonth));
  return last ? monthStart(startDate, last + 1) : null;
}

/** Who leads a hire's sessions by the cadence's leader role: their manager or introducer, or nobody. */
export function cadenceLeader(
  cadence: Pick<ReflectionCadence, 'leaderRole'>,
  hire: { managerId: number | null; introducerId: number | null },
) {
  if (cadence.leaderRole === 'manager') return hire.managerId;
  if (cadence.leaderRole === 'introducer') return hire.introducerId;
  return null;
}
