import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { competenceLevels, competenceMappings, competencePlans, competenceTrainings } from '../schema';

export type PlanRow = typeof competencePlans.$inferSelect;
export type MappingRow = typeof competenceMappings.$inferSelect;
export type LevelRow = typeof competenceLevels.$inferSelect;
export type TrainingRow = typeof competenceTrainings.$inferSelect;

/** Planned (not done) and spent kronor per budget year, over every hire's trainings. */
export function trainingCostsByYear(db: Db): { year: number; planned: number; spent: number }[] {
  return db
    .select({
      year: competenceTrainings.year,
      planned: sql<number>`coalesce(sum(case when ${competenceTrainings.status} = 'done' then 0 else ${competenceTrainings.costKr} end), 0)`,
      spent: sql<number>`coalesce(sum(case when ${competenceTrainings.status} = 'done' then ${competenceTrainings.costKr} else 0 end), 0)`,
    })
    .from(competenceTrainings)
    .groupBy(competenceTrainings.year)
    .orderBy(asc(competenceTrainings.year))
    .all();
}

export const competencePlanOf = (db: Db, hireId: number): PlanRow | undefined =>
  db.select().from(competencePlans).where(eq(competencePlans.hireId, hireId)).get();

/** The hire's plan row with `fields` changed, made the first time something is written in it. */
export function upsertCompetencePlan(
  db: Db,
  hireId: number,
  fields: Partial<Pick<PlanRow, 'shortGoals' | 'longGoals' | 'coHandlerId'>>,
  now: string,
): PlanRow {
  return db
    .insert(competencePlans)
    .values({ hireId, ...fields, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: competencePlans.hireId, set: { ...fields, updatedAt: now } })
    .returning()
    .get();
}

export const mappingsOf = (db: Db, hireId: number): MappingRow[] =>
  db.select().from(competenceMappings).where(eq(competenceMappings.hireId, hireId)).orderBy(asc(competenceMappings.id)).all();

export const getMapping = (db: Db, id: number) => db.select().from(competenceMappings).where(eq(competenceMappings.id, id)).get();

export const addMapping = (db: Db, row: Omit<typeof competenceMappings.$inferInsert, 'id'>): MappingRow =>
  db.insert(competenceMappings).values(row).returning().get();

export const removeMapping = (db: Db, id: number) => db.delete(competenceMappings).where(eq(competenceMappings.id, id)).run();

/** Every level decision, oldest first: the last one is the level now. */
export const levelsOf = (db: Db, hireId: number): LevelRow[] =>
  db
    .select()
    .from(competenceLevels)
    .where(eq(competenceLevels.hireId, hireId))
    .orderBy(asc(competenceLevels.decidedOn), asc(competenceLevels.id))
    .all();

export const addLevel = (db: Db, row: Omit<typeof competenceLevels.$inferInsert, 'id'>): LevelRow =>
  db.insert(competenceLevels).values(row).returning().get();

export const trainingsOf = (db: Db, hireId: number): TrainingRow[] =>
  db
    .select()
    .from(competenceTrainings)
    .where(eq(competenceTrainings.hireId, hireId))
    .orderBy(asc(competenceTrainings.year), asc(competenceTrainings.id))
    .all();

export const getTraining = (db: Db, id: number) => db.select().from(competenceTrainings).where(eq(competenceTrainings.id, id)).get();

export const addTraining = (db: Db, row: Omit<typeof competenceTrainings.$inferInsert, 'id'>): TrainingRow =>
  db.insert(competenceTrainings).values(row).returning().get();

export const updateTraining = (db: Db, id: number, fields: Partial<TrainingRow>) =>
  db.update(competenceTrainings).set(fields).where(eq(competenceTrainings.id, id)).returning().get();

export const removeTraining = (db: Db, id: number) => db.delete(competenceTrainings).where(eq(competenceTrainings.id, id)).run();

/** Per hire, the level now (the latest decision) and the co-handler: what the hire page and the overview flag. */
export function levelFlags(db: Db): Map<number, { level: number; coHandlerId: number | null }> {
  const flags = new Map<number, { level: number; coHandlerId: number | null }>();
  const decisions = db
    .select({ hireId: competenceLevels.hireId, level: competenceLevels.level })
    .from(competenceLevels)
    .orderBy(asc(competenceLevels.decidedOn), asc(competenceLevels.id))
    .all();
  for (const { hireId, level } of decisions) flags.set(hireId, { level, coHandlerId: null });
  for (const { hireId, coHandlerId } of db
    .select({ hireId: competencePlans.hireId, coHandlerId: competencePlans.coHandlerId })
    .from(competencePlans)
    .all())
    flags.set(hireId, { level: flags.get(hireId)?.level ?? 1, coHandlerId });
  return flags;
}
