import { z } from 'zod';
import type { CadenceSlot } from '../rules/groups';
import type { IsoDate } from '../rules/days';
import type { SessionStatus } from './hours';
import { id, isoDate, type PersonRef } from './plan';
import { personId } from './staff';

/** Reflection groups and yrkeshandledning groups (issue 19, part 3); the rules are in rules/groups.ts. */
export const GROUP_KINDS = ['reflection', 'supervision'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time');
const duration = z.number().int('validation.durationRange').min(15, 'validation.durationRange').max(480, 'validation.durationRange');

export const GROUP_NAME_MAX = 120;
export const GROUP_PLACE_MAX = 200;

export const groupFields = z
  .strictObject({
    kind: z.enum(GROUP_KINDS),
    name: text(GROUP_NAME_MAX).min(1, 'validation.required'),
    /** Someone in the staff directory, or null with `leaderName` for an external supervisor. */
    leaderId: personId.nullable(),
    leaderName: text(GROUP_NAME_MAX),
    place: text(GROUP_PLACE_MAX),
    weekday: z.number().int().min(1, 'validation.weekday').max(5, 'validation.weekday'),
    time,
    durationMinutes: duration,
    maxMembers: z.number().int('validation.groupSize').min(2, 'validation.groupSize').max(40, 'validation.groupSize'),
    meetingsPerYear: z
      .number()
      .int('validation.meetingsPerYear')
      .min(1, 'validation.meetingsPerYear')
      .max(52, 'validation.meetingsPerYear'),
  })
  .refine((g) => g.leaderId !== null || g.leaderName !== '', { path: ['leaderId'], message: 'validation.groupLeader' });
export type GroupFields = z.infer<typeof groupFields>;

export const saveGroupInput = z.strictObject({ groupId: id.nullable(), group: groupFields });
export const setArchivedInput = z.strictObject({ groupId: id, archived: z.boolean() });

/** A member is a new hire or someone in the staff directory, exactly one. */
export const addMemberInput = z
  .strictObject({ groupId: id, hireId: id.nullable(), personId: personId.nullable(), fromDate: isoDate })
  .refine((m) => (m.hireId === null) !== (m.personId === null), { path: ['hireId'], message: 'validation.oneMember' });
export const endMembershipInput = z.strictObject({ memberId: id, toDate: isoDate });
/** The month-12 move: out of the new hires' group the day before `fromDate`, into `toGroupId` from it. */
export const moveToOrdinaryInput = z.strictObject({ memberId: id, toGroupId: id, fromDate: isoDate.optional() });
export const planSessionsInput = z.strictObject({
  groupId: id,
  from: isoDate,
  count: z.number().int('validation.sessionCount').min(1, 'validation.sessionCount').max(24, 'validation.sessionCount'),
});
export const sessionFields = z
  .strictObject({
    date: isoDate,
    time,
    durationMinutes: duration,
    place: text(GROUP_PLACE_MAX),
    theme: text(500),
    status: z.enum(['planned', 'held', 'cancelled']),
    cancelReason: text(500).nullable(),
  })
  .refine((s) => s.status !== 'cancelled' || (s.cancelReason ?? '') !== '', { path: ['cancelReason'], message: 'validation.required' });
/** `sessionId` null adds a session by hand. */
export const saveSessionInput = z.strictObject({ groupId: id, sessionId: id.nullable(), session: sessionFields });
export const recordAttendanceInput = z.strictObject({
  sessionId: id,
  attendance: z.array(z.strictObject({ memberId: id, present: z.boolean() })).max(60),
});

export interface GroupMemberView {
  id: number;
  /** A new hire; null for staff. */
  hire: { id: number; name: string; archived: boolean } | null;
  person: PersonRef | null;
  name: string;
  fromDate: IsoDate;
  toDate: IsoDate | null;
  /** A member today. */
  active: boolean;
  /** A hire in a reflection group: the day they move to the ordinary reflection group. */
  ordinaryFrom: IsoDate | null;
}

export interface GroupSessionView {
  id: number;
  date: IsoDate;
  time: string;
  durationMinutes: number;
  place: string;
  theme: string;
  status: SessionStatus;
  cancelReason: string | null;
  /** Recorded attendance by member id; a member without a row was not recorded. */
  attendance: { memberId: number; present: boolean }[];
}

export interface GroupSummary extends Omit<GroupFields, 'leaderId'> {
  id: number;
  leader: PersonRef | null;
  archived: boolean;
  /** Members today. */
  memberCount: number;
  nextSession: IsoDate | null;
}

export interface GroupDetail extends GroupSummary {
  /** Main's today, which decides who is a member now and which meetings have been. */
  today: IsoDate;
  members: GroupMemberView[];
  sessions: GroupSessionView[];
}

export interface HireMembership {
  memberId: number;
  groupId: number;
  groupName: string;
  kind: GroupKind;
  fromDate: IsoDate;
  toDate: IsoDate | null;
  active: boolean;
}

/** A hire's groups and how their reflection cadence was met, for the hire page. */
export interface HireGroups {
  memberships: HireMembership[];
  cadence: CadenceSlot[];
  ordinaryFrom: IsoDate | null;
  /** Reflection groups a hire can move to at month 12 (open, not the one they are in). */
  reflectionGroups: { id: number; name: string }[];
}
