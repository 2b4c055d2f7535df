import { removeCheckInInput, saveCheckInInput, type CheckInView } from './schemas/check-ins';
import {
  phaseEvaluationRef,
  savePhaseEvaluationInput,
  type EvaluationSummary,
  type PhaseEvaluationView,
} from './schemas/phase-evaluations';
import {
  addMemberInput,
  endMembershipInput,
  moveToOrdinaryInput,
  planSessionsInput,
  recordAttendanceInput,
  saveGroupInput,
  saveSessionInput,
  setArchivedInput,
  type GroupDetail,
  type GroupSummary,
  type HireGroups,
} from './schemas/groups';
import { z } from 'zod';
import { personFields, personId, type Person } from './schemas/staff';
import { preferencesSchema, type Preferences } from './schemas/preferences';
import { binderSettingsInput, commonNumbersInput, exportBinderInput, type BinderSettings } from './schemas/binder';
import {
  newTemplateInput,
  saveDraftInput,
  templateId,
  versionId,
  type AttachmentMeta,
  type FileOutcome,
  type ImportOutcome,
  type TemplateDraft,
  type TemplateSummary,
  type TemplateVersion,
} from './schemas/template-api';
import {
  createHireInput,
  hireFields,
  id,
  isoDate,
  ownItemFields,
  setStatusInput,
  updateItemInput,
  type DateChange,
  type HirePlan,
  type HireSummary,
  type PlanItemView,
  type PersonRef,
  type PlanPreview,
  type WeekRow,
} from './schemas/plan';
import type { DayInfo, DayOff } from './rules/calendar';
import type { LoadCheck } from './rules/load-check';
import { backupNameInput, backupSettingsInput, type BackupStatus, type RestoreOutcome } from './schemas/backup';
import {
  addSessionInput,
  cancelSessionInput,
  holdSessionInput,
  introducerSlotInput,
  logHoursInput,
  addSubstituteInput,
  removeSubstituteInput,
  moveSessionInput,
  sessionPlaceInput,
  type HireHours,
  type HireReflection,
  type IntroducerLoad,
} from './schemas/hours';
import {
  archiveInput,
  auditExportInput,
  eraseHireInput,
  deleteErasedCopiesInput,
  type EraseOutcome,
  type ErasedCopies,
  hireHistoryInput,
  type ArchivedHire,
  type RetentionProposal,
} from './schemas/privacy';
import type { AuditEvent } from './schemas/audit';
import {
  addMappingInput,
  addTrainingInput,
  decideLevelInput,
  saveGoalsInput,
  setCoHandlerInput,
  updateTrainingInput,
  type CompetenceBudget,
  type HireCompetence,
} from './schemas/competence';
import {
  copyToBackupsInput,
  hireConflictsInput,
  joinInput,
  resolveConflictInput,
  type HireConflict,
  type SharingStatus,
} from './schemas/sharing';

import { myWorkExportInput, reminderSettingsInput, type MyWork, type OwnIntroduction, type ReminderChoice } from './schemas/my-work';
import type { OpenOtherOutcome, RecoveryOutcome, RecoveryState, RetryOutcome } from './schemas/recovery';
import type { DatabaseOrigin, DatabaseProblem } from './schemas/database';

/** Phantom marker that carries a channel's output type without a runtime schema. */
const output = <T>() => undefined as unknown as T;

const noInput = z.strictObject({});

/** The operating-system account and whom it remembers as working (a convenience, not access control). */
export interface AccountChoice {
  account: string;
  rememberedId: number | null;
  /** The new hire this account is remembered as, when it is one. */
  rememberedHireId: number | null;
}

/** A folder dialog's answer: cancelled, or the sharing it led to. */
type SharingOutcome = { chosen: false } | { chosen: true; status: SharingStatus };

export interface AppInfo {
  version: string;
  dataDirectory: string;
  databaseFile: string;
  /** True while the user tries the example database instead of their own. */
  usingExample: boolean;
  /** How the file in use was chosen: own, the example, or another file opened during recovery. */
  origin: DatabaseOrigin;
  /** Set while the user's own database cannot be opened (damaged or not an Introplan file). */
  problem: DatabaseProblem | null;
  /** False when no database is open at all: the app shows the recovery screen. */
  databaseOpen: boolean;
}

/**
 * Every IPC channel, once. Main's handler table, the preload's `window.api` and the
 * renderer's client are all derived from this object, so adding a call is one entry here
 * and a missing handler is a compile error.
 */
