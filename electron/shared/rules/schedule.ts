import type { PlanItemView, PlanPhase, WeekRow } from '../schemas/plan';
import type { Norms } from '../schemas/template';
import { addMonthsTo, isoWeek, mondayOf, shiftDays, type IsoDate } from './days';
import { type WorkingCalendar } from './calendar';
import { isLate } from './plan';

/** Introducer hours per week the norm asks for in the week starting `monday`. */
export function introducerNormHours(norms: Pick<Norms, 'introducerHoursPerWeek'>, startDate: IsoDate, monday: IsoDate): number {
  const yearOneEnds = addMonthsTo(startDate, 12);
  const yearTwoEnds = addMonthsTo(startDate, 24);
  if (monday < yearOneEnds) return norms.introducerHoursPerWeek.year1;
  if (monday < yearTwoEnds) return norms.introducerHoursPerWeek.year2;
  return 0;
}

/**
 * One row per ISO week from the first thing due (before-start preparations included) to the week
 * the programme ends. The new hire's time
 * is the expected time of the items due that week; the introducer's is the norm hours plus the
 * items the introducer is responsible for.
 */
export function buildSchedule(input: {
  startDate: IsoDate;
  endDate: IsoDate;
  phases: readonly PlanPhase[];
  items: readonly PlanItemView[];
  norms: Norms;
  calendar: WorkingCalendar;
  today: IsoDate;
}): WeekRow[] {
  const { startDate, endDate, phases, items, norms, calendar, today } = input;
  const rows: WeekRow[] = [];
  const currentMonday = mondayOf(today);
  // Things to prepare before day 1 get their own weeks at the top.
  const first = items.reduce((min, i) => (i.dueDate < min ? i.dueDate : min), startDate);
  for (let monday = mondayOf(first); monday <= endDate; monday = shiftDays(monday, 7)) {
    const sunday = shiftDays(monday, 6);
    const due = items.filter((i) => i.dueDate >= monday && i.dueDate <= sunday);
    const counted = due.filter((i) => i.status !== 'notApplicable');
    const minutes = (list: readonly PlanItemView[]) => list.reduce((sum, i) => sum + i.expectedMinutes, 0);
    const introducerItems = counted.filter((i) => i.responsible.kind === 'role' && i.responsible.role === 'introducer');
    rows.push({
      ...isoWeek(monday),
      monday,
      sunday,
      phaseIds: phases.filter((p) => p.startDate <= sunday && p.endDate >= monday).map((p) => p.id),
      items: due.map((i) => ({ id: i.id, title: i.title, dueDate: i.dueDate, status: i.status, late: isLate(i, today) })),
      daysOff: calendar.holidaysBetween(monday, shiftDays(monday, 4)),
      hireMinutes: minutes(counted),
      introducerMinutes: Math.round(introducerNormHours(norms, startDate, monday) * 60) + minutes(introducerItems),
      current: monday === currentMonday,
    });
  }
  return rows;
}
