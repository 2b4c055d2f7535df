import type { MyWork } from '../schemas/my-work';
import { mondayOf, shiftDays, type IsoDate } from './days';

export const WORK_GROUPS = ['late', 'thisWeek', 'nextWeek', 'later'] as const;
export type WorkGroup = (typeof WORK_GROUPS)[number];

/**
 * Where an open item goes in someone's list: past its due date, due this ISO week (Monday to
 * Sunday, today included), next week, or later. Late follows the plan's rule (due before today).
 */
export function workGroup(dueDate: IsoDate, today: IsoDate): WorkGroup {
  if (dueDate < today) return 'late';
  const monday = mondayOf(today);
  if (dueDate < shiftDays(monday, 7)) return 'thisWeek';
  if (dueDate < shiftDays(monday, 14)) return 'nextWeek';
  return 'later';
}

/** Only one hire's rows, when the list is filtered (the page and the printed list alike). */
export function filteredWork(work: MyWork, hireId: number | null): MyWork {
  if (hireId === null) return work;
  const keep = <T extends { hireId: number }>(rows: T[]) => rows.filter((r) => r.hireId === hireId);
  return {
    ...work,
    tasks: keep(work.tasks),
    notFollowedUp: keep(work.notFollowedUp),
    sessions: keep(work.sessions),
    groupSessions: [],
    hoursDue: keep(work.hoursDue),
    checkIns: keep(work.checkIns),
  };
}
