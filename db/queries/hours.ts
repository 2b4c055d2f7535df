import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { introducerHours } from '../schema';

export type HourRow = typeof introducerHours.$inferSelect;

export const hoursOf = (db: Db, hireId: number): HourRow[] =>
  db
    .select()
    .from(introducerHours)
    .where(eq(introducerHours.hireId, hireId))
    .orderBy(asc(introducerHours.date), asc(introducerHours.id))
    .all();

/** Date and minutes of many hires' entries from `from` on, in one query (the hire_id, date index serves it). */
export function minutesFrom(db: Db, hireIds: readonly number[], from: string) {
  if (!hireIds.length) return [];
  return db
    .select({ hireId: introducerHours.hireId, date: introducerHours.date, minutes: introducerHours.minutes })
    .from(introducerHours)
    .where(and(inArray(introducerHours.hireId, [...hireIds]), gte(introducerHours.date, from)))
    .all();
}

export const getHourEntry = (db: Db, id: number) => db.select().from(introducerHours).where(eq(introducerHours.id, id)).get();

export function logHours(db: Db, entry: Omit<typeof introducerHours.$inferInsert, 'id'>): HourRow {
  return db.insert(introducerHours).values(entry).returning().get();
}

export function removeHours(db: Db, id: number): HourRow | undefined {
  return db.delete(introducerHours).where(eq(introducerHours.id, id)).returning().get();
}
