import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { erasures } from '../../../../db/queries/privacy';
import { localStamp } from '../../../shared/rules/backup-names';
import type { CopyHoldingErased, ErasedCopies } from '../../../shared/schemas/privacy';
import { audited } from '../../ipc/audited';
import type { HandlerContext } from '../../ipc/context';
import type { BackupContext } from './create';
import { backupFolderOf } from './folder';
import { readBackupNames } from './list';
import { syncFolder } from './write';

/** The ids of `hireIds` that a backup file still holds; null when the file cannot be read. */
function heldIn(file: string, hireIds: number[]): number[] | null {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    return sqlite
      .prepare(`SELECT id FROM hires WHERE id IN (${hireIds.map(() => '?').join(', ')})`)
      .pluck()
      .all(...hireIds) as number[];
  } catch {
    return null;
  } finally {
    sqlite?.close();
  }
}

/**
 * The backups (pre-upgrade copies among them) taken before an erase that still hold the erased
 * hire, for all erases on record or only `onlyHire`'s. A backup taken after an erase is not
 * counted even if it has the same id: ids can be given again to a later hire.
 */
export function copiesHoldingErased(ctx: BackupContext, onlyHire?: number): ErasedCopies {
  const { folder, isDefault } = backupFolderOf(ctx.db, ctx.dataDirectory);
  const erased = erasures(ctx.db).filter((e) => onlyHire === undefined || e.hireId === onlyHire);
  let names: ReturnType<typeof readBackupNames> = [];
  try {
    names = erased.length ? readBackupNames(folder, isDefault) : [];
  } catch {
    // An unreachable folder has nothing to show; the backup card says why.
  }
  const copies: CopyHoldingErased[] = [];
  for (const backup of names) {
    // Backup names are the computer's wall-clock time; the audit trail's are instants.
    const before = erased.filter((e) => backup.takenAt < localStamp(new Date(e.at)));
    if (!before.length) continue;
    const held = heldIn(path.join(folder, backup.name), [...new Set(before.map((e) => e.hireId))]);
    if (held?.length) copies.push({ name: backup.name, takenAt: backup.takenAt, kind: backup.kind, hires: held.length });
  }
  return { folder, copies: copies.reverse() };
}

/** Deletes the chosen copies that still hold erased hires (and no other file), and records how many. */
export function deleteErasedCopies(ctx: BackupContext & Pick<HandlerContext, 'events'>, names: string[], by: number): ErasedCopies {
  const { folder, copies } = copiesHoldingErased(ctx);
  const doomed = copies.filter((c) => names.includes(c.name));
  let deleted = 0;
  for (const copy of doomed) {
    try {
      rmSync(path.join(folder, copy.name));
      deleted++;
    } catch (error) {
      console.error('[privacy] a copy could not be deleted', error);
    }
  }
  if (deleted) {
    syncFolder(folder);
    audited(ctx, by, () => undefined, { entity: 'backup', action: 'backup.erased-copies-deleted', detail: { count: deleted } });
  }
  return copiesHoldingErased(ctx);
}
