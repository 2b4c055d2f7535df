import { inArray } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/client';
import { people, planItems } from '../../../db/schema';
import type { ConflictValue, HireConflict } from '../../shared/schemas/sharing';
import { svText } from '../../shared/i18n/translate';
import type { StatusUnit } from './hire-document';
import type { Conflict } from './shared-document';

const HIRE_COLLECTIONS = new Set(['hire', 'items', 'statuses', 'hours', 'sessions']);

/** One text column of the rows with these global ids (item titles, people's names). */
function textsByGlobalId(
  db: Db,
  table: typeof planItems | typeof people,
  column: SQLiteColumn,
  globalIds: string[],
): Map<string | null, string> {
  if (!globalIds.length) return new Map();
  const rows = db.select({ globalId: table.globalId, text: column }).from(table).where(inArray(table.globalId, globalIds)).all();
  return new Map(rows.map((r) => [r.globalId, String(r.text)]));
}

/**
 * A hire document's conflicts as the hire page shows them: the item's title, and each value with
 * who set it (a status names its person) and from which computer.
 */
export function describeConflicts(db: Db, conflicts: Conflict[], desks: Map<string, string>): HireConflict[] {
  const ours = conflicts.filter((c) => HIRE_COLLECTIONS.has(c.collection));
  const itemKeys = ours.filter((c) => c.collection === 'items' || c.collection === 'statuses').map((c) => c.key);
  const titles = textsByGlobalId(db, planItems, planItems.title, itemKeys);
  const personIds = ours
    .flatMap((c) => (c.collection === 'statuses' ? c.values.map((v) => (v.value as StatusUnit).by) : []))
    .filter((id): id is string => !!id);
  const names = textsByGlobalId(db, people, people.name, personIds);
  const deskOf = (actor: string) => desks.get(actor.slice(0, 32)) || svText('sharing.unknownDesk');
  return ours.map((c) => ({
    ref: { collection: c.collection as HireConflict['ref']['collection'], key: c.key, field: c.field },
    itemTitle: titles.get(c.key) ?? null,
    field: c.field,
    values: c.values.map(({ value, actor }): ConflictValue => {
      if (c.collection === 'statuses') {
        const unit = value as StatusUnit;
        return {
          status: unit.status,
          reason: unit.reason,
          text: null,
          by: unit.by ? (names.get(unit.by) ?? null) : null,
          at: unit.at,
          desk: deskOf(actor),
        };
      }
      return {
        status: null,
        reason: null,
        text: typeof value === 'string' ? value : JSON.stringify(value ?? ''),
        by: null,
        at: null,
        desk: deskOf(actor),
      };
    }),
  }));
}
