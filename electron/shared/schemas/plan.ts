import { z } from 'zod';
import { personId } from './staff';
import { contentId, LIMITS, responsibleSchema, type Responsible } from './template';
import type { IsoDate } from '../rules/days';
import type { DayOff } from '../rules/calendar';
import type { Level } from './competence';

/** att göra → klar → uppföljd, or ej aktuell with a reason. */
export const ITEM_STATUSES = ['todo', 'done', 'followedUp', 'notApplicable'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
  .refine((v) => {
    const d = new Date(`${v}T12:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && v >= '2000-01-01' && v <= '2100-12-31';
  }, 'validation.date');

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');
const required = (max: number) => text(max).min(1, 'validation.required');

export const hireFields = z.strictObject({
  name: required(100),
  title: text(100),
  team: text(100),
  startDate: isoDate,
  managerId: personId,
  /** A plan may be made before the introducer is named; it then says so everywhere. */
  introducerId: personId.nullable(),
  /** Left out or null: the unit's samordnare (the directory's first) follows the hire. */
  coordinatorId: personId.nullable().optional(),
  newlyGraduated: z.boolean(),
  templateVersionId: id,
});
export type HireFields = z.infer<typeof hireFields>;

/** An item the manager adds for this hire only (individuell planering). */
export const ownItemFields = z
  .strictObject({
    phaseId: contentId,
    title: required(LIMITS.shortText),
    instructions: text(LIMITS.longText),
    category: required(100),
    expectedMinutes: z.number().int('validation.wholeMinutes').min(0, 'validation.minutesRange').max(6000, 'validation.minutesRange'),
    responsible: responsibleSchema,
    startDate: isoDate,
    dueDate: isoDate,
  })
  .refine((i) => i.dueDate >= i.startDate, { path: ['dueDate'], message: 'validation.windowOrder' });
export type OwnItemFields = z.infer<typeof ownItemFields>;

export const createHireInput = z.strictObject({
  hire: hireFields,
  /** Template items the manager left out after reviewing the generated list. */
  leaveOut: z.array(contentId).max(LIMITS.items),
  ownItems: z.array(ownItemFields).max(200),
});

export const setStatusInput = z
  .strictObject({
    itemId: id,
    status: z.enum(ITEM_STATUSES),
    reason: text(500).optional(),
  })
  .refine((i) => i.status !== 'notApplicable' || (i.reason ?? '').length > 0, { path: ['reason'], message: 'validation.reasonRequired' });

export const updateItemInput = z
  .strictObject({ itemId: id, note: text(LIMITS.longText), startDate: isoDate, dueDate: isoDate })
  .refine((i) => i.dueDate >= i.startDate, { path: ['dueDate'], message: 'validation.windowOrder' });

export interface PersonRef {
  id: number;
  name: string;
}

export interface PlanItemView {
  id: number;
  hireId: number;
  templateItemId: string | null;
  phaseId: string;
  title: string;
  instructions: string;
  category: string;
  expectedMinutes: number;
  responsible: Responsible;
  /** The person the role resolves to for this hire; null when the role is unfilled. */
  responsiblePerson: PersonRef | null;
  required: boolean;
  startDate: IsoDate;
  dueDate: IsoDate;
  datesEdited: boolean;
  status: ItemStatus;
  notApplicableReason: string | null;
  done: { at: string; by: PersonRef | null } | null;
  followedUp: { at: string; by: PersonRef | null } | null;
  note: string;
  late: boolean;
}

export interface PlanPhase {
  id: string;
  name: string;
  purpose: string;
  startDate: IsoDate;
  endDate: IsoDate;
}

export interface HireView extends Omit<HireFields, 'managerId' | 'introducerId' | 'coordinatorId'> {
  id: number;
  manager: PersonRef | null;
  introducer: PersonRef | null;
  /** The hire's own samordnare, or the unit's (`forUnit`) when none is named for the hire. */
  coordinator: (PersonRef & { forUnit: boolean }) | null;
  /** Who stands in for the introducer today, and until when. */
  substitute: { person: PersonRef; toDate: IsoDate } | null;
  templateName: string;
  templateVersion: number;
  endDate: IsoDate;
  finishedAt: string | null;
  /** Set when the finished plan was archived: it is then read-only. */
  archivedAt: string | null;
  /** The competence level now and, for the Nivå-1 protection, who handles cases with the hire. */
  competence: { level: Level; coHandler: PersonRef | null };
}

export interface PhaseProgress {
  phaseId: string;
  name: string;
  /** Done or followed up. */
  done: number;
  /** Items that apply (not "ej aktuell"). */
  total: number;
}

export interface HireSummary extends HireView {
  progress: PhaseProgress[];
  late: number;
  notFollowedUp: number;
  next: { id: number; title: string; dueDate: IsoDate; late: boolean }[];
}

export interface HirePlan {
  hire: HireView;
  phases: PlanPhase[];
  items: PlanItemView[];
  today: IsoDate;
}

export interface PreviewItem {
  templateItemId: string;
  phaseId: string;
  title: string;
  category: string;
  expectedMinutes: number;
  responsible: Responsible;
  responsiblePerson: PersonRef | null;
  startDate: IsoDate;
  dueDate: IsoDate;
  /** "notApplicable" when the template says the item does not apply to this hire. */
  status: 'todo' | 'notApplicable';
  notApplicableReason: string | null;
}

export interface PlanPreview {
  phases: PlanPhase[];
  items: PreviewItem[];
  /** Template items left out because they only apply to others (not required, other team…). */
  leftOut: { templateItemId: string; title: string; reason: string }[];
}

export interface DateChange {
  itemId: number;
  title: string;
  from: { startDate: IsoDate; dueDate: IsoDate };
  to: { startDate: IsoDate; dueDate: IsoDate };
}

export interface WeekRow {
  year: number;
  week: number;
  monday: IsoDate;
  sunday: IsoDate;
  phaseIds: string[];
  items: { id: number; title: string; dueDate: IsoDate; status: ItemStatus; late: boolean }[];
  daysOff: DayOff[];
  /** "Din tid": the planned time of the new hire's items this week, spread over their windows. */
  hireMinutes: number;
  /** Preparations before the first working day, done by others. */
  preparationMinutes: number;
  /** Every other role's (or named person's) time this week, largest first. */
  others: { responsible: Responsible; minutes: number }[];
  /** The introducer's weekly time by the norm (none without an introducer or before the start). */
  introducerMinutes: number;
  /** The most time planned for the new hire this week before it counts as overloaded. */
  limitMinutes: number;
  overloaded: boolean;
  current: boolean;
}
