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

/** The part of a hire's shared document this module writes: its items' statuses by global item id. */
export interface HireDocument {
  items: Record<string, { status: StatusUnit }>;
}

// Every desk starts a hire's document from this same first change (same actor, same time, so the
// same hash): two desks creating the `items` map each on their own would make two maps, of which
// Automerge would show only one.
const SEED_ACTOR = '00000000000000000000000000000001';

/** A hire's document as it begins on any desk, with a fresh actor of this desk's for what follows. */
export function newHireDocument(): Automerge.Doc<HireDocument> {
  const seed = Automerge.change(Automerge.init<HireDocument>({ actor: SEED_ACTOR }), { time: 0 }, (d) => {
    d.items = {};
  });
  return Automerge.load<HireDocument>(Automerge.save(seed));
}

export function setItemStatus(doc: Automerge.Doc<HireDocument>, itemId: string, unit: StatusUnit): Automerge.Doc<HireDocument> {
  return Automerge.change(doc, (d) => {
    // A whole new object, never field by field (see StatusUnit).
    if (d.items[itemId]) d.items[itemId].status = { ...unit };
    else d.items[itemId] = { status: { ...unit } };
  });
}

/**
 * Both values when two desks set an item's status without seeing each other's (Automerge keeps
 * one as the value and both as the conflict); null when there is no conflict. The page shows these
 * with who made them, and a click keeps one.
 */
export function statusConflict(doc: Automerge.Doc<HireDocument>, itemId: string): StatusUnit[] | null {
  const item = doc.items?.[itemId];
  if (!item) return null;
  const conflicts = Automerge.getConflicts(item, 'status');
  if (!conflicts || Object.keys(conflicts).length < 2) return null;
  return Object.values(conflicts).map((value) => ({ ...(value as unknown as StatusUnit) }));
}
