import { z } from 'zod';
import { checkInsTemplateSchema, SUGGESTED_CHECK_INS } from './check-in-template';
import { competenceTemplateSchema, KIRUNA_LEVELS } from './competence-template';

/**
 * A programme template's content: phases, checklist items, norms and binder content.
 * Stored as one validated document per template version, so a published version is one
 * immutable row and the exchange file is this document plus its attachments.
 */

export const OFFSET_UNITS = ['day', 'week', 'month'] as const;
export type OffsetUnit = (typeof OFFSET_UNITS)[number];

/** Roles an item can be the responsibility of; resolved to a person per hire. */
export const RESPONSIBLE_ROLES = ['manager', 'introducer', 'newHire', 'administrator', 'bbic', 'it', 'hr', 'coordinator'] as const;
export type ResponsibleRole = (typeof RESPONSIBLE_ROLES)[number];

/** Suggested categories; a template may use its own words too. */
export const ITEM_CATEGORIES = [
  'Före start',
  'Mottagande',
  'Organisation',
  'System och teknik',
  'Myndighetsrollen',
  'Utbildning',
  'Studiebesök',
  'Uppföljning',
  'Reflektion',
] as const;

export const LIMITS = {
  phases: 20,
  items: 1000,
  sections: 100,
  contacts: 300,
  documents: 300,
  /** Longest window, in months, a plan may span (a programme runs at most a few years). */
  maxMonths: 60,
  shortText: 200,
  longText: 20_000,
  attachmentBytes: 20 * 1024 * 1024,
} as const;

const required = (max: number) => z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');
const optional = (max: number) => z.string().trim().max(max, 'validation.tooLong');

/** Ids are short, stable strings so an exported programme keeps them across municipalities. */
export const contentId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'validation.contentId');

const UNIT_MAX: Record<OffsetUnit, number> = { day: LIMITS.maxMonths * 31, week: LIMITS.maxMonths * 5, month: LIMITS.maxMonths };

/**
 * A window counted from the start date, both ends included. Ordinals start at 1: day 1 is the
 * first working day, week 1 the first seven days, month 1 the first calendar month of employment.
 * Days are working days and may be 0 or negative for things to do before the start
 * (day 0 = the last working day before the start).
 */
export const windowSchema = z
  .strictObject({
    unit: z.enum(OFFSET_UNITS),
    start: z.number().int(),
    end: z.number().int(),
  })
  .superRefine((w, ctx) => {
    const min = w.unit === 'day' ? -60 : 1;
    const max = UNIT_MAX[w.unit];
    for (const key of ['start', 'end'] as const) {
      if (w[key] < min || w[key] > max) ctx.addIssue({ code: 'custom', path: [key], message: 'validation.windowRange' });
    }
    if (w.end < w.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'validation.windowOrder' });
  });
export type Window = z.infer<typeof windowSchema>;

export const responsibleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('role'), role: z.enum(RESPONSIBLE_ROLES) }),
  // The name travels with the id so an exported programme still says who was meant.
  z.strictObject({ kind: z.literal('person'), personId: z.number().int().positive().nullable(), name: required(100) }),
]);
export type Responsible = z.infer<typeof responsibleSchema>;

export const appliesToSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('everyone') }),
  z.strictObject({ kind: z.literal('newGraduates') }),
  z.strictObject({ kind: z.literal('team'), team: required(100) }),
]);
export type AppliesTo = z.infer<typeof appliesToSchema>;

export const phaseSchema = z.strictObject({
  id: contentId,
  name: required(LIMITS.shortText),
  purpose: optional(LIMITS.longText),
  window: windowSchema,
});
export type Phase = z.infer<typeof phaseSchema>;

export const itemSchema = z.strictObject({
  id: contentId,
  phaseId: contentId,
  title: required(LIMITS.shortText),
  instructions: optional(LIMITS.longText),
  window: windowSchema,
  expectedMinutes: z
    .number()
    .int('validation.wholeMinutes')
    .min(0, 'validation.minutesRange')
    .max(100 * 60, 'validation.minutesRange'),
  responsible: responsibleSchema,
  category: required(100),
  required: z.boolean(),
  appliesTo: appliesToSchema,
});
export type Item = z.infer<typeof itemSchema>;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time');

export const reflectionSegmentSchema = z
  .strictObject({
    fromMonth: z.number().int().min(1, 'validation.monthRange').max(LIMITS.maxMonths, 'validation.monthRange'),
    toMonth: z.number().int().min(1, 'validation.monthRange').max(LIMITS.maxMonths, 'validation.monthRange'),
    perMonth: z.number().int().min(1, 'validation.perMonthRange').max(8, 'validation.perMonthRange'),
  })
  .refine((s) => s.toMonth >= s.fromMonth, { path: ['toMonth'], message: 'validation.windowOrder' });
