import { asc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { HireFields } from '../../electron/shared/schemas/plan';
import type { Db } from '../open';
import { changeLog, hires, planItems } from '../schema';

export type HireRow = typeof hires.$inferSelect;
export type PlanItemRow = typeof planItems.$inferSelect;

/** Records who did what; `personId` is whoever picked themselves in the app. */
export function logChange(
  db: Db,
  entry: { at: string; personId: number | null; hireId?: number; planItemId?: number; action: string; detail?: Record<string, unknown> },
): void {
  db.insert(changeLog).values({ ...entry, detail: entry.detail ?? {} }).run();
}

export type NewPlanItem = Omit<typeof planItems.$inferInsert, 'id' | 'hireId' | 'position' | 'createdAt' | 'updatedAt'>;

/** Stores a hire and their whole plan; the caller owns the transaction (see storeNewHire). */
export function createHire(db: Db, fields: HireFields, items: readonly NewPlanItem[], now: string, by: number | null): number {
  const hire = db.insert(hires).values({ ...fields, createdBy: by, createdAt: now, updatedAt: now }).returning().get();
  items.forEach((item, position) => {
    db.insert(planItems).values({ ...item, hireId: hire.id, position, createdAt: now, updatedAt: now }).run();
  });
  logChange(db, { at: now, personId: by, hireId: hire.id, action: 'hire.created', detail: { items: items.length } });
  return hire.id;
}

export const getHire = (db: Db, id: number) => db.select().from(hires).where(eq(hires.id, id)).get();

export function listHires(db: Db, archived: boolean): HireRow[] {
  return db
    .select()
    .from(hires)
    .where(archived ? isNotNull(hires.finishedAt) : isNull(hires.finishedAt))
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

export function historyOf(db: Db, hireId: number) {
  return db.select().from(changeLog).where(eq(changeLog.hireId, hireId)).orderBy(asc(changeLog.id)).all();
}
