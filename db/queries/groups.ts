import { and, asc, eq, exists, gte, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { groupAttendance, groupMembers, groupSessions, groups } from '../schema';

export type GroupRow = typeof groups.$inferSelect;
export type MemberRow = typeof groupMembers.$inferSelect;
export type GroupSessionRow = typeof groupSessions.$inferSelect;
export type AttendanceRow = typeof groupAttendance.$inferSelect;

export const listGroups = (db: Db): GroupRow[] => db.select().from(groups).orderBy(asc(groups.name), asc(groups.id)).all();
export const getGroup = (db: Db, id: number) => db.select().from(groups).where(eq(groups.id, id)).get();

export const insertGroup = (db: Db, row: Omit<typeof groups.$inferInsert, 'id'>): GroupRow =>
  db.insert(groups).values(row).returning().get();
export const updateGroup = (db: Db, id: number, changes: Partial<GroupRow>): GroupRow =>
  db.update(groups).set(changes).where(eq(groups.id, id)).returning().get();

export const membersOf = (db: Db, groupId: number): MemberRow[] =>
  db.select().from(groupMembers).where(eq(groupMembers.groupId, groupId)).orderBy(asc(groupMembers.fromDate), asc(groupMembers.id)).all();
export const allMembers = (db: Db): MemberRow[] => db.select().from(groupMembers).all();
export const getMember = (db: Db, id: number) => db.select().from(groupMembers).where(eq(groupMembers.id, id)).get();
export const membershipsOfHire = (db: Db, hireId: number): MemberRow[] =>
  db.select().from(groupMembers).where(eq(groupMembers.hireId, hireId)).orderBy(asc(groupMembers.fromDate), asc(groupMembers.id)).all();
export const insertMember = (db: Db, row: Omit<typeof groupMembers.$inferInsert, 'id'>): MemberRow =>
  db.insert(groupMembers).values(row).returning().get();
export const updateMember = (db: Db, id: number, changes: Partial<MemberRow>): MemberRow =>
  db.update(groupMembers).set(changes).where(eq(groupMembers.id, id)).returning().get();

export const sessionsOfGroup = (db: Db, groupId: number): GroupSessionRow[] =>
  db
    .select()
    .from(groupSessions)
    .where(eq(groupSessions.groupId, groupId))
    .orderBy(asc(groupSessions.date), asc(groupSessions.time), asc(groupSessions.id))
    .all();
export const allSessions = (db: Db): GroupSessionRow[] => db.select().from(groupSessions).all();
export const getGroupSession = (db: Db, id: number) => db.select().from(groupSessions).where(eq(groupSessions.id, id)).get();
export const insertSession = (db: Db, row: Omit<typeof groupSessions.$inferInsert, 'id'>): GroupSessionRow =>
  db.insert(groupSessions).values(row).returning().get();
/** Every change bumps the calendar sequence, so an imported calendar takes the newer version. */
export const updateSession = (db: Db, current: GroupSessionRow, changes: Partial<GroupSessionRow>, now: string): GroupSessionRow =>
  db
    .update(groupSessions)
    .set({ ...changes, sequence: current.sequence + 1, updatedAt: now })
    .where(eq(groupSessions.id, current.id))
    .returning()
    .get();

export const attendanceOf = (db: Db, sessionIds: readonly number[]): AttendanceRow[] =>
  sessionIds.length
    ? db
        .select()
        .from(groupAttendance)
        .where(inArray(groupAttendance.sessionId, [...sessionIds]))
        .all()
    : [];
export const attendanceOfMembers = (db: Db, memberIds: readonly number[]): AttendanceRow[] =>
  memberIds.length
    ? db
        .select()
        .from(groupAttendance)
        .where(inArray(groupAttendance.memberId, [...memberIds]))
        .orderBy(asc(groupAttendance.id))
        .all()
    : [];

/** Writes who was there; a member recorded before is written over. */
export function setAttendance(db: Db, sessionId: number, memberId: number, present: boolean, now: string): void {
  db.insert(groupAttendance)
    .values({ sessionId, memberId, present, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: [groupAttendance.sessionId, groupAttendance.memberId], set: { present, updatedAt: now } })
    .run();
}

/** Held group sessions a hire attended (attendance present), with the group's name, for the reflection cadence. */
export function attendedByHire(db: Db, hireId: number): { date: string; groupName: string }[] {
  return db
    .select({ date: groupSessions.date, groupName: groups.name })
    .from(groupAttendance)
    .innerJoin(groupMembers, eq(groupMembers.id, groupAttendance.memberId))
    .innerJoin(groupSessions, eq(groupSessions.id, groupAttendance.sessionId))
    .innerJoin(groups, eq(groups.id, groupSessions.groupId))
    .where(
      and(
        eq(groupMembers.hireId, hireId),
        eq(groupAttendance.present, true),
        eq(groupSessions.status, 'held'),
        isNotNull(groupMembers.hireId),
      ),
    )
    .orderBy(asc(groupSessions.date))
    .all();
}

/** A hire's memberships and their attendance: the hire's personal data (privacy export and erase). */
export function hireGroupRows(db: Db, hireId: number) {
  const memberships = membershipsOfHire(db, hireId);
  return {
    memberships,
    attendance: attendanceOfMembers(
      db,
      memberships.map((m) => m.id),
    ),
  };
}

export function deleteHireGroupRows(db: Db, hireId: number): number {
  const ids = membershipsOfHire(db, hireId).map((m) => m.id);
  if (!ids.length) return 0;
  const attended = db.delete(groupAttendance).where(inArray(groupAttendance.memberId, ids)).run().changes;
  return attended + db.delete(groupMembers).where(eq(groupMembers.hireId, hireId)).run().changes;
}

/**
 * Planned meetings from `from` to `to` of the open groups the person leads or is a member of on the
 * meeting's day.
 */
export function groupSessionsOf(db: Db, personId: number, from: string, to: string) {
  const member = db
    .select({ one: sql`1` })
    .from(groupMembers)
    .where(
      and(
        eq(groupMembers.groupId, groups.id),
        eq(groupMembers.personId, personId),
        lte(groupMembers.fromDate, groupSessions.date),
        or(isNull(groupMembers.toDate), gte(groupMembers.toDate, groupSessions.date)),
      ),
    );
  return db
    .select({
      sessionId: groupSessions.id,
      groupId: groups.id,
      groupName: groups.name,
      date: groupSessions.date,
      time: groupSessions.time,
      place: groupSessions.place,
      leaderId: groups.leaderId,
    })
    .from(groupSessions)
    .innerJoin(groups, eq(groups.id, groupSessions.groupId))
    .where(
      and(
        isNull(groups.archivedAt),
        eq(groupSessions.status, 'planned'),
        gte(groupSessions.date, from),
        lte(groupSessions.date, to),
        or(eq(groups.leaderId, personId), exists(member)),
      ),
    )
    .orderBy(asc(groupSessions.date), asc(groupSessions.time))
    .all();
}
