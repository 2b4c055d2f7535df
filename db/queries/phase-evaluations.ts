import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { phaseEvaluations } from '../schema';

export type PhaseEvaluationRow = typeof phaseEvaluations.$inferSelect;

export const phaseEvaluationsOf = (db: Db, hireId: number): PhaseEvaluationRow[] =>
  db
    .select()
    .from(phaseEvaluations)
    .where(eq(phaseEvaluations.hireId, hireId))
    .orderBy(asc(phaseEvaluations.answeredOn), asc(phaseEvaluations.id))
    .all();

export const getPhaseEvaluation = (db: Db, id: number) => db.select().from(phaseEvaluations).where(eq(phaseEvaluations.id, id)).get();

/** The hire's evaluation of the phase, written over when it is answered again. */
export function upsertPhaseEvaluation(db: Db, row: Omit<typeof phaseEvaluations.$inferInsert, 'id'>): PhaseEvaluationRow {
  const { hireId: _hireId, phaseId: _phaseId, createdAt: _createdAt, ...changes } = row;
  return db
    .insert(phaseEvaluations)
    .values(row)
    .onConflictDoUpdate({ target: [phaseEvaluations.hireId, phaseEvaluations.phaseId], set: changes })
    .returning()
    .get();
}

export const removePhaseEvaluation = (db: Db, id: number) => db.delete(phaseEvaluations).where(eq(phaseEvaluations.id, id)).run();

/** Every answer of every hire, for the improvement view (which never shows who answered). */
export const allPhaseEvaluations = (db: Db) =>
  db
    .select({
      templateVersionId: phaseEvaluations.templateVersionId,
      phaseId: phaseEvaluations.phaseId,
      scores: phaseEvaluations.scores,
      good: phaseEvaluations.good,
      improve: phaseEvaluations.improve,
    })
    .from(phaseEvaluations)
    .all();
