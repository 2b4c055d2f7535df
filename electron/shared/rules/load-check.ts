import type { TemplateContent } from '../schemas/template';
import type { WorkingCalendar } from './calendar';
import { mondayOf, shiftDays, type IsoDate } from './days';
import { generatePlan, planEnd } from './plan';
import { buildSchedule } from './schedule';

/** A week in which a programme asks more of a new hire than the load limit. */
export interface HeavyWeek {
  /** The team the plan was made for ('' when the programme has no team-specific items). */
  team: string;
  year: number;
  week: number;
  monday: IsoDate;
  minutes: number;
  limitMinutes: number;
}

export interface LoadCheck {
  /** The start the check assumed: next week's first working day. */
  startDate: IsoDate;
  weekLimitMinutes: number;
  heavy: HeavyWeek[];
}

/**
 * The weeks in which a programme would overload a new hire, so the programme editor can say so
 * before the programme reaches a person: the plan it gives a newly graduated hire (who gets the
 * most items) starting next week, once per team the programme has items for.
 */
export function checkLoad(content: TemplateContent, today: IsoDate, calendar: WorkingCalendar, weekLimitMinutes: number): LoadCheck {
  const startDate = calendar.onOrAfter(shiftDays(mondayOf(today), 7));
  const teams = [...new Set(content.items.flatMap((i) => (i.appliesTo.kind === 'team' ? [i.appliesTo.team] : [])))];
  const heavy = (teams.length ? teams : ['']).flatMap((team) => {
    const { phases, items } = generatePlan(content, { startDate, newlyGraduated: true, team }, calendar, () => null);
    const planned = items.map((item, id) => ({ ...item, id }));
    return buildSchedule({
      startDate,
      endDate: planEnd(phases, planned),
      phases,
      items: planned,
      norms: content.norms,
      calendar,
      today,
      hasIntroducer: true,
      weekLimitMinutes,
    })
      .filter((w) => w.overloaded)
      .map((w) => ({ team, year: w.year, week: w.week, monday: w.monday, minutes: w.hireMinutes, limitMinutes: w.limitMinutes }));
  });
  return { startDate, weekLimitMinutes, heavy };
}
