import { mondayOf, shiftDays } from '../../../../electron/shared/rules/days';
import type { PlanItemView } from '../../../../electron/shared/schemas/plan';

export const FILTERS = ['all', 'mine', 'late', 'thisWeek', 'notFollowedUp'] as const;
export type Filter = (typeof FILTERS)[number];

/** Monday and Sunday of the ISO week that holds `today`. */
export function weekAround(today: string): { monday: string; sunday: string } {
  const monday = mondayOf(today);
  return { monday, sunday: shiftDays(monday, 6) };
}

/** Which items each filter keeps; "Mina" needs to know who is working. */
export function filterPredicate(filter: Filter, today: string, currentUserId: number | null): (item: PlanItemView) => boolean {
  switch (filter) {
    case 'all':
      return () => true;
    case 'mine':
      return (item) => currentUserId !== null && item.responsiblePerson?.id === currentUserId;
    case 'late':
      return (item) => item.late;
    case 'thisWeek': {
      const { monday, sunday } = weekAround(today);
      return (item) => item.dueDate >= monday && item.dueDate <= sunday;
    }
    case 'notFollowedUp':
      return (item) => item.status === 'done';
  }
}
