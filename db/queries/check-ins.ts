import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { checkIns } from '../schema';

export type CheckInRow = typeof checkIns.$inferSelect;

export const checkInsOf = (db: Db, hireId: number): CheckInRow[] =>
  db.select().from(checkIns).where(eq(checkIns.hireId, hireId)).orderBy(asc(checkIns.heldOn), asc(checkIns.id)).all();

export const getCheckIn = (db: Db, id: number) => db.select().from(checkIns).where(eq(checkIns.id, id)).get();

/** The check-in of the hire at the checkpoint, written over when it is recorded again. */
export function upsertCheckIn(db: Db, row: Omit<typeof checkIns.$inferInsert, 'id'>): CheckInRow {
  const { hireId: _hireId, checkpointId: _checkpointId, createdAt: _createdAt, ...changes } = row;
  return db
    .insert(checkIns)
    .values(row)
    .onConflictDoUpdate({ target: [checkIns.hireId, checkIns.checkpointId], set: changes })
    .returning()
    .get();
}

export const removeCheckIn = (db: Db, id: number) => db.delete(checkIns).where(eq(checkIns.id, id)).run();
