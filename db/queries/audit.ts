import type { Db } from '../open';
import { auditLog } from '../schema';

/** What an audit row is about; the UI names each in Swedish. */
export type AuditEntity =
  | 'hire'
  | 'plan-item'
  | 'hours'
  | 'reflection'
  | 'person'
  | 'template'
  | 'settings'
  | 'day-off'
  | 'backup'
  | 'database';

/** A value safe to keep in the trail: ids, counts, dates, flags and field names, never free text. */
export type AuditDetail = Record<string, string | number | boolean | null | string[]>;

export interface AuditEntry {
  at: string;
  personId: number | null;
  entity: AuditEntity;
  entityId?: number | null;
  hireId?: number | null;
  action: string;
  detail?: AuditDetail;
}

/** Records who did what, in the caller's transaction so the event and the change land together. */
export function recordAudit(db: Db, entry: AuditEntry): void {
  db.insert(auditLog)
    .values({ ...entry, entityId: entry.entityId ?? null, hireId: entry.hireId ?? null, detail: entry.detail ?? {} })
    .run();
}