export type ReflectionSegment = z.infer<typeof reflectionSegmentSchema>;

const hoursPerWeek = z.number().min(0, 'validation.hoursRange').max(40, 'validation.hoursRange');

/** Who leads the reflection sessions, resolved per hire like an item's responsibility. */
export const REFLECTION_LEADER_ROLES = ['manager', 'introducer'] as const;
export type ReflectionLeaderRole = (typeof REFLECTION_LEADER_ROLES)[number];
export const REFLECTION_PLACE_MAX = 200;

export const reflectionCadenceSchema = z.strictObject({
  segments: z.array(reflectionSegmentSchema).max(12),
  /** ISO weekday, 1 = Monday … 5 = Friday. */
  weekday: z.number().int().min(1).max(5),
  time,
  durationMinutes: z.number().int().min(15, 'validation.durationRange').max(480, 'validation.durationRange'),
  // Added in issue 14; the defaults let programmes stored and exchange files written before it in.
  /** Where the sessions are held unless a session says otherwise (free text, the calendar's LOCATION). */
  place: optional(REFLECTION_PLACE_MAX).default(''),
  /** Who leads them, per hire; null: nobody named. */
  leaderRole: z.enum(REFLECTION_LEADER_ROLES).nullable().default(null),
});
export type ReflectionCadence = z.infer<typeof reflectionCadenceSchema>;

export const normsSchema = z.strictObject({
  introducerHoursPerWeek: z.strictObject({ year1: hoursPerWeek, year2: hoursPerWeek }),
  reflection: reflectionCadenceSchema,
});
export type Norms = z.infer<typeof normsSchema>;

export const sectionSchema = z.strictObject({ id: contentId, title: required(LIMITS.shortText), text: optional(LIMITS.longText) });
export const contactSchema = z.strictObject({
  id: contentId,
  name: required(100),
  role: optional(100),
  phone: optional(30),
  email: optional(200),
});
/** Attachments are content-addressed: the id is the file's SHA-256, so export → import keeps it. */
export const attachmentId = z.string().regex(/^[0-9a-f]{64}$/, 'validation.attachmentId');
export const documentSchema = z.strictObject({
  id: contentId,
  title: required(LIMITS.shortText),
  location: optional(500),
  attachmentId: attachmentId.nullable(),
});
export type Section = z.infer<typeof sectionSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type DocumentRef = z.infer<typeof documentSchema>;

export const binderSchema = z.strictObject({
  welcomeLetter: optional(LIMITS.longText),
  sections: z.array(sectionSchema).max(LIMITS.sections),
  contacts: z.array(contactSchema).max(LIMITS.contacts),
  documents: z.array(documentSchema).max(LIMITS.documents),
});
export type Binder = z.infer<typeof binderSchema>;

export const templateContentSchema = z.strictObject({
  name: required(LIMITS.shortText),
  description: optional(LIMITS.longText),
  phases: z.array(phaseSchema).min(1, 'validation.atLeastOnePhase').max(LIMITS.phases),
  items: z.array(itemSchema).max(LIMITS.items),
  norms: normsSchema,
  binder: binderSchema,
  /** What Nivå 1–4 mean and the trainings recommended at each (issue 19); Kiruna's when left out. */
  competence: competenceTemplateSchema,
  /** When the manager holds check-ins with the new hire (issue 19); the suggestion when left out. */
  checkIns: checkInsTemplateSchema,
});
export type TemplateContent = z.infer<typeof templateContentSchema>;

/**
 * Content as stored by an earlier version, with the fields added since filled in by their
 * defaults (the schema's, for input). Stored content is not parsed again on reading (published
 * versions are immutable and read often), so the database queries pass it through this.
 */
export function withCurrentFields(stored: TemplateContent): TemplateContent {
  const reflection: Partial<ReflectionCadence> = stored.norms.reflection;
  const { competence, checkIns } = stored as Partial<TemplateContent>;
  if (reflection.place !== undefined && reflection.leaderRole !== undefined && competence && checkIns) return stored;
  return {
    ...stored,
    norms: {
      ...stored.norms,
      reflection: { ...stored.norms.reflection, place: reflection.place ?? '', leaderRole: reflection.leaderRole ?? null },
    },
    competence: competence ?? KIRUNA_LEVELS,
    checkIns: checkIns ?? SUGGESTED_CHECK_INS,
  };
}
