import { sql } from 'drizzle-orm';
import { blob, check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Responsible, TemplateContent } from '../electron/shared/schemas/template';
import type { ItemStatus } from '../electron/shared/schemas/plan';
import type { SessionStatus } from '../electron/shared/schemas/hours';
import type { StaffRole } from '../electron/shared/schemas/staff';
import type { TrainingStatus } from '../electron/shared/schemas/competence';

/**
 * The row's id on every desk that shares the unit's data (issue 17); the integer ids are per file.
 * Set by a trigger on insert (migration 0008), so no insert can leave it out.
 */
const globalId = { globalId: text('global_id') };

const timestamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

/** The staff directory. A removed person keeps their row so history can still name them. */
export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    title: text('title').notNull().default(''),
    team: text('team').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    roles: text('roles', { mode: 'json' })
      .$type<StaffRole[]>()
      .notNull()
      .default(sql`'[]'`),
    removedAt: text('removed_at'),
    ...globalId,
    ...timestamps,
  },
  (t) => [uniqueIndex('people_global_id').on(t.globalId)],
);

/** Per-installation preferences as key/JSON-value pairs. */
export const preferences = sqliteTable('preferences', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
});

/** A programme template; its content lives in versions (one editable draft, numbered published ones). */
export const templates = sqliteTable('templates', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Stable across export/import between municipalities. */
  uid: text('uid').notNull().unique(),
  name: text('name').notNull(),
  ...timestamps,
});

/**
 * `number` is null for the draft and 1, 2, 3… for published versions. Published rows are
 * immutable (enforced by triggers in the migration), so a plan always knows what it was made from.
 */
export const templateVersions = sqliteTable(
  'template_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    templateId: integer('template_id')
      .notNull()
      .references(() => templates.id),
    number: integer('number'),
    content: text('content', { mode: 'json' }).$type<TemplateContent>().notNull(),
    publishedAt: text('published_at'),
    publishedBy: integer('published_by').references(() => people.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('template_versions_number').on(t.templateId, t.number),
    uniqueIndex('template_versions_one_draft')
      .on(t.templateId)
      .where(sql`number IS NULL`),
  ],
);

/** Files attached to binder documents, content-addressed by SHA-256. */
export const attachments = sqliteTable('attachments', {
  id: text('id').primaryKey(),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  size: integer('size').notNull(),
  data: blob('data', { mode: 'buffer' }).notNull(),
  createdAt: text('created_at').notNull(),
});

/** A new employee and their introduction; the plan belongs to one published template version. */
export const hires = sqliteTable(
  'hires',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    title: text('title').notNull().default(''),
    team: text('team').notNull().default(''),
    startDate: text('start_date').notNull(),
    managerId: integer('manager_id').references(() => people.id),
    introducerId: integer('introducer_id').references(() => people.id),
    /** The hire's samordnare; without one the unit's (the directory's first coordinator) stands in. */
    coordinatorId: integer('coordinator_id').references(() => people.id),
    newlyGraduated: integer('newly_graduated', { mode: 'boolean' }).notNull(),
    templateVersionId: integer('template_version_id')
      .notNull()
      .references(() => templateVersions.id),
    finishedAt: text('finished_at'),
    /** A finished plan put away: read-only, out of the lists, and counted for the retention rule. */
    archivedAt: text('archived_at'),
    archivedBy: integer('archived_by').references(() => people.id),
    /** When the weekly introducer time is booked (ISO weekday 1–5 and hh:mm), for the calendar. */
    introducerWeekday: integer('introducer_weekday').notNull().default(2),
    introducerTime: text('introducer_time').notNull().default('09:00'),
    createdBy: integer('created_by').references(() => people.id),
    ...globalId,
    ...timestamps,
  },
  (t) => [uniqueIndex('hires_global_id').on(t.globalId)],
);

