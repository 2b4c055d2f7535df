import type Database from 'better-sqlite3';
import { deleteHireRows } from '../../../db/queries/privacy';
import { audited, type AuditTarget } from '../ipc/audited';

/**
 * Erases one hire with everything that belongs to it in one transaction, and records the event
 * (the hire's id and the counts, no name). Then the file itself is cleaned: deleted rows can live
 * on in the -wal and in free pages until SQLite reuses them, so the WAL is checkpointed into the
 * main file and emptied, VACUUM rewrites the main file without free pages, and the WAL that
 * VACUUM wrote is checkpointed and truncated again. `secure_delete` (set at open) zeroes what is
 * deleted meanwhile.
 */
export function eraseHire(target: AuditTarget, sqlite: Database.Database, hireId: number, by: number): void {
  audited(
    target,
    by,
    (tx) => deleteHireRows(tx, hireId),
    (counts) => ({ entity: 'hire', entityId: hireId, hireId, action: 'hire.erased', detail: counts }),
  );
  scrubFile(sqlite);
}

/** Leaves no readable trace of deleted rows in the database file or its -wal. */
export function scrubFile(sqlite: Database.Database): void {
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.exec('VACUUM');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
}
