import type { ItemStatus } from '../../shared/schemas/plan';

/**
 * An item's status with who set it and when, as one value: merged field by field, "done" by one
 * desk and "ej aktuell" by another could end up as "done by the other person". It is a whole
 * record of the hire document's `statuses` (shared-document.ts), so two desks setting it at once
 * leave two whole values: a conflict the hire page shows with both.
 */
export interface Stamp {
  /** The person's global id, or null when nobody was chosen. */
  by: string | null;
  /** ISO instant. */
  at: string;
}

export interface StatusUnit extends Stamp {
  status: ItemStatus;
  /** Why it is not applicable; null otherwise. */
  reason: string | null;
  /** Who ticked it and when, kept while it is done or followed up. */
  done: Stamp | null;
  followedUp: Stamp | null;
}
