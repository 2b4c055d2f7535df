import type { DateChange, ItemStatus } from '../schemas/plan';
import type { Window } from '../schemas/template';
import { addMonthsTo, mondayOf, shiftDays, type IsoDate } from './days';
import { type WorkingCalendar } from './calendar';

export interface DateWindow {
  /** First day the item can be done; a working day. */
  start: IsoDate;
  /** When it should be done; a working day. */
  due: IsoDate;
}

/**
 * Turns a template window into dates for a hire starting on `startDate`.
 *
 * - Days are working days: day 1 is the first working day on or after the start, day 2 the next,
 *   day 0 the last working day before the start, day −4 five working days before it.
 * - Weeks are Swedish calendar (ISO) weeks: week 1 is the week of the first working day (from that
 *   day), week n the (n−1)th week after it; a week ends on its Friday. Counted from the first
 *   working day, not the start date: a contract starting on a Sunday (the 1st of a month, often)
 *   would otherwise put week 1 in the week before anyone is at work.
 * - Months are counted from the start date: month 1 runs from the start to the day before the same
 *   date a month later.
 * A due date on a day off moves to the next working day, as the sources ask; a start on a day off
 * also moves forward, but never past the due date. Only day windows of 0 and below (the
 * preparations) can fall before the first working day.
 */
export function windowDates(window: Window, startDate: IsoDate, calendar: WorkingCalendar): DateWindow {
  const first = calendar.onOrAfter(startDate);
  let start: IsoDate;
  let end: IsoDate;
  switch (window.unit) {
    case 'day':
      start = calendar.addWorkingDays(first, window.start - 1);
      end = calendar.addWorkingDays(first, window.end - 1);
      return { start, due: end };
    case 'week': {
      const monday = mondayOf(first);
      start = window.start === 1 ? first : shiftDays(monday, 7 * (window.start - 1));
      end = shiftDays(monday, 7 * (window.end - 1) + 4);
      break;
    }
    case 'month':
      start = addMonthsTo(startDate, window.start - 1);
      end = shiftDays(addMonthsTo(startDate, window.end), -1);
      break;
  }
  const due = calendar.onOrAfter(end);
  const workingStart = calendar.onOrAfter(start);
  return { start: workingStart > due ? due : workingStart, due };
}

/** What the start-date rule needs of a stored plan item. */
export interface DatedItem {
  id: number;
  title: string;
  templateItemId: string | null;
  status: ItemStatus;
  datesEdited: boolean;
  startDate: IsoDate;
  dueDate: IsoDate;
}

/**
 * What moving a hire's start date does to their plan: items that follow the template get the
 * dates their window gives from the new start; done and followed-up items, hand-set dates and
 * the hire's own items keep theirs. "Ej aktuell" items move too, so their dates fit if they
 * become current again.
 */
export function startDateChanges(
  items: readonly DatedItem[],
  windows: ReadonlyMap<string, Window>,
  startDate: IsoDate,
  calendar: WorkingCalendar,
): DateChange[] {
  return items.flatMap((item) => {
    const window = item.templateItemId ? windows.get(item.templateItemId) : undefined;
    if (item.status === 'done' || item.status === 'followedUp' || item.datesEdited || !window) return [];
    const to = windowDates(window, startDate, calendar);
    if (to.start === item.startDate && to.due === item.dueDate) return [];
    return [
      {
        itemId: item.id,
        title: item.title,
        from: { startDate: item.startDate, dueDate: item.dueDate },
        to: { startDate: to.start, dueDate: to.due },
      },
    ];
  });
}
