import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../client';
import { substituteIntroducers } from '../schema';

export type SubstituteRow = typeof substituteIntroducers.$inferSelect;

/** The hire's substitute periods, earliest first. */
export const substitutesOf = (db: Db, hireId: number): SubstituteRow[] =>
  db
    .select()
    .from(substituteIntroducers)
    .where(eq(substituteIntroducers.hireId, hireId))
    .orderBy(asc(substituteIntroducers.fromDate), asc(substituteIntroducers.id))
    .all();

export const getSubstitute = (db: Db, id: number) => db.select().from(substituteIntroducers).where(eq(substituteIntroducers.id, id)).get();

export const addSubstitute = (db: Db, row: Omit<typeof substituteIntroducers.$inferInsert, 'id'>): SubstituteRow =>
  db.insert(substituteIntroducers).values(row).returning().get();

export const removeSubstitute = (db: Db, id: number) => db.delete(substituteIntroducers).where(eq(substituteIntroducers.id, id)).run();

/** Periods of any hire that share a day with `from`–`to` (inclusive); `hireId` narrows to one hire. */
export function substitutesBetween(db: Db, from: string, to: string, hireId?: number): SubstituteRow[] {
  return db
    .select()
    .from(substituteIntroducers)
    .where(
      and(
        lte(substituteIntroducers.fromDate, to),
        gte(substituteIntroducers.toDate, from),
        hireId !== undefined ? eq(substituteIntroducers.hireId, hireId) : undefined,
      ),
    )
    .orderBy(asc(substituteIntroducers.fromDate))
    .all();
}

/** Whether a period of the hire already covers a day of `from`–`to`. */
export const overlapsAnother = (db: Db, hireId: number, from: string, to: string) => substitutesBetween(db, from, to, hireId).length > 0;

/** Per hire, the substitute standing in on `day`. */
export function substitutesOn(db: Db, day: string): Map<number, SubstituteRow> {
  return new Map(substitutesBetween(db, day, day).map((s) => [s.hireId, s]));
}
