import type { Checkpoint } from '../schemas/check-in-template';
import type { CheckInStatus } from '../schemas/check-ins';
import type { WorkingCalendar } from './calendar';
import { addMonthsTo, daysBetween, shiftDays, type IsoDate } from './days';

/** A check-in is "due" from two weeks before its day. */
export const CHECK_IN_DUE_DAYS = 14;

/** The working day a check-in falls on: `count` weeks or months after the start, moved past days off. */
export function checkInDate(checkpoint: Pick<Checkpoint, 'unit' | 'count'>, startDate: IsoDate, calendar: WorkingCalendar): IsoDate {
  const raw = checkpoint.unit === 'weeks' ? shiftDays(startDate, 7 * checkpoint.count) : addMonthsTo(startDate, checkpoint.count);
  return calendar.onOrAfter(raw);
}

export function checkInStatus(dueDate: IsoDate, held: boolean, today: IsoDate): CheckInStatus {
  if (held) return 'held';
  if (dueDate < today) return 'late';
  return daysBetween(today, dueDate) <= CHECK_IN_DUE_DAYS ? 'due' : 'upcoming';
}
