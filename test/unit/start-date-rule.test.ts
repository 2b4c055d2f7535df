import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../electron/shared/rules/calendar';
import { startDateChanges, type DatedItem } from '../../electron/shared/rules/plan-dates';
import type { Window } from '../../electron/shared/schemas/template';

const calendar = new WorkingCalendar();
const windows = new Map<string, Window>([
  ['week1', { unit: 'week', start: 1, end: 1 }],
  ['day1', { unit: 'day', start: 1, end: 1 }],
]);
// Planned for a start on Monday 2 November 2026.
const item = (over: Partial<DatedItem>): DatedItem => ({
  id: 1,
  title: 'Punkt',
  templateItemId: 'week1',
  status: 'todo',
  datesEdited: false,
  startDate: '2026-11-02',
  dueDate: '2026-11-06',
  ...over,
});

describe('moving the start date', () => {
  it.each([
    ['an open item follows the template', item({}), true],
    ['an "ej aktuell" item moves too', item({ status: 'notApplicable' }), true],
    ['a done item keeps its dates', item({ status: 'done' }), false],
    ['a followed-up item keeps its dates', item({ status: 'followedUp' }), false],
    ['hand-set dates are kept', item({ datesEdited: true }), false],
    ['an own item (no template item) is kept', item({ templateItemId: null }), false],
    ['an item whose template item is gone is kept', item({ templateItemId: 'removed' }), false],
  ])('%s', (_label, planned, moves) => {
    const changes = startDateChanges([planned], windows, '2026-11-09', calendar);
    expect(changes).toEqual(
      moves
        ? [
            {
              itemId: 1,
              title: 'Punkt',
              from: { startDate: '2026-11-02', dueDate: '2026-11-06' },
              to: { startDate: '2026-11-09', dueDate: '2026-11-13' },
            },
          ]
        : [],
    );
  });

  it('items whose dates do not change are not listed', () => {
    expect(startDateChanges([item({})], windows, '2026-11-02', calendar)).toEqual([]);
  });

  it('day windows count working days from the new start', () => {
    const [change] = startDateChanges(
      [item({ templateItemId: 'day1', startDate: '2026-11-02', dueDate: '2026-11-02' })],
      windows,
      '2026-12-24',
      calendar,
    );
    // A start on julafton: juldagen, annandag jul and the weekend follow; day 1 is Monday 28 December.
    expect(change?.to).toEqual({ startDate: '2026-12-28', dueDate: '2026-12-28' });
  });
});
