import * as Automerge from '@automerge/automerge';
import type { ItemStatus } from '../../shared/schemas/plan';

/**
 * An item's status with who set it and when, as one value: merged field by field, "done" by one
 * desk and "ej aktuell" by another could end up as "done by the other person". Written as a whole
 * new object each time, so two desks setting it at once is a conflict between two whole values.
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

/**
 * The part of a hire's shared document this module writes: each item's status by global item id.
 * A status is assigned whole at its key, so two desks setting it at once (or creating it at once)
 * leave two whole values, one shown and both kept as the conflict.
 */
export interface HireDocument {
  statuses: Record<string, StatusUnit>;
}

// Every desk starts a hire's document from this same first change (same actor, same time, so the
// same hash): two desks creating the `statuses` map each on their own would make two maps, of
// which Automerge would show only one.
const SEED_ACTOR = '00000000000000000000000000000001';

/** A hire's document as it begins on any desk, with a fresh actor of this desk's for what follows. */
export function newHireDocument(): Automerge.Doc<HireDocument> {
  const seed = Automerge.change(Automerge.init<HireDocument>({ actor: SEED_ACTOR }), { time: 0 }, (d) => {
    d.statuses = {};
  });
  return Automerge.load<HireDocument>(Automerge.save(seed));
}

export function setItemStatus(doc: Automerge.Doc<HireDocument>, itemId: string, unit: StatusUnit): Automerge.Doc<HireDocument> {
  return Automerge.change(doc, (d) => {
    d.statuses[itemId] = structuredClone(unit);
  });
}

/** The parts of a status that are the status; who and when of a plain change are only its label. */
export const sameStatus = (a: StatusUnit | undefined, b: StatusUnit) =>
  !!a &&
  a.status === b.status &&
  a.reason === b.reason &&
  JSON.stringify(a.done) === JSON.stringify(b.done) &&
  JSON.stringify(a.followedUp) === JSON.stringify(b.followedUp);

/**
 * The values when two desks set an item's status differently without seeing each other's
 * (Automerge keeps one as the value and all as the conflict); null when there is no conflict or
 * the values agree. The page shows these with who made them, and a click keeps one.
 */
export function statusConflict(doc: Automerge.Doc<HireDocument>, itemId: string): StatusUnit[] | null {
  const conflicts = doc.statuses?.[itemId] ? Automerge.getConflicts(doc.statuses, itemId) : undefined;
  const values = Object.values(conflicts ?? {}).map((value) => ({ ...(value as unknown as StatusUnit) }));
  return values.length > 1 && values.some((v) => !sameStatus(values[0], v)) ? values : null;
}