export const contract = {
  'app:get-info': { input: noInput, output: output<AppInfo>() },
  'app:create-example': { input: noInput, output: output<{ created: true; info: AppInfo } | { created: false }>() },
  'app:use-own-database': { input: noInput, output: output<AppInfo>() },
  'app:quit-app': { input: noInput, output: output<void>() },
  /** Closes the own database the background check found damaged; the page then shows recovery. */
  'app:show-recovery': { input: noInput, output: output<void>() },

  'recovery:get-state': { input: noInput, output: output<RecoveryState>() },
  'recovery:restore-backup': { input: backupNameInput, output: output<RecoveryOutcome>() },
  'recovery:restore-from-file': { input: noInput, output: output<RecoveryOutcome>() },
  'recovery:open-other-file': { input: noInput, output: output<OpenOtherOutcome>() },
  'recovery:retry-open': { input: noInput, output: output<RetryOutcome>() },
  'recovery:set-aside-wal': { input: noInput, output: output<RetryOutcome>() },
  'recovery:start-empty': { input: noInput, output: output<RetryOutcome>() },

  'settings:get-preferences': { input: noInput, output: output<Preferences>() },
  'settings:update-preferences': { input: preferencesSchema.partial(), output: output<Preferences>() },

  'staff:list-people': { input: noInput, output: output<Person[]>() },
  'staff:create-person': { input: personFields, output: output<Person>() },
  'staff:update-person': {
    input: z.strictObject({ id: personId, ...personFields.shape }),
    output: output<Person>(),
  },
  'staff:remove-person': { input: z.strictObject({ id: personId }), output: output<Person>() },
  'staff:restore-person': { input: z.strictObject({ id: personId }), output: output<Person>() },

  'templates:list-templates': { input: noInput, output: output<TemplateSummary[]>() },
  'templates:list-published': { input: noInput, output: output<TemplateVersion[]>() },
  'templates:get-draft': { input: z.strictObject({ templateId }), output: output<TemplateDraft>() },
  'templates:get-version': { input: z.strictObject({ versionId }), output: output<TemplateVersion>() },
  'templates:create-template': { input: newTemplateInput, output: output<TemplateDraft>() },
  'templates:save-draft': { input: saveDraftInput, output: output<TemplateDraft>() },
  'templates:publish-draft': { input: z.strictObject({ templateId }), output: output<TemplateVersion>() },
  'templates:export-version': { input: z.strictObject({ versionId }), output: output<FileOutcome>() },
  'templates:export-draft': { input: z.strictObject({ templateId }), output: output<FileOutcome>() },
  'templates:import-programme': { input: noInput, output: output<ImportOutcome>() },
  'templates:attach-document': { input: noInput, output: output<AttachmentMeta | null>() },
  /** The weeks in which the draft would ask more of a new hire than the load limit. */
  'templates:check-load': { input: z.strictObject({ templateId }), output: output<LoadCheck>() },

  'session:get-current-user': { input: noInput, output: output<Person | null>() },
  'session:set-current-user': {
    input: z.strictObject({ personId, remember: z.boolean().default(true) }),
    output: output<Person>(),
  },
  'session:get-account': { input: noInput, output: output<AccountChoice>() },
  'session:get-current-hire': { input: noInput, output: output<PersonRef | null>() },
  'session:set-current-hire': { input: z.strictObject({ hireId: id, remember: z.boolean().default(true) }), output: output<PersonRef>() },

  'hires:list-hires': { input: z.strictObject({ archived: z.boolean() }), output: output<HireSummary[]>() },
  'hires:preview-plan': { input: hireFields, output: output<PlanPreview>() },
  'hires:create-hire': { input: createHireInput, output: output<HireSummary>() },
  'hires:get-plan': { input: z.strictObject({ hireId: id }), output: output<HirePlan>() },
  'hires:update-hire': {
    input: hireFields.omit({ startDate: true, templateVersionId: true }).extend({ hireId: id }),
    output: output<HireSummary>(),
  },
  'hires:preview-start-date': { input: z.strictObject({ hireId: id, startDate: isoDate }), output: output<DateChange[]>() },
  'hires:change-start-date': { input: z.strictObject({ hireId: id, startDate: isoDate }), output: output<HireSummary>() },
  'hires:set-finished': { input: z.strictObject({ hireId: id, finished: z.boolean() }), output: output<HireSummary>() },

  'plans:set-item-status': { input: setStatusInput, output: output<PlanItemView>() },
  'plans:update-item': { input: updateItemInput, output: output<PlanItemView>() },
  'plans:add-item': { input: z.strictObject({ hireId: id, item: ownItemFields }), output: output<PlanItemView>() },
  'plans:get-schedule': { input: z.strictObject({ hireId: id }), output: output<WeekRow[]>() },

  'settings:list-days-off': { input: noInput, output: output<DayOff[]>() },
  'settings:save-day-off': {
    input: z.strictObject({ date: isoDate, label: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong') }),
    output: output<DayOff[]>(),
  },
  'settings:remove-day-off': { input: z.strictObject({ date: isoDate }), output: output<DayOff[]>() },

  'checkins:get-check-ins': { input: z.strictObject({ hireId: id }), output: output<CheckInView[]>() },
  'checkins:save-check-in': { input: saveCheckInInput, output: output<CheckInView[]>() },
  'checkins:remove-check-in': { input: removeCheckInInput, output: output<CheckInView[]>() },
  'evaluations:get-phase-evaluations': { input: z.strictObject({ hireId: id }), output: output<PhaseEvaluationView[]>() },
  'evaluations:save-phase-evaluation': { input: savePhaseEvaluationInput, output: output<PhaseEvaluationView[]>() },
  'evaluations:remove-phase-evaluation': { input: z.strictObject({ evaluationId: id }), output: output<PhaseEvaluationView[]>() },
  'evaluations:print-form': { input: phaseEvaluationRef, output: output<FileOutcome>() },
  'evaluations:get-summary': { input: z.strictObject({ templateId }), output: output<EvaluationSummary>() },
  'groups:list-groups': { input: noInput, output: output<GroupSummary[]>() },
  'groups:get-group': { input: z.strictObject({ groupId: id }), output: output<GroupDetail>() },
  /** The hire's groups and how their reflection cadence was met, for the hire page. */
  'groups:get-hire': { input: z.strictObject({ hireId: id }), output: output<HireGroups>() },
  'groups:save-group': { input: saveGroupInput, output: output<GroupDetail>() },
  'groups:set-archived': { input: setArchivedInput, output: output<GroupDetail>() },
  'groups:add-member': { input: addMemberInput, output: output<GroupDetail>() },
  'groups:end-membership': { input: endMembershipInput, output: output<GroupDetail>() },
  /** Ends the hire's membership the day before `fromDate` and adds them to the ordinary group from it. */
  'groups:move-to-ordinary': { input: moveToOrdinaryInput, output: output<GroupDetail>() },
  'groups:plan-sessions': { input: planSessionsInput, output: output<GroupDetail>() },
  'groups:save-session': { input: saveSessionInput, output: output<GroupDetail>() },
  'groups:record-attendance': { input: recordAttendanceInput, output: output<GroupDetail>() },
  'groups:export-ics': { input: z.strictObject({ groupId: id }), output: output<FileOutcome>() },
  'groups:attendance-pdf': { input: z.strictObject({ groupId: id }), output: output<FileOutcome>() },
  'hours:get-hours': { input: z.strictObject({ hireId: id }), output: output<HireHours>() },
  'hours:log-hours': { input: logHoursInput, output: output<HireHours>() },
  'hours:remove-hours': { input: z.strictObject({ entryId: id }), output: output<HireHours>() },
  'hours:set-introducer-slot': { input: introducerSlotInput, output: output<HireHours>() },
  'hours:add-substitute': { input: addSubstituteInput, output: output<HireHours>() },
  'hours:remove-substitute': { input: removeSubstituteInput, output: output<HireHours>() },
  'hours:introducer-load': { input: noInput, output: output<IntroducerLoad[]>() },

  'competence:get-plan': { input: z.strictObject({ hireId: id }), output: output<HireCompetence>() },
  'competence:get-budget': { input: noInput, output: output<CompetenceBudget>() },
  'competence:export-pdf': { input: z.strictObject({ hireId: id }), output: output<FileOutcome>() },
  'competence:save-goals': { input: saveGoalsInput, output: output<HireCompetence>() },
  'competence:set-co-handler': { input: setCoHandlerInput, output: output<HireCompetence>() },
  'competence:add-mapping': { input: addMappingInput, output: output<HireCompetence>() },
  'competence:remove-mapping': { input: z.strictObject({ mappingId: id }), output: output<HireCompetence>() },
  'competence:decide-level': { input: decideLevelInput, output: output<HireCompetence>() },
  'competence:add-training': { input: addTrainingInput, output: output<HireCompetence>() },
  'competence:add-recommended': { input: z.strictObject({ hireId: id }), output: output<HireCompetence>() },
  'competence:update-training': { input: updateTrainingInput, output: output<HireCompetence>() },
  'competence:remove-training': { input: z.strictObject({ trainingId: id }), output: output<HireCompetence>() },

  'reflection:get-sessions': { input: z.strictObject({ hireId: id }), output: output<HireReflection>() },
  'reflection:move-session': { input: moveSessionInput, output: output<HireReflection>() },
  'reflection:cancel-session': { input: cancelSessionInput, output: output<HireReflection>() },
  'reflection:mark-held': { input: holdSessionInput, output: output<HireReflection>() },
  'reflection:reopen-session': { input: z.strictObject({ sessionId: id }), output: output<HireReflection>() },
  'reflection:set-place': { input: sessionPlaceInput, output: output<HireReflection>() },
  'reflection:add-session': { input: addSessionInput, output: output<HireReflection>() },

  'calendar:export-hire': { input: z.strictObject({ hireId: id }), output: output<FileOutcome>() },
  'calendar:export-all': { input: noInput, output: output<FileOutcome>() },
  /** Whether a date is a day off and which working day comes first from it, for the date fields' warnings. */
  'calendar:day-info': { input: z.strictObject({ date: isoDate }), output: output<DayInfo>() },

  'binder:export-pdf': { input: exportBinderInput, output: output<FileOutcome>() },
  'binder:open-exported': { input: noInput, output: output<void>() },
  /** Stops the binder being made now; its export then answers "not saved". */
  'binder:cancel-export': { input: noInput, output: output<void>() },
  'settings:get-binder-settings': { input: noInput, output: output<BinderSettings>() },
  'settings:update-binder-settings': { input: binderSettingsInput, output: output<BinderSettings>() },
  /** Replaces the municipality-wide numbers (växel, socialjour …) printed in every binder. */
  'settings:update-common-numbers': { input: commonNumbersInput, output: output<BinderSettings>() },
  'settings:choose-logo': { input: noInput, output: output<BinderSettings>() },
  'settings:remove-logo': { input: noInput, output: output<BinderSettings>() },

  'tasks:get-mine': { input: noInput, output: output<MyWork>() },
  'tasks:get-introduction': { input: noInput, output: output<OwnIntroduction>() },
  'tasks:export-pdf': { input: myWorkExportInput, output: output<FileOutcome>() },
  'tasks:export-ics': { input: myWorkExportInput, output: output<FileOutcome>() },
  'tasks:get-reminders': { input: noInput, output: output<ReminderChoice>() },
  'tasks:set-reminders': { input: reminderSettingsInput, output: output<ReminderChoice>() },
  'sharing:get-status': { input: noInput, output: output<SharingStatus>() },
  'sharing:check-now': { input: noInput, output: output<SharingStatus>() },
  'sharing:create-folder': { input: noInput, output: output<SharingOutcome>() },
  'sharing:join-folder': { input: joinInput, output: output<SharingOutcome>() },
  'sharing:leave-folder': { input: noInput, output: output<SharingStatus>() },
  'sharing:set-copy-to-backups': { input: copyToBackupsInput, output: output<SharingStatus>() },
  'sharing:hire-conflicts': { input: hireConflictsInput, output: output<HireConflict[]>() },
  'sharing:resolve-conflict': { input: resolveConflictInput, output: output<HireConflict[]>() },
  'backup:list-erased-copies': { input: noInput, output: output<ErasedCopies>() },
  'backup:delete-erased-copies': { input: deleteErasedCopiesInput, output: output<ErasedCopies>() },
  'backup:get-status': { input: noInput, output: output<BackupStatus>() },
  'backup:create-now': { input: noInput, output: output<BackupStatus>() },
  'backup:save-as': { input: noInput, output: output<FileOutcome>() },
  'backup:choose-folder': { input: noInput, output: output<BackupStatus>() },
  'backup:reset-folder': { input: noInput, output: output<BackupStatus>() },
  'backup:update-settings': { input: backupSettingsInput, output: output<BackupStatus>() },
  'backup:restore-backup': { input: backupNameInput, output: output<RestoreOutcome>() },
  'backup:restore-from-file': { input: noInput, output: output<RestoreOutcome>() },

  'audit:hire-history': { input: hireHistoryInput, output: output<AuditEvent[]>() },
  'audit:export-trail': { input: auditExportInput, output: output<FileOutcome>() },

  'privacy:export-hire': { input: z.strictObject({ hireId: id }), output: output<FileOutcome>() },
  'privacy:set-archived': { input: archiveInput, output: output<HireSummary>() },
  'privacy:list-archived': { input: noInput, output: output<ArchivedHire[]>() },
  'privacy:retention-proposal': { input: noInput, output: output<RetentionProposal>() },
  'privacy:erase-hire': { input: eraseHireInput, output: output<EraseOutcome>() },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = Contract[C]['output'];

export const channels = Object.keys(contract) as Channel[];
