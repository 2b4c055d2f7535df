import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { HireFields } from '../../electron/shared/schemas/plan';
import type { Db } from '../open';
import { hires, planItems } from '../schema';
import { recordAudit } from './audit';

export type HireRow = typeof hires.$inferSelect;
export type PlanItemRow = typeof planItems.$inferSelect;

export type NewPlanItem = Omit<typeof planItems.$inferInsert, 'id' | 'hireId' | 'position' | 'createdAt' | 'updatedAt'>;

/** Stores a hire and their whole plan; the caller owns the transaction (see storeNewHire). */
export function createHire(db: Db, fields: HireFields, items: readonly NewPlanItem[], now: string, by: number | null): number {
  const hire = db.insert(hires).values({ ...fields, createdBy: by, createdAt: now, updatedAt: now }).returning().get();
  items.forEach((item, position) => {
    db.insert(planItems).values({ ...item, hireId: hire.id, position, createdAt: now, updatedAt: now }).run();
  });
  recordAudit(db, { at: now, personId: by, entity: 'hire', entityId: hire.id, hireId: hire.id, action: 'hire.created', detail: { items: items.length } });
  return hire.id;
}

export const getHire = (db: Db, id: number) => db.select().from(hires).where(eq(hires.id, id)).get();

export function listHires(db: Db, archived: boolean): HireRow[] {
  return db
    .select()
    .from(hires)
    // Archived plans are listed on their own (queries/privacy.ts), not among the finished ones.
    .where(archived ? and(isNotNull(hires.finishedAt), isNull(hires.archivedAt)) : isNull(hires.finishedAt))
    .orderBy(asc(hires.startDate))
    .all();
}

export const itemsOf = (db: Db, hireId: number) =>
  db.select().from(planItems).where(eq(planItems.hireId, hireId)).orderBy(asc(planItems.position)).all();

export const getItem = (db: Db, id: number) => db.select().from(planItems).where(eq(planItems.id, id)).get();

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
  return db.insert(planItems).values({ ...item, hireId, position, createdAt: now, updatedAt: now }).returning().get();
}
