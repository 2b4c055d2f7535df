import type { AuditAction, AuditDetail, AuditEntity } from '../../electron/shared/schemas/audit';
import type { Db } from '../client';
import { auditLog } from '../schema';

export interface AuditEntry {
  at: string;
  personId: number | null;
  entity: AuditEntity;
  entityId?: number | null;
  hireId?: number | null;
  action: AuditAction;
  detail?: AuditDetail;
}

/**
 * Inserts one audit row in the caller's transaction. Only the audited() helper in
 * electron/main/ipc calls it (lint enforces this), so every change and its row land together.
 */
export function insertAuditRow(db: Db, entry: AuditEntry): void {
  db.insert(auditLog)
    .values({ ...entry, entityId: entry.entityId ?? null, hireId: entry.hireId ?? null, detail: entry.detail ?? {} })
    .run();
}
