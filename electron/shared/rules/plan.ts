import type { HireFields, ItemStatus, PersonRef, PlanPhase, PlanPreview, PreviewItem } from '../schemas/plan';
import type { Item, Responsible, TemplateContent } from '../schemas/template';
import { type IsoDate } from './days';
import { type WorkingCalendar } from './calendar';
import { windowDates } from './plan-dates';

type HireFacts = Pick<HireFields, 'startDate' | 'newlyGraduated' | 'team'>;

const sameTeam = (a: string, b: string) => a.trim().localeCompare(b.trim(), 'sv', { sensitivity: 'base' }) === 0;

/** Null when the item applies to the hire, otherwise why not (Swedish, shown in the plan). */
export function notApplicableBecause(item: Item, hire: HireFacts): string | null {
  switch (item.appliesTo.kind) {
    case 'everyone':
      return null;
    case 'newGraduates':
      return hire.newlyGraduated ? null : 'Gäller bara nyexaminerade.';
    case 'team':
      return sameTeam(item.appliesTo.team, hire.team) ? null : `Gäller bara team ${item.appliesTo.team}.`;
  }
}

export function planPhases(content: TemplateContent, startDate: IsoDate, calendar: WorkingCalendar): PlanPhase[] {
  return content.phases.map((phase) => {
    const dates = windowDates(phase.window, startDate, calendar);
    return { id: phase.id, name: phase.name, purpose: phase.purpose, startDate: dates.start, endDate: dates.due };
  });
}

/**
 * The plan a hire gets from a template: every item with concrete dates. An item meant for others
 * (another team, only new graduates) is kept as "ej aktuell" with the reason when the template
 * marks it required, so the follow-up shows it was considered; an optional one is left out.
 */
export function generatePlan(
  content: TemplateContent,
  hire: HireFacts,
  calendar: WorkingCalendar,
  resolve: (responsible: Responsible) => PersonRef | null,
): PlanPreview {
  const items: PreviewItem[] = [];
  const leftOut: PlanPreview['leftOut'] = [];
  for (const item of content.items) {
    const reason = notApplicableBecause(item, hire);
    if (reason && !item.required) {
      leftOut.push({ templateItemId: item.id, title: item.title, reason });
      continue;
    }
    const dates = windowDates(item.window, hire.startDate, calendar);
    items.push({
      templateItemId: item.id,
      phaseId: item.phaseId,
      title: item.title,
      category: item.category,
      expectedMinutes: item.expectedMinutes,
      responsible: item.responsible,
      responsiblePerson: resolve(item.responsible),
      startDate: dates.start,
      dueDate: dates.due,
      status: reason ? 'notApplicable' : 'todo',
      notApplicableReason: reason,
    });
  }
  return { phases: planPhases(content, hire.startDate, calendar), items, leftOut };
}

/** An item is late when it is still to do and its due date has passed. */
export const isLate = (item: { status: ItemStatus; dueDate: IsoDate }, today: IsoDate) => item.status === 'todo' && item.dueDate < today;

export const isCompleted = (status: ItemStatus) => status === 'done' || status === 'followedUp';

/** The last day of the programme: the latest phase end or item due date. */
export function planEnd(phases: readonly { endDate: IsoDate }[], items: readonly { dueDate: IsoDate }[]): IsoDate {
  return [...phases.map((p) => p.endDate), ...items.map((i) => i.dueDate)].reduce((a, b) => (a > b ? a : b));
}
