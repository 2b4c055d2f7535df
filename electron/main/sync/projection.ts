import type { Db } from '../../../db/client';
import { itemByGlobalId, updateItem } from '../../../db/queries/hires';
import { peopleGlobalIds } from '../../../db/queries/staff';
import { auditedEach, type AuditTarget } from '../ipc/audited';
import type { HireDocument, Stamp, StatusUnit } from './hire-document';

/** The plan item's status columns as the unit says them; the row's own `by` ids are this file's. */
function columnsOf(unit: StatusUnit, personOf: (globalId: string | null) => number | null) {
  const stamp = (s: Stamp | null) => ({ at: s?.at ?? null, by: s ? personOf(s.by) : null });
  const done = stamp(unit.done);
  const followedUp = stamp(unit.followedUp);
  return {
    status: unit.status,
    notApplicableReason: unit.status === 'notApplicable' ? unit.reason : null,
    doneAt: done.at,
    doneBy: done.by,
    followedUpAt: followedUp.at,
    followedUpBy: followedUp.by,
  };
}

function personLookup(tx: Db, units: StatusUnit[]): (globalId: string | null) => number | null {
  const wanted = [...new Set(units.flatMap((u) => [u.by, u.done?.by, u.followedUp?.by]).filter((id): id is string => !!id))];
  const ids = new Map(peopleGlobalIds(tx, { globalIds: wanted }).map((p) => [p.globalId, p.id]));
  return (globalId) => (globalId ? (ids.get(globalId) ?? null) : null);
}

/**
 * Brings this desk's SQLite in line with a hire's shared document, as far as item statuses go:
 * each item whose status differs is updated, with an audit row in the name of whoever set it on
 * the other desk, all in one transaction. Items this file does not have yet are left for when
 * the hire's items arrive. Returns how many items changed.
 */
export function projectItemStatuses(target: AuditTarget, doc: HireDocument, now: string): number {
  const entries = Object.entries(doc.statuses ?? {});
  return auditedEach(target, (tx) => {
    const personOf = personLookup(
      tx,
      entries.map(([, unit]) => unit),
    );
    const made = [];
    for (const [globalId, unit] of entries) {
      const row = itemByGlobalId(tx, globalId);
      if (!row) continue;
      const columns = columnsOf(unit, personOf);
      const same = (Object.keys(columns) as (keyof typeof columns)[]).every((key) => row[key] === columns[key]);
      if (same) continue;
      updateItem(tx, row.id, columns, now);
      made.push({
        personId: personOf(unit.by),
        event: {
          entity: 'plan-item' as const,
          entityId: row.id,
          hireId: row.hireId,
          action: `item.${unit.status}` as const,
          detail: { from: row.status, fromOtherDesk: true },
        },
      });
    }
    return made;
  });
}
