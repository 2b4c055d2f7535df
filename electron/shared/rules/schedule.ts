import type { PlanItemView, PlanPhase, WeekRow } from '../schemas/plan';
import type { Norms, Responsible } from '../schemas/template';
import type { WorkingCalendar } from './calendar';
import { isoWeek, mondayOf, shiftDays, type IsoDate } from './days';
import { expectedMinutes } from './hours';
import { isLate } from './plan';

/** A full-time working week, the unit the load limit is a share of. */
export const WORKING_DAY_MINUTES = 8 * 60;

export type ScheduleItem = Pick<PlanItemView, 'id' | 'title' | 'startDate' | 'dueDate' | 'status' | 'expectedMinutes' | 'responsible'>;

export interface ScheduleInput {
  startDate: IsoDate;
  endDate: IsoDate;
  phases: readonly PlanPhase[];
  items: readonly ScheduleItem[];
  norms: Norms;
  calendar: WorkingCalendar;
  today: IsoDate;
  /** Without an introducer no introducer time is planned. */
  hasIntroducer: boolean;
  /** Most planned minutes for the new hire in a full working week (a setting); part weeks get their share. */
  weekLimitMinutes: number;
}

/** Splits `minutes` over `days` as evenly as whole minutes allow, the odd minutes on the first days. */
function spread(minutes: number, days: readonly IsoDate[]): [IsoDate, number][] {
  const base = Math.floor(minutes / days.length);
  const odd = minutes - base * days.length;
  return days.map((day, i) => [day, base + (i < odd ? 1 : 0)]);
}

/** The working days from `from` to `to`; the due date alone when the window holds none. */
function workingDaysIn(from: IsoDate, to: IsoDate, calendar: WorkingCalendar): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = from; day <= to; day = shiftDays(day, 1)) if (calendar.isWorkingDay(day)) days.push(day);
  return days.length ? days : [to];
}

const keyOf = (r: Responsible) => (r.kind === 'role' ? `role:${r.role}` : `person:${r.name}`);

interface WeekTally {
  hire: number;
  preparation: number;
  others: Map<string, { responsible: Responsible; minutes: number }>;
}

/**
 * One row per ISO week, from the first preparation to the week the programme ends: what is due,
 * and the planned time. Each item's expected time is spread over the working days of its window
 * (not piled into the week it ends). "Din tid", the new hire's, is the time of the items from
 * their first working day on; items that end before it are preparations, done by others and
 * shown as such. Every other role's time is its own line (the introducer's items, the manager's,
 * IT's…). The introducer's weekly time follows the hours norm (part weeks and days off get a
 * share; none without an introducer or before the start). A week whose time for the new hire is
 * above the limit is marked, so a manager sees an overloaded programme before a person does.
 */
export function buildSchedule(input: ScheduleInput): WeekRow[] {
  const { startDate, endDate, phases, items, norms, calendar, today, hasIntroducer, weekLimitMinutes } = input;
  const first = calendar.onOrAfter(startDate);
  const weeks = new Map<IsoDate, WeekTally>();
  const empty = (): WeekTally => ({ hire: 0, preparation: 0, others: new Map() });
  const tally = (monday: IsoDate) => {
    let week = weeks.get(monday);
    if (!week) weeks.set(monday, (week = empty()));
    return week;
  };
  let earliest = first;
  for (const item of items) {
    if (item.status === 'notApplicable' || item.expectedMinutes <= 0) continue;
    const preparation = item.dueDate < first;
    const from = preparation || item.startDate >= first ? item.startDate : first;
    if (from < earliest) earliest = from;
    const byNewHire = item.responsible.kind === 'role' && item.responsible.role === 'newHire';
    for (const [day, minutes] of spread(item.expectedMinutes, workingDaysIn(from, item.dueDate, calendar))) {
      const week = tally(mondayOf(day));
      if (preparation) week.preparation += minutes;
      else week.hire += minutes;
      if (byNewHire) continue;
      const key = keyOf(item.responsible);
      const other = week.others.get(key) ?? { responsible: item.responsible, minutes: 0 };
      week.others.set(key, { ...other, minutes: other.minutes + minutes });
    }
  }
  const rows: WeekRow[] = [];
  const currentMonday = mondayOf(today);
  const last = items.reduce((max, i) => (i.dueDate > max ? i.dueDate : max), endDate);
  for (let monday = mondayOf(earliest); monday <= last; monday = shiftDays(monday, 7)) {
    const sunday = shiftDays(monday, 6);
    const week = weeks.get(monday) ?? empty();
    const workingDays = [0, 1, 2, 3, 4].filter((d) => shiftDays(monday, d) >= first && calendar.isWorkingDay(shiftDays(monday, d))).length;
    const limitMinutes = Math.round((weekLimitMinutes * workingDays) / 5);
    rows.push({
      ...isoWeek(monday),
      monday,
      sunday,
      phaseIds: phases.filter((p) => p.startDate <= sunday && p.endDate >= monday).map((p) => p.id),
      items: items
        .filter((i) => i.dueDate >= monday && i.dueDate <= sunday)
        .map((i) => ({ id: i.id, title: i.title, dueDate: i.dueDate, status: i.status, late: isLate(i, today) })),
      daysOff: calendar.holidaysBetween(monday, shiftDays(monday, 4)),
      hireMinutes: week.hire,
      preparationMinutes: week.preparation,
      others: [...week.others.values()].sort((a, b) => b.minutes - a.minutes),
      introducerMinutes: hasIntroducer ? expectedMinutes(norms, startDate, monday, calendar) : 0,
      limitMinutes,
      overloaded: week.hire > limitMinutes,
      current: monday === currentMonday,
    });
  }
  return rows;
}
