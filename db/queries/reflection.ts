import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { reflectionSessions } from '../schema';

export type SessionRow = typeof reflectionSessions.$inferSelect;
export type NewSession = Omit<typeof reflectionSessions.$inferInsert, 'id'>;

export const sessionsOf = (db: Db, hireId: number): SessionRow[] =>
  db
    .select()
    .from(reflectionSessions)
    .where(eq(reflectionSessions.hireId, hireId))
    .orderBy(asc(reflectionSessions.date), asc(reflectionSessions.time))
    .all();

export const getSession = (db: Db, id: number) => db.select().from(reflectionSessions).where(eq(reflectionSessions.id, id)).get();

export function addSessions(db: Db, sessions: readonly NewSession[]): SessionRow[] {
  return sessions.map((session) => db.insert(reflectionSessions).values(session).returning().get());
}

/** Every change bumps the calendar sequence, so an imported calendar takes the newer version. */
export function updateSession(db: Db, current: SessionRow, changes: Partial<SessionRow>, now: string): SessionRow {
  return db
    .update(reflectionSessions)
    .set({ edited: true, ...changes, sequence: current.sequence + 1, updatedAt: now })
    .where(eq(reflectionSessions.id, current.id))
    .returning()
    .get();
}

/** Generated sessions nobody has touched yet, in date order; these follow a new start date. */
export const untouchedSessions = (db: Db, hireId: number): SessionRow[] =>
  sessionsOf(db, hireId).filter((s) => !s.edited && !s.extra && s.status === 'planned');
