import { z } from 'zod';
import { id, type ItemStatus } from './plan';

/** off: not shared; ok: the folder was reached at the last look; away: it could not be; example: the example database is open. */
export const SHARING_STATES = ['off', 'ok', 'away', 'example'] as const;

export const sharingStatusSchema = z.strictObject({
  state: z.enum(SHARING_STATES),
  /** Shown to the user; chosen in main's folder dialog only, never sent from the page. */
  folder: z.string().max(4000).nullable(),
  /** What other desks call this computer in a conflict. */
  label: z.string().max(200),
  lastReachedAt: z.string().max(40).nullable(),
  /** Documents with changes of this desk's not yet in the folder. */
  waiting: z.number().int().min(0),
  conflicts: z.number().int().min(0),
  /** Files in the folder that could not be used (torn, foreign); left where they are. */
  setAside: z.number().int().min(0),
  /** Other computers sharing the folder. */
  otherDesks: z.number().int().min(0),
  /** The backup routine also copies the shared folder. */
  copyToBackups: z.boolean(),
});
export type SharingStatus = z.output<typeof sharingStatusSchema>;

export const copyToBackupsInput = z.strictObject({ on: z.boolean() });

/** Joining: bring this computer's data in (merged), or take only the folder's. */
export const joinInput = z.strictObject({ mode: z.enum(['merge', 'folder']) });

const COLLECTIONS = ['hire', 'items', 'statuses', 'hours', 'sessions'] as const;

/** Which value of a hire's data is in conflict: a record (and field) of the hire's shared document. */
export const conflictRef = z.strictObject({
  collection: z.enum(COLLECTIONS),
  key: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  field: z
    .string()
    .regex(/^[A-Za-z]{1,40}$/)
    .nullable(),
});
export type ConflictRef = z.output<typeof conflictRef>;

export const hireConflictsInput = z.strictObject({ hireId: id });
export const resolveConflictInput = z.strictObject({ hireId: id, conflict: conflictRef, choice: z.number().int().min(0).max(50) });

/** One of the values two computers gave, as the page shows it. */
export interface ConflictValue {
  /** For a status: the status, its reason, who set it and when. */
  status: ItemStatus | null;
  reason: string | null;
  /** Any other field's value as text. */
  text: string | null;
  /** Who (a person's current name), when known. */
  by: string | null;
  at: string | null;
  /** The computer it came from. */
  desk: string;
}

export interface HireConflict {
  ref: ConflictRef;
  /** The item's title, when the conflict is about an item; null for the hire's own details. */
  itemTitle: string | null;
  /** The field in conflict (a column name); null for a whole status or record. */
  field: string | null;
  /** The first is the value shown now. */
  values: ConflictValue[];
}
