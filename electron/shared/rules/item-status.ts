import type { ItemStatus } from '../schemas/plan';

/** Which status changes make sense; anything else is refused rather than guessed. */
export const STATUS_TRANSITIONS: Readonly<Record<ItemStatus, readonly ItemStatus[]>> = {
  todo: ['done', 'notApplicable'],
  done: ['todo', 'followedUp', 'notApplicable'],
  followedUp: ['done'],
  notApplicable: ['todo'],
};

export const canChangeStatus = (from: ItemStatus, to: ItemStatus) => STATUS_TRANSITIONS[from].includes(to);

/** The columns a status change writes. */
export interface StatusFields {
  status: ItemStatus;
  notApplicableReason: string | null;
  doneAt?: string | null;
  doneBy?: number | null;
  followedUpAt?: string | null;
  followedUpBy?: number | null;
}

/**
 * What a status change writes, as one unit: the status with its who-and-when. Going back a step
 * clears that step's who-and-when; going forward records it. Null when the change is refused.
 */
export function statusChange(from: ItemStatus, to: ItemStatus, at: string, by: number | null, reason?: string | null): StatusFields | null {
  if (!canChangeStatus(from, to)) return null;
  return {
    status: to,
    notApplicableReason: to === 'notApplicable' ? (reason ?? null) : null,
    ...(to === 'todo' && { doneAt: null, doneBy: null, followedUpAt: null, followedUpBy: null }),
    ...(to === 'done' && from === 'todo' && { doneAt: at, doneBy: by }),
    ...(to === 'done' && from === 'followedUp' && { followedUpAt: null, followedUpBy: null }),
    ...(to === 'followedUp' && { followedUpAt: at, followedUpBy: by }),
  };
}
