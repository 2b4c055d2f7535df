import { z } from 'zod';
import type { IsoDate } from '../rules/days';
import { id, isoDate, type PersonRef } from './plan';
import { contentId } from './template';

/** A check-in as the manager fills it in with the new hire; when they fall is in check-in-template.ts. */
const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');
const required = (max: number) => text(max).min(1, 'validation.required');

/** How it feels, 1 (very low / very little) to 5 (very high / very much). */
const score = z.number().int('validation.scale').min(1, 'validation.scale').max(5, 'validation.scale');

export const CHECK_IN_TEXT_MAX = 2000;
export const checkInFields = z.strictObject({
  heldOn: isoDate,
  workload: score,
  support: score,
  works: text(CHECK_IN_TEXT_MAX),
  change: text(CHECK_IN_TEXT_MAX),
  /** What the two agreed; with `toPlan` each becomes an own item of the plan. */
  actions: z.array(required(200)).max(10),
  toPlan: z.boolean(),
});
export type CheckInFields = z.infer<typeof checkInFields>;
export const saveCheckInInput = checkInFields.extend({ hireId: id, checkpointId: contentId });
export const removeCheckInInput = z.strictObject({ checkInId: id });

export type CheckInStatus = 'held' | 'late' | 'due' | 'upcoming';

export interface CheckInRecord {
  id: number;
  heldOn: IsoDate;
  workload: number;
  support: number;
  works: string;
  change: string;
  actions: string[];
  heldBy: PersonRef | null;
}

export interface CheckInView {
  checkpointId: string;
  label: string;
  dueDate: IsoDate;
  status: CheckInStatus;
  record: CheckInRecord | null;
}
