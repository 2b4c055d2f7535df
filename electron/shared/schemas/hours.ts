import { z } from 'zod';
import type { HoursRow, HoursSummary } from '../rules/hours';
import type { IsoDate } from '../rules/days';
import { id, isoDate, type PersonRef } from './plan';
import { personId } from './staff';
import { REFLECTION_PLACE_MAX } from './template';

export const SESSION_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time');
const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');

/** One entry is at most a long working day; 30-hour days are typing mistakes. */
export const MAX_MINUTES_PER_DAY = 12 * 60;

export const logHoursInput = z.strictObject({
  hireId: id,
  date: isoDate,
  minutes: z.number().int('validation.wholeMinutes').min(1, 'validation.positiveMinutes').max(MAX_MINUTES_PER_DAY, 'validation.dayTooLong'),
  purpose: text(500),
  personId,
});
export type LogHoursInput = z.infer<typeof logHoursInput>;

export const moveSessionInput = z.strictObject({ sessionId: id, date: isoDate, time });
export const cancelSessionInput = z.strictObject({ sessionId: id, reason: text(500).min(1, 'validation.required') });
export const holdSessionInput = z.strictObject({ sessionId: id, attendees: text(500), theme: text(500) });
const place = text(REFLECTION_PLACE_MAX);
/** Where a session is held and who leads it; the leader is a person in the staff directory. */
export const sessionPlaceInput = z.strictObject({ sessionId: id, place, leaderId: personId.nullable() });
export const addSessionInput = z.strictObject({
  hireId: id,
  date: isoDate,
  time,
  durationMinutes: z.number().int().min(15, 'validation.durationRange').max(480, 'validation.durationRange'),
  /** Left out: the programme's place and leader, as for the sessions it generates. */
  place: place.optional(),
  leaderId: personId.nullable().optional(),
});
/** Someone standing in for the introducer from one day to another (both included). */
const substitutePeriod = z.strictObject({ personId, fromDate: isoDate, toDate: isoDate, note: text(200) });
const endsAfterStart = (s: { fromDate: string; toDate: string }) => s.toDate >= s.fromDate;
const endError = { path: ['toDate'], message: 'validation.windowOrder' };
/** What the form checks before the hire is added. */
export const substituteFields = substitutePeriod.refine(endsAfterStart, endError);
export const addSubstituteInput = substitutePeriod.extend({ hireId: id }).refine(endsAfterStart, endError);
export const removeSubstituteInput = z.strictObject({ substituteId: id });

export interface SubstitutePeriod {
  id: number;
  person: PersonRef | null;
  fromDate: IsoDate;
  toDate: IsoDate;
  note: string;
}

export const introducerSlotInput = z.strictObject({ hireId: id, weekday: z.number().int().min(1).max(5), time });

export interface HourEntry {
  id: number;
  hireId: number;
  date: IsoDate;
  minutes: number;
  purpose: string;
  person: PersonRef | null;
  loggedBy: PersonRef | null;
  createdAt: string;
}

export interface HireHours {
  entries: HourEntry[];
  summary: HoursSummary;
  phases: (HoursRow & { phaseId: string })[];
  norm: { year1: number; year2: number };
  slot: { weekday: number; time: string };
  /** Who stood or stands in for the introducer, and when; their hours are in `entries` like anyone's. */
  substitutes: SubstitutePeriod[];
}

export interface ReflectionSession {
  id: number;
  hireId: number;
  date: IsoDate;
  time: string;
  durationMinutes: number;
  status: SessionStatus;
  cancelReason: string | null;
  attendees: string;
  theme: string;
  place: string;
  leader: PersonRef | null;
  extra: boolean;
}

export interface HireReflection {
  sessions: ReflectionSession[];
  /** From this day the hire belongs to the ordinary reflection group; null without a cadence. */
  ordinaryGroupFrom: IsoDate | null;
  weekday: number;
  time: string;
  /** The programme's place and this hire's leader by its leader role: what a new session gets. */
  place: string;
  leader: PersonRef | null;
}

export interface IntroducerLoad {
  introducer: PersonRef;
  hires: { id: number; name: string; normHours: number; behind: boolean }[];
  /** Sum of the weekly norms of all their active hires, this week. */
  normHours: number;
  /** Average logged per week over the last four complete weeks. */
  loggedHoursPerWeek: number;
  overloaded: boolean;
}
