import { and, asc, desc, eq, isNotNull, lt } from 'drizzle-orm';
import type { ArchivedHire } from '../../electron/shared/schemas/privacy';
import type { Db } from '../client';
import {
  auditLog,
  competenceLevels,
  competenceMappings,
  competencePlans,
  competenceTrainings,
  substituteIntroducers,
  checkIns,
  phaseEvaluations,
  hires,
  introducerHours,
  people,
  planItems,
  reflectionSessions,
} from '../schema';
import { substitutesOf } from './substitutes';
import { checkInsOf } from './check-ins';
import { deleteHireGroupRows, hireGroupRows } from './groups';
import { phaseEvaluationsOf } from './phase-evaluations';

function archivedRows(db: Db, before?: string): ArchivedHire[] {
  const rows = db
    .select({
      id: hires.id,
      name: hires.name,
      title: hires.title,
      team: hires.team,
      startDate: hires.startDate,
      finishedAt: hires.finishedAt,
      archivedAt: hires.archivedAt,
      archivedBy: people.name,
    })
    .from(hires)
    .leftJoin(people, eq(people.id, hires.archivedBy))
    .where(before ? and(isNotNull(hires.archivedAt), lt(hires.archivedAt, before)) : isNotNull(hires.archivedAt))
    .orderBy(desc(hires.archivedAt), asc(hires.id))
    .all();
  return rows.map((r) => ({ ...r, archivedAt: r.archivedAt ?? '' }));
}

/** Every archived plan, the most recently archived first. */
export const listArchived = (db: Db): ArchivedHire[] => archivedRows(db);

/** Plans archived before `before` (an ISO instant): what the retention rule proposes to erase. */
export const archivedBefore = (db: Db, before: string): ArchivedHire[] => archivedRows(db, before);

export function setArchived(db: Db, hireId: number, archived: { at: string; by: number } | null, now: string): void {
  db.update(hires)
    .set({ archivedAt: archived?.at ?? null, archivedBy: archived?.by ?? null, updatedAt: now })
    .where(eq(hires.id, hireId))
    .run();
}

/** Everything stored about one hire, row by row, for the personal-data export. */
export function recordsOfHire(db: Db, hireId: number) {
  return {
    hire: db.select().from(hires).where(eq(hires.id, hireId)).get(),
    planItems: db.select().from(planItems).where(eq(planItems.hireId, hireId)).orderBy(asc(planItems.position)).all(),
    introducerHours: db
      .select()
      .from(introducerHours)
      .where(eq(introducerHours.hireId, hireId))
      .orderBy(asc(introducerHours.date), asc(introducerHours.id))
      .all(),
    reflectionSessions: db
      .select()
      .from(reflectionSessions)
      .where(eq(reflectionSessions.hireId, hireId))
      .orderBy(asc(reflectionSessions.date), asc(reflectionSessions.id))
      .all(),
    competencePlans: db.select().from(competencePlans).where(eq(competencePlans.hireId, hireId)).all(),
    competenceMappings: db
      .select()
      .from(competenceMappings)
      .where(eq(competenceMappings.hireId, hireId))
      .orderBy(asc(competenceMappings.id))
      .all(),
    competenceLevels: db.select().from(competenceLevels).where(eq(competenceLevels.hireId, hireId)).orderBy(asc(competenceLevels.id)).all(),
    competenceTrainings: db
      .select()
      .from(competenceTrainings)
      .where(eq(competenceTrainings.hireId, hireId))
      .orderBy(asc(competenceTrainings.id))
      .all(),
    substituteIntroducers: substitutesOf(db, hireId),
    checkIns: checkInsOf(db, hireId),
    phaseEvaluations: phaseEvaluationsOf(db, hireId),
    // Group memberships and attendance are the hire's (issue 19, part 3); the groups are the unit's.
    ...(({ memberships, attendance }) => ({ groupMembers: memberships, groupAttendance: attendance }))(hireGroupRows(db, hireId)),
  };
}

/**
 * Deletes the hire and every row that belongs to it; the caller owns the transaction. The audit
 * trail is left alone: its rows hold the hire's id but no name or free text.
 */
export function deleteHireRows(
  db: Db,
  hireId: number,
): {
  planItems: number;
  hours: number;
  sessions: number;
  competence: number;
  substitutes: number;
  checkIns: number;
  phaseEvaluations: number;
  groups: number;
} {
  const counts = {
    planItems: db.delete(planItems).where(eq(planItems.hireId, hireId)).run().changes,
    hours: db.delete(introducerHours).where(eq(introducerHours.hireId, hireId)).run().changes,
    sessions: db.delete(reflectionSessions).where(eq(reflectionSessions.hireId, hireId)).run().changes,
    competence: [competencePlans, competenceMappings, competenceLevels, competenceTrainings].reduce(
      (n, table) => n + db.delete(table).where(eq(table.hireId, hireId)).run().changes,
      0,
    ),
    substitutes: db.delete(substituteIntroducers).where(eq(substituteIntroducers.hireId, hireId)).run().changes,
    checkIns: db.delete(checkIns).where(eq(checkIns.hireId, hireId)).run().changes,
    phaseEvaluations: db.delete(phaseEvaluations).where(eq(phaseEvaluations.hireId, hireId)).run().changes,
    groups: deleteHireGroupRows(db, hireId),
  };
  db.delete(hires).where(eq(hires.id, hireId)).run();
  return counts;
}

/** Every erase on record: which hire id, and when (ISO instant). */
export const erasures = (db: Db): { hireId: number; at: string }[] =>
  db
    .select({ hireId: auditLog.hireId, at: auditLog.at })
    .from(auditLog)
    .where(eq(auditLog.action, 'hire.erased'))
    .all()
    .flatMap((r) => (r.hireId === null ? [] : [{ hireId: r.hireId, at: r.at }]));