/** One checklist item of one hire's plan; a copy of the template item, so later template edits never reach it. */
export const planItems = sqliteTable(
  'plan_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    hireId: integer('hire_id')
      .notNull()
      .references(() => hires.id),
    /** The template item it came from; null for the hire's own items (individuell planering). */
    templateItemId: text('template_item_id'),
    phaseId: text('phase_id').notNull(),
    title: text('title').notNull(),
    instructions: text('instructions').notNull().default(''),
    category: text('category').notNull(),
    expectedMinutes: integer('expected_minutes').notNull(),
    responsible: text('responsible', { mode: 'json' }).$type<Responsible>().notNull(),
    required: integer('required', { mode: 'boolean' }).notNull(),
    startDate: text('start_date').notNull(),
    dueDate: text('due_date').notNull(),
    /** Dates set by hand (and the hire's own items) are kept when the start date changes; others follow the template window. */
    datesEdited: integer('dates_edited', { mode: 'boolean' }).notNull().default(false),
    status: text('status').$type<ItemStatus>().notNull(),
    notApplicableReason: text('not_applicable_reason'),
    doneAt: text('done_at'),
    doneBy: integer('done_by').references(() => people.id),
    followedUpAt: text('followed_up_at'),
    followedUpBy: integer('followed_up_by').references(() => people.id),
    note: text('note').notNull().default(''),
    position: integer('position').notNull(),
    ...globalId,
    ...timestamps,
  },
  (t) => [
    index('plan_items_hire').on(t.hireId, t.position),
    // Covers the overview's per-phase counts (summaries), so they never read the item rows.
    index('plan_items_progress').on(t.hireId, t.phaseId, t.status, t.dueDate),
    uniqueIndex('plan_items_global_id').on(t.globalId),
  ],
);

/**
 * The audit trail: who (the person picked in the app), what (entity, id and action) and when.
 * `hireId` has no foreign key on purpose: the event outlives an erased hire. `detail` holds ids,
 * counts, dates and field names only, never free text or names.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    personId: integer('person_id').references(() => people.id),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    hireId: integer('hire_id'),
    action: text('action').notNull(),
    detail: text('detail', { mode: 'json' })
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'`),
  },
  (t) => [index('audit_log_hire').on(t.hireId, t.id), index('audit_log_at').on(t.at)],
);

/** The municipality's own days off (summer closure, planning days) on top of public holidays. */
export const extraDaysOff = sqliteTable('extra_days_off', {
  date: text('date').primaryKey(),
  label: text('label').notNull(),
});

/** Time the introducer spent with the hire. */
export const introducerHours = sqliteTable(
  'introducer_hours',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    hireId: integer('hire_id')
      .notNull()
      .references(() => hires.id),
    date: text('date').notNull(),
    minutes: integer('minutes').notNull(),
    purpose: text('purpose').notNull().default(''),
    /** Who gave the time (usually the introducer). */
    personId: integer('person_id').references(() => people.id),
    loggedBy: integer('logged_by').references(() => people.id),
    createdAt: text('created_at').notNull(),
    ...globalId,
  },
  (t) => [index('introducer_hours_hire').on(t.hireId, t.date), uniqueIndex('introducer_hours_global_id').on(t.globalId)],
);

/** A reflection session of one hire; generated from the cadence or added by hand. */
export const reflectionSessions = sqliteTable(
  'reflection_sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    hireId: integer('hire_id')
      .notNull()
      .references(() => hires.id),
    /** Stable across exports so a calendar re-import updates the event instead of duplicating it. */
    uid: text('uid').notNull().unique(),
    date: text('date').notNull(),
    time: text('time').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    status: text('status').$type<SessionStatus>().notNull(),
    cancelReason: text('cancel_reason'),
    attendees: text('attendees').notNull().default(''),
    theme: text('theme').notNull().default(''),
    /** Where it is held (free text, the LOCATION of the calendar event); from the programme's cadence unless changed. */
    place: text('place').notNull().default(''),
    /** Who leads it (the calendar's ORGANIZER when they have an e-mail address); from the cadence's leader role. */
    leaderId: integer('leader_id').references(() => people.id),
    /** Added by hand rather than from the cadence. */
    extra: integer('extra', { mode: 'boolean' }).notNull().default(false),
    /** Moved, held or cancelled by hand: a new start date leaves it alone. */
    edited: integer('edited', { mode: 'boolean' }).notNull().default(false),
    /** iCalendar SEQUENCE: goes up with every change so calendars take the newest. */
    sequence: integer('sequence').notNull().default(0),
    ...timestamps,
  },
  (t) => [index('reflection_sessions_hire').on(t.hireId, t.date)],
);

/**
 * A hire's competence plan (kompetensutvecklingsplan, seed 003 ~L2940): the goals and, while the
 * hire is at Nivå 1, who handles their cases with them (the co-handler). One row per hire, made
 * when the manager first writes in it.
 */
