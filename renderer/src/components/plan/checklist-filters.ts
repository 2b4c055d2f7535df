import dayjs from 'dayjs';
import type { PlanItemView } from '../../../../electron/shared/schemas/plan';

export const FILTERS = ['all', 'mine', 'late', 'thisWeek', 'notFollowedUp'] as const;
export type Filter = (typeof FILTERS)[number];

/** Monday and Sunday of the ISO week that holds `today`. */
export function weekAround(today: string): { monday: string; sunday: string } {
  const day = dayjs(today);
  const monday = day.subtract((day.day() + 6) % 7, 'day');
  return { monday: monday.format('YYYY-MM-DD'), sunday: monday.add(6, 'day').format('YYYY-MM-DD') };
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
