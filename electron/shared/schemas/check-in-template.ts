import { z } from 'zod';

/**
 * Check-ins (uppföljningssamtal): the plan's follow-up points as short structured talks the
 * manager holds with the new hire (seed 003 ~L1517–1520, ~L2514–2518: continuous dialogue
 * catches those thinking of leaving). When they fall is the programme's; the defaults are a
 * suggestion after Kiruna's follow-ups, to be edited.
 */
const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');
const required = (max: number) => text(max).min(1, 'validation.required');
const checkpointId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'validation.contentId');

export const CHECK_IN_UNITS = ['weeks', 'months'] as const;
export type CheckInUnit = (typeof CHECK_IN_UNITS)[number];

/** One check-in of the programme: `count` weeks or months after the start. */
export const checkpointSchema = z.strictObject({
  id: checkpointId,
  label: required(100),
  unit: z.enum(CHECK_IN_UNITS),
  count: z.number().int('validation.checkInRange').min(1, 'validation.checkInRange').max(104, 'validation.checkInRange'),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

/** The suggestion: after week 1 and 4, and months 2, 4, 6 and 12. */
export const SUGGESTED_CHECK_INS: Checkpoint[] = [
  { id: 'vecka-1', label: 'Uppföljning efter vecka 1', unit: 'weeks', count: 1 },
  { id: 'vecka-4', label: 'Uppföljning efter vecka 4', unit: 'weeks', count: 4 },
  { id: 'manad-2', label: 'Uppföljning efter månad 2', unit: 'months', count: 2 },
  { id: 'manad-4', label: 'Uppföljning efter månad 4', unit: 'months', count: 4 },
  { id: 'manad-6', label: 'Uppföljning efter månad 6', unit: 'months', count: 6 },
  { id: 'manad-12', label: 'Uppföljning efter ett år', unit: 'months', count: 12 },
];

export const checkInsTemplateSchema = z
  .array(checkpointSchema)
  .max(24)
  .refine((list) => new Set(list.map((c) => c.id)).size === list.length, 'validation.sameCheckIn')
  .default(SUGGESTED_CHECK_INS);