export const competencePlans = sqliteTable(
  'competence_plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    hireId: integer('hire_id')
      .notNull()
      .unique()
      .references(() => hires.id),
    shortGoals: text('short_goals').notNull().default(''),
    longGoals: text('long_goals').notNull().default(''),
    coHandlerId: integer('co_handler_id').references(() => people.id),
    ...globalId,
    ...timestamps,
  },
  (t) => [uniqueIndex('competence_plans_global_id').on(t.globalId)],
);

/** Earlier training and experience, mapped by the manager in dialogue with the hire. */
export const competenceMappings = sqliteTable(
  'competence_mappings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    hireId: integer('hire_id')
      .notNull()
      .references(() => hires.id),
    course: text('course').notNull(),
    year: integer('year'),
    place: text('place').notNull().default(''),
    /** A certificate or other evidence has been shown. */
    evidence: integer('evidence', { mode: 'boolean' }).notNull().default(false),
    ...globalId,
    ...timestamps,
  },
  (t) => [index('competence_mappings_hire').on(t.hireId), uniqueIndex('competence_mappings_global_id').on(t.globalId)],
);

/** Each decision on a hire's competence level (Nivå 1–4): the latest is the level now, the rest its history. */
export const competenceLevels = sqliteTable(
  'competence_levels',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    hireId: integer('hire_id')
      .notNull()
      .references(() => hires.id),
    level: integer('level').notNull(),
    decidedOn: text('decided_on').notNull(),
    decidedBy: integer('decided_by').references(() => people.id),
    note: text('note').notNull().default(''),
    ...globalId,
    ...timestamps,
  },
  (t) => [index('competence_levels_hire').on(t.hireId, t.decidedOn), uniqueIndex('competence_levels_global_id').on(t.globalId)],
);

/** A training planned for a hire: from the programme's list for their level, or added by hand. */
export const competenceTrainings = sqliteTable(
  'competence_trainings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    hireId: integer('hire_id')
      .notNull()
      .references(() => hires.id),
    name: text('name').notNull(),
    provider: text('provider').notNull().default(''),
    /** A day (YYYY-MM-DD) or a term as written ("VT 2027"). */
    planned: text('planned').notNull().default(''),
    /** The budget year it is counted in. */
    year: integer('year').notNull(),
    costKr: integer('cost_kr').notNull().default(0),
    status: text('status').$type<TrainingStatus>().notNull(),
    ...globalId,
    ...timestamps,
  },
  (t) => [index('competence_trainings_year').on(t.year, t.hireId), uniqueIndex('competence_trainings_global_id').on(t.globalId)],
);

/** Someone standing in for the introducer over a period (absence); their hours count for the hire. */
export const substituteIntroducers = sqliteTable(
  'substitute_introducers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    hireId: integer('hire_id')
      .notNull()
      .references(() => hires.id),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date').notNull(),
    note: text('note').notNull().default(''),
    createdBy: integer('created_by').references(() => people.id),
    ...globalId,
    ...timestamps,
  },
  (t) => [index('substitute_introducers_hire').on(t.hireId, t.fromDate), uniqueIndex('substitute_introducers_global_id').on(t.globalId)],
);

/** A check-in held with the hire at one of the programme's checkpoints (check-in-template.ts). */
export const checkIns = sqliteTable(
  'check_ins',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    hireId: integer('hire_id')
      .notNull()
      .references(() => hires.id),
    /** The programme's checkpoint id ("vecka-1"); the label and the date come from the programme. */
    checkpointId: text('checkpoint_id').notNull(),
    heldOn: text('held_on').notNull(),
    workload: integer('workload').notNull(),
    support: integer('support').notNull(),
    works: text('works').notNull().default(''),
    change: text('change').notNull().default(''),
    /** The agreed actions as a JSON list of strings. */
    actions: text('actions', { mode: 'json' }).$type<string[]>().notNull(),
    heldBy: integer('held_by').references(() => people.id),
    ...globalId,
    ...timestamps,
  },
  (t) => [uniqueIndex('check_ins_checkpoint').on(t.hireId, t.checkpointId), uniqueIndex('check_ins_global_id').on(t.globalId)],
);

/**
 * The new hire's own evaluation of one phase of their introduction (the questions are fixed, in
 * schemas/phase-evaluations.ts, so that answers compare across hires and programme versions).
 */
