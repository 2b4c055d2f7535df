import type Database from 'better-sqlite3';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { storageFailure } from '../../../db/open-failure';
import { deleteHireRows } from '../../../db/queries/privacy';
import type { ScrubState } from '../../shared/schemas/privacy';
import { audited, type AuditTarget } from '../ipc/audited';
import { getHire } from '../../../db/queries/hires';

/** Kept next to the database while erased rows may still be readable in it, so the cleaning is finished later. */
const pendingMarker = (file: string) => `${file}.rensning-vantar`;

/** One TRUNCATE checkpoint; false when a reader kept it from copying everything and emptying the -wal. */
function checkpointed(sqlite: Database.Database): boolean {
  const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  return result?.busy === 0;
}

/**
 * Leaves no readable trace of deleted rows in the database file or its -wal: the WAL is
 * checkpointed into the main file and emptied, VACUUM rewrites the main file without free pages,
 * and the WAL VACUUM wrote is checkpointed and truncated again. `secure_delete` (set at open)
 * zeroes what is deleted meanwhile. Says honestly whether that happened: a reader holding an old
 * snapshot keeps the checkpoint from finishing, and VACUUM needs free disk space.
 */
export function scrubFile(sqlite: Database.Database): ScrubState {
  try {
    if (!checkpointed(sqlite)) return 'busy';
    sqlite.exec('VACUUM');
    return checkpointed(sqlite) ? 'done' : 'busy';
  } catch (error) {
    const kind = storageFailure(error);
    console.error('[erase] the database file could not be cleaned', error);
    return kind === 'busy' || kind === 'disk-full' ? kind : 'failed';
  }
}

/**
 * Erases one hire with everything that belongs to it in one transaction, and records the event
 * (the hire's id and the counts, no name). Then the file itself is cleaned; if that cannot be done
 * now, a marker next to the file says so and `finishPendingScrub` does it later.
 */
export function eraseHire(
  target: AuditTarget,
  file: string,
  sqlite: Database.Database,
  hireId: number,
  by: number | null,
  action: 'hire.erased' | 'sync.erased-elsewhere' = 'hire.erased',
): ScrubState {
  // The random global id (never a name) is what tells the other desks sharing the data to erase it too.
  const globalId = getHire(target.db, hireId)?.globalId ?? null;
  audited(
    target,
    by,
    (tx) => deleteHireRows(tx, hireId),
    (counts) => ({ entity: action === 'hire.erased' ? 'hire' : 'sync', entityId: hireId, hireId, action, detail: { ...counts, globalId } }),
  );
  const scrub = scrubFile(sqlite);
  if (scrub !== 'done') writeFileSync(pendingMarker(file), target.now());
  return scrub;
}

/**
 * Finishes a cleaning an erase could not complete (at start and every few minutes); never throws.
 * Returns the state, or null when nothing was pending.
 */
export function finishPendingScrub(target: AuditTarget, file: string, sqlite: Database.Database): ScrubState | null {
  try {
    if (!existsSync(pendingMarker(file))) return null;
    const scrub = scrubFile(sqlite);
    if (scrub !== 'done') return scrub;
    audited(target, null, () => undefined, { entity: 'database', action: 'database.scrubbed' });
    // The audit row went into the -wal; it holds no personal data, but the -wal is emptied again anyway.
    checkpointed(sqlite);
    rmSync(pendingMarker(file), { force: true });
    return 'done';
  } catch (error) {
    console.error('[erase] the pending cleaning failed', error);
    return 'failed';
  }
}
