import { z } from 'zod';
import type { IsoDate } from '../rules/days';
import type { WorkGroup } from '../rules/my-work';
import type { CheckInStatus } from './check-ins';
import type { PhaseEvaluationView } from './phase-evaluations';
import type { HirePlan, ItemStatus, PersonRef } from './plan';
import type { Responsible } from './template';

/** One checklist item of someone's own list, with the hire it belongs to. */
export interface MyTask {
  itemId: number;
  hireId: number;
  hireName: string;
  title: string;
  startDate: IsoDate;
  dueDate: IsoDate;
  expectedMinutes: number;
  status: ItemStatus;
  responsible: Responsible;
  group: WorkGroup;
}

/** A reflection session in the coming two weeks that the person leads or takes part in. */
export interface MySession {
  sessionId: number;
  hireId: number;
  hireName: string;
  date: IsoDate;
  time: string;
  place: string;
  leads: boolean;
}

/** A planned meeting of a group (reflection, yrkeshandledning) the person leads or belongs to that day. */
export interface MyGroupSession {
  sessionId: number;
  groupId: number;
  groupName: string;
  date: IsoDate;
  time: string;
  place: string;
  leads: boolean;
}

/** A hire whose introducer has logged less than the norm for last week. */
export interface HoursDue {
  hireId: number;
  hireName: string;
  week: number;
  /** The day the usual introducer time fell on last week: what the prefilled form proposes. */
  date: IsoDate;
  expectedMinutes: number;
  loggedMinutes: number;
}

export interface MyCheckIn {
  hireId: number;
  hireName: string;
  label: string;
  dueDate: IsoDate;
  late: boolean;
}

export interface MyWork {
  person: PersonRef;
  today: IsoDate;
  /** Open items whose responsible resolves to the person, soonest due first. */
  tasks: MyTask[];
  /** Done items on hires the person manages that wait for a follow-up. */
  notFollowedUp: MyTask[];
  sessions: MySession[];
  /** Group meetings of the coming two weeks; no hire's, so a list filtered by hire leaves them out. */
  groupSessions: MyGroupSession[];
  hoursDue: HoursDue[];
  /** Check-ins late or due within two weeks, on hires the person manages. */
  checkIns: MyCheckIn[];
  /** What a reminder is about: items late, and items due today. */
  counts: { late: number; dueToday: number };
}

export const myWorkExportInput = z.strictObject({ hireId: z.number().int().positive().nullable() });

export const reminderSettingsSchema = z.strictObject({
  enabled: z.boolean(),
  /** hh:mm, Swedish time: when the day's reminder comes. */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'myWork.reminders.timeInvalid'),
  onlyLate: z.boolean(),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;
/** The settings with the login item, which is the operating-system account's, not Introplan's. */
export const reminderSettingsInput = reminderSettingsSchema.extend({ openAtLogin: z.boolean() });
export type ReminderChoice = z.infer<typeof reminderSettingsInput>;

export const defaultReminderSettings: ReminderSettings = { enabled: true, time: '08:00', onlyLate: false };

/** The new hire's own page (Min introduktion). */
export interface OwnIntroduction {
  plan: HirePlan;
  contacts: { role: 'manager' | 'introducer' | 'substitute' | 'coordinator'; name: string; phone: string; email: string }[];
  sessions: { date: IsoDate; time: string; place: string }[];
  documents: { title: string; location: string }[];
  /** The talks with the manager: when, and whether held (what was said is on the manager's side). */
  checkIns: { label: string; dueDate: IsoDate; status: CheckInStatus }[];
  /** Their phase evaluations to answer (or answered). */
  evaluations: PhaseEvaluationView[];
}