export const phaseEvaluations = sqliteTable(
  'phase_evaluations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    hireId: integer('hire_id')
      .notNull()
      .references(() => hires.id),
    /** The programme's phase id; with the version it is what the improvement view groups by. */
    phaseId: text('phase_id').notNull(),
    templateVersionId: integer('template_version_id')
      .notNull()
      .references(() => templateVersions.id),
    answeredOn: text('answered_on').notNull(),
    /** 'app' when the hire answered in the app, 'paper' when typed in from the printed form. */
    source: text('source', { enum: ['app', 'paper'] }).notNull(),
    /** The fixed 1–5 answers by question id, as JSON. */
    scores: text('scores', { mode: 'json' }).$type<Record<string, number>>().notNull(),
    good: text('good').notNull().default(''),
    improve: text('improve').notNull().default(''),
    enteredBy: integer('entered_by').references(() => people.id),
    ...globalId,
    ...timestamps,
  },
  (t) => [uniqueIndex('phase_evaluations_phase').on(t.hireId, t.phaseId), uniqueIndex('phase_evaluations_global_id').on(t.globalId)],
);

/**
 * A group the unit runs (issue 19, part 3): the reflection group for new hires (seed 003 ~L2930–2938)
 * or a yrkeshandledning group with an external or experienced supervisor (seed 002 ~L302: 6–8
 * people, about 10 meetings a year). The unit's, not one hire's: shared between desks as its own
 * document.
 */
export const groups = sqliteTable(
  'groups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['reflection', 'supervision'] }).notNull(),
    name: text('name').notNull(),
    /** The leader from the staff directory, or null with `leaderName` for an external supervisor. */
    leaderId: integer('leader_id').references(() => people.id),
    leaderName: text('leader_name').notNull().default(''),
    place: text('place').notNull().default(''),
    /** ISO weekday 1–5 and 'HH:MM' of the regular meeting. */
    weekday: integer('weekday').notNull(),
    time: text('time').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    maxMembers: integer('max_members').notNull(),
    meetingsPerYear: integer('meetings_per_year').notNull(),
    archivedAt: text('archived_at'),
    ...globalId,
    ...timestamps,
  },
  (t) => [uniqueIndex('groups_global_id').on(t.globalId)],
);

/** A member of a group for a period: a new hire or someone in the staff directory (exactly one of the two). */
export const groupMembers = sqliteTable(
  'group_members',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    groupId: integer('group_id')
      .notNull()
      .references(() => groups.id),
    hireId: integer('hire_id').references(() => hires.id),
    personId: integer('person_id').references(() => people.id),
    fromDate: text('from_date').notNull(),
    /** The last day of the membership; null while it lasts. */
    toDate: text('to_date'),
    ...globalId,
    ...timestamps,
  },
  (t) => [
    index('group_members_group').on(t.groupId),
    index('group_members_hire').on(t.hireId),
    uniqueIndex('group_members_global_id').on(t.globalId),
    check('group_members_one_kind', sql`(${t.hireId} IS NULL) <> (${t.personId} IS NULL)`),
  ],
);

/** A meeting of a group; planned from the regular time or added by hand. */
export const groupSessions = sqliteTable(
  'group_sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    groupId: integer('group_id')
      .notNull()
      .references(() => groups.id),
    /** Stable across exports so a calendar re-import updates the event instead of duplicating it. */
    uid: text('uid').notNull(),
    date: text('date').notNull(),
    time: text('time').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    place: text('place').notNull().default(''),
    theme: text('theme').notNull().default(''),
    status: text('status').$type<SessionStatus>().notNull(),
    cancelReason: text('cancel_reason'),
    /** iCalendar SEQUENCE: goes up with every change so calendars take the newest. */
    sequence: integer('sequence').notNull().default(0),
    ...globalId,
    ...timestamps,
  },
  (t) => [
    index('group_sessions_group').on(t.groupId, t.date),
    uniqueIndex('group_sessions_uid').on(t.uid),
    uniqueIndex('group_sessions_global_id').on(t.globalId),
  ],
);

/** Who was there: one row per member and session once attendance is recorded. */
export const groupAttendance = sqliteTable(
  'group_attendance',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: integer('session_id')
      .notNull()
      .references(() => groupSessions.id),
    memberId: integer('member_id')
      .notNull()
      .references(() => groupMembers.id),
    present: integer('present', { mode: 'boolean' }).notNull(),
    ...globalId,
    ...timestamps,
  },
  (t) => [
    uniqueIndex('group_attendance_session_member').on(t.sessionId, t.memberId),
    uniqueIndex('group_attendance_global_id').on(t.globalId),
  ],
);
