import { and, eq, inArray, isNull, isNotNull, sql } from 'drizzle-orm';
import type { Person, PersonFields } from '../../electron/shared/schemas/staff';
import { sortBySwedish } from '../../electron/shared/rules/collation';
import type { Db } from '../client';
import { people } from '../schema';
import { preparedPerDb } from './prepared';

type PersonRow = typeof people.$inferSelect;

const toPerson = ({ removedAt: _removed, ...row }: PersonRow): Person => row;

export function listPeople(db: Db): Person[] {
  const rows = db.select().from(people).where(isNull(people.removedAt)).all();
  return sortBySwedish(rows.map(toPerson), (p) => p.name);
}

// Asked by every change (who is making it).
const personById = preparedPerDb((db) =>
  db
    .select()
    .from(people)
    .where(and(eq(people.id, sql.placeholder('id')), isNull(people.removedAt)))
    .prepare(),
);

export function getPerson(db: Db, id: number): Person | undefined {
  const row = personById(db).get({ id });
  return row && toPerson(row);
}

export function createPerson(db: Db, fields: PersonFields, now: string): Person {
  const row = db
    .insert(people)
    .values({ ...fields, createdAt: now, updatedAt: now })
    .returning()
    .get();
  return toPerson(row);
}

export function updatePerson(db: Db, id: number, fields: PersonFields, now: string): Person | undefined {
  const row = db
    .update(people)
    .set({ ...fields, updatedAt: now })
    .where(and(eq(people.id, id), isNull(people.removedAt)))
    .returning()
    .get();
  return row && toPerson(row);
}

/** Hides the person from the directory; the row stays so earlier history still has a name. */
export function removePerson(db: Db, id: number, now: string): Person | undefined {
  const row = db
    .update(people)
    .set({ removedAt: now, updatedAt: now })
    .where(and(eq(people.id, id), isNull(people.removedAt)))
    .returning()
    .get();
  return row && toPerson(row);
}

export function restorePerson(db: Db, id: number, now: string): Person | undefined {
  const row = db
    .update(people)
    .set({ removedAt: null, updatedAt: now })
    .where(and(eq(people.id, id), isNotNull(people.removedAt)))
    .returning()
    .get();
  return row && toPerson(row);
}

/**
 * Each person's id in this file beside their global id (shared between desks), for the people
 * given by either; people without a global id are left out.
 */
export function peopleGlobalIds(
  db: Db,
  by: { ids: readonly number[] } | { globalIds: readonly string[] },
): { id: number; globalId: string }[] {
  const where = 'ids' in by ? inArray(people.id, [...by.ids]) : inArray(people.globalId, [...by.globalIds]);
  if (('ids' in by ? by.ids : by.globalIds).length === 0) return [];
  return db
    .select({ id: people.id, globalId: people.globalId })
    .from(people)
    .where(where)
    .all()
    .flatMap((r) => (r.globalId ? [{ id: r.id, globalId: r.globalId }] : []));
}
