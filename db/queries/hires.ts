import { and, asc, eq, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { HireFields } from '../../electron/shared/schemas/plan';
import type { Db } from '../client';
import { hires, planItems } from '../schema';
import { preparedPerDb } from './prepared';

export type HireRow = typeof hires.$inferSelect;
export type PlanItemRow = typeof planItems.$inferSelect;

export type NewPlanItem = Omit<typeof planItems.$inferInsert, 'id' | 'hireId' | 'position' | 'createdAt' | 'updatedAt'>;

/** Stores a hire and their whole plan; the caller owns the transaction and the audit row. */
export function createHire(db: Db, fields: HireFields, items: readonly NewPlanItem[], now: string, by: number | null): number {
  const hire = db
    .insert(hires)
    .values({ ...fields, createdBy: by, createdAt: now, updatedAt: now })
    .returning()
    .get();
  items.forEach((item, position) => {
    db.insert(planItems)
      .values({ ...item, hireId: hire.id, position, createdAt: now, updatedAt: now })
      .run();
  });
  return hire.id;
}

// Asked by every change to a plan (is the hire still writable?).
const hireById = preparedPerDb((db) =>
  db
    .select()
    .from(hires)
    .where(eq(hires.id, sql.placeholder('id')))
    .prepare(),
);
export const getHire = (db: Db, id: number): HireRow | undefined => hireById(db).get({ id });

export function listHires(db: Db, archived: boolean): HireRow[] {
  return (
    db
      .select()
      .from(hires)
      // Archived plans are listed on their own (queries/privacy.ts), not among the finished ones.
      .where(archived ? and(isNotNull(hires.finishedAt), isNull(hires.archivedAt)) : isNull(hires.finishedAt))
      .orderBy(asc(hires.startDate))
      .all()
  );
}

export const itemsOf = (db: Db, hireId: number) =>
  db.select().from(planItems).where(eq(planItems.hireId, hireId)).orderBy(asc(planItems.position)).all();

/**
 * Per hire and phase, counted by SQLite: items that count (not "ej aktuell"), completed ones,
 * open ones past due (the rule in isLate), done ones not followed up, and the last due date.
 * Reading ~90 item rows a hire into JavaScript was most of the overview's time.
 */
export function progressCounts(db: Db, hireIds: readonly number[], today: string) {
  if (!hireIds.length) return [];
  return db
    .select({
      hireId: planItems.hireId,
      phaseId: planItems.phaseId,
      applicable: sql<number>`sum(${planItems.status} <> 'notApplicable')`,
      completed: sql<number>`sum(${planItems.status} IN ('done', 'followedUp'))`,
      late: sql<number>`sum(${planItems.status} = 'todo' AND ${planItems.dueDate} < ${today})`,
      notFollowedUp: sql<number>`sum(${planItems.status} = 'done')`,
      lastDue: sql<string>`max(${planItems.dueDate})`,
    })
    .from(planItems)
    .where(inArray(planItems.hireId, [...hireIds]))
    .groupBy(planItems.hireId, planItems.phaseId)
    .all();
}

/** The first `count` open items of each hire by due date (then plan order). */
export function nextOpenItems(
  db: Db,
  hireIds: readonly number[],
  count: number,
): { id: number; hireId: number; title: string; dueDate: string }[] {
  if (!hireIds.length) return [];
  // Ranked on the index alone; titles are read for the few that make it, not for every open item.
  const ranked = db
    .select({
      id: planItems.id,
      rank: sql<number>`row_number() OVER (PARTITION BY ${planItems.hireId} ORDER BY ${planItems.dueDate}, ${planItems.position})`.as(
        'rank',
      ),
    })
    .from(planItems)
    .where(and(inArray(planItems.hireId, [...hireIds]), eq(planItems.status, 'todo')))
    .as('ranked');
  return db
    .select({ id: planItems.id, hireId: planItems.hireId, title: planItems.title, dueDate: planItems.dueDate })
    .from(ranked)
    .innerJoin(planItems, eq(planItems.id, ranked.id))
    .where(lte(ranked.rank, count))
    .orderBy(asc(planItems.hireId), asc(ranked.rank))
    .all();
}

const itemById = preparedPerDb((db) =>
  db
    .select()
    .from(planItems)
    .where(eq(planItems.id, sql.placeholder('id')))
    .prepare(),
);
export const getItem = (db: Db, id: number): PlanItemRow | undefined => itemById(db).get({ id });

export function updateItem(db: Db, id: number, changes: Partial<PlanItemRow>, now: string): PlanItemRow | undefined {
  return db
    .update(planItems)
    .set({ ...changes, updatedAt: now })
    .where(eq(planItems.id, id))
    .returning()
    .get();
}

export function updateHire(db: Db, id: number, changes: Partial<HireRow>, now: string): HireRow | undefined {
  return db
    .update(hires)
    .set({ ...changes, updatedAt: now })
    .where(eq(hires.id, id))
    .returning()
    .get();
}

export function addItem(db: Db, hireId: number, item: NewPlanItem, now: string): PlanItemRow {
  const positions = db.select({ position: planItems.position }).from(planItems).where(eq(planItems.hireId, hireId)).all();
  const position = positions.reduce((max, r) => Math.max(max, r.position + 1), 0);
  return db
    .insert(planItems)
    .values({ ...item, hireId, position, createdAt: now, updatedAt: now })
    .returning()
    .get();
}

/** The plan item with this global id (shared between desks), if this file has it. */
export const itemByGlobalId = (db: Db, globalId: string): PlanItemRow | undefined =>
  db.select().from(planItems).where(eq(planItems.globalId, globalId)).get();
