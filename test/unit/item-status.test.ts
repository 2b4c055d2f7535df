import { describe, expect, it } from 'vitest';
import { canChangeStatus, statusChange, STATUS_TRANSITIONS } from '../../electron/shared/rules/item-status';
import { ITEM_STATUSES, type ItemStatus } from '../../electron/shared/schemas/plan';

const AT = '2026-11-23T09:00:00.000Z';

describe('item status transitions', () => {
  it.each([
    ['todo', 'done', true],
    ['todo', 'notApplicable', true],
    ['todo', 'followedUp', false],
    ['todo', 'todo', false],
    ['done', 'todo', true],
    ['done', 'followedUp', true],
    ['done', 'notApplicable', true],
    ['done', 'done', false],
    ['followedUp', 'done', true],
    ['followedUp', 'todo', false],
    ['followedUp', 'notApplicable', false],
    ['notApplicable', 'todo', true],
    ['notApplicable', 'done', false],
    ['notApplicable', 'followedUp', false],
  ] as [ItemStatus, ItemStatus, boolean][])('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canChangeStatus(from, to)).toBe(allowed);
    expect(statusChange(from, to, AT, 7) === null).toBe(!allowed);
  });

  it('covers every status, and no status moves to itself', () => {
    expect(Object.keys(STATUS_TRANSITIONS).sort()).toEqual([...ITEM_STATUSES].sort());
    for (const status of ITEM_STATUSES) expect(STATUS_TRANSITIONS[status]).not.toContain(status);
  });

  it.each([
    ['todo', 'done', { status: 'done', notApplicableReason: null, doneAt: AT, doneBy: 7 }],
    ['done', 'followedUp', { status: 'followedUp', notApplicableReason: null, followedUpAt: AT, followedUpBy: 7 }],
    ['followedUp', 'done', { status: 'done', notApplicableReason: null, followedUpAt: null, followedUpBy: null }],
    ['done', 'todo', { status: 'todo', notApplicableReason: null, doneAt: null, doneBy: null, followedUpAt: null, followedUpBy: null }],
    ['todo', 'notApplicable', { status: 'notApplicable', notApplicableReason: 'Har redan nyckelkort' }],
    [
      'notApplicable',
      'todo',
      { status: 'todo', notApplicableReason: null, doneAt: null, doneBy: null, followedUpAt: null, followedUpBy: null },
    ],
  ] as [ItemStatus, ItemStatus, object][])('%s → %s writes status, reason and who-and-when as one unit', (from, to, fields) => {
    expect(statusChange(from, to, AT, 7, 'Har redan nyckelkort')).toEqual(fields);
  });
});
