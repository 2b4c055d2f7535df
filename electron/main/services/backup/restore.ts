import Database from 'better-sqlite3';
import { copyFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { backupRows, replaceBackupRows } from '../../../../db/queries/backup-settings';
import { getPerson } from '../../../../db/queries/staff';
import { parseBackupName } from '../../../shared/rules/backup-names';
import type { RestoreOutcome } from '../../../shared/schemas/backup';
import { svText } from '../../../shared/i18n/translate';
import { AppError } from '../../errors';
import { audited } from '../../ipc/audited';
import type { HandlerContext } from '../../ipc/context';
import { createBackup, rotateBackups, usingOwnDatabase } from './create';
import { backupFolderOf } from './folder';
import { backupProblem } from './list';
import { BackupFailedError, syncFile, syncFolder } from './write';

type RestoreContext = Pick<HandlerContext, 'session' | 'db' | 'now' | 'events' | 'dataDirectory' | 'migrationsFolder' | 'user'>;

/** A file about to be restored: from the backup folder (by name) or one the user picked. */
export interface RestoreSource {
  file: string;
  origin: 'folder' | 'file';
}

export function refuseUnusable(file: string, migrationsFolder: string): void {
  const problem = backupProblem(file, migrationsFolder);
  if (problem) throw new AppError('invalid-input', svText('backup.refused', { reason: svText(`backup.problem.${problem}`) }));
}

/**
 * A compact, self-contained copy of the chosen file next to the live one. VACUUM INTO from a
 * read-only connection also takes in a -wal lying next to a picked file, and never changes it.
 */
export function stage(source: string, staged: string, migrationsFolder: string): void {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(source, { readonly: true, fileMustExist: true });
    sqlite.prepare('VACUUM INTO ?').run(staged);
  } catch {
    throw new AppError('invalid-input', svText('backup.refused', { reason: svText('backup.problem.unreadable') }));
  } finally {
    sqlite?.close();
  }
  syncFile(staged);
  refuseUnusable(staged, migrationsFolder);
}

/** Puts `source` in place of the closed live file; its leftover -wal/-shm would belong to the old file. */
export function install(source: string, live: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(`${live}${suffix}`, { force: true });
  renameSync(source, live);
  syncFolder(path.dirname(live));
}

/**
 * Replaces the user's data with a backup: verifies it, saves the current state as a
 * "fore-aterstallning" backup, swaps the file in and opens it. If the backup does not open, the
 * before-restore copy goes back in its place, so the user is where they started.
 */
export function restoreBackup(ctx: RestoreContext, source: RestoreSource, actorId: number): Extract<RestoreOutcome, { restored: true }> {
  if (!usingOwnDatabase(ctx)) throw new AppError('conflict', svText('backup.notOwnDatabase'));
  refuseUnusable(source.file, ctx.migrationsFolder);
  const live = ctx.session.ownFile;
  const staged = `${live}.aterstalls-${process.pid}.tmp`;
  const putBack = `${live}.tillbaka-${process.pid}.tmp`;
  try {
    stage(source.file, staged, ctx.migrationsFolder);
    // This computer's backup folder and rotation are not part of the data being restored.
    const carried = backupRows(ctx.db);
    const actorName = getPerson(ctx.db, actorId)?.name;
    let before;
    try {
      before = createBackup(ctx, 'fore-aterstallning');
    } catch (error) {
      if (!(error instanceof BackupFailedError)) throw error;
      throw new AppError('conflict', svText('backup.beforeRestoreFailed', { reason: svText(`backup.failure.${error.failure}`) }));
    }
    const beforeFile = path.join(backupFolderOf(ctx.db, ctx.dataDirectory).folder, before.name);
    try {
      ctx.session.replaceOwnFile((file) => install(staged, file));
    } catch (error) {
      // Refused before anything was replaced (another connection has the file): the current file is open again.
      if (error instanceof AppError) throw error;
      console.error('[backup] the restored file did not open; putting the previous state back', error);
      copyFileSync(beforeFile, putBack);
      syncFile(putBack);
      ctx.session.replaceOwnFile((file) => install(putBack, file));
      throw new AppError('conflict', svText('backup.reopenFailed'));
    }

    ctx.user.personId = null; // the restored staff list may differ: everyone says who they are again
    const parsed = source.origin === 'folder' ? parseBackupName(path.basename(source.file)) : null;
    const sameActor = getPerson(ctx.db, actorId)?.name === actorName;
    audited(ctx, sameActor ? actorId : null, (tx) => replaceBackupRows(tx, carried), {
      entity: 'database',
      action: 'database.restored',
      detail: { source: source.origin, takenAt: parsed?.takenAt ?? null, kind: parsed?.kind ?? null, beforeRestoreTakenAt: before.takenAt },
    });
    try {
      rotateBackups(ctx);
    } catch {
      // Rotation is housekeeping; the restore itself is done.
    }
    return { restored: true, takenAt: parsed?.takenAt ?? null, kind: parsed?.kind ?? null, beforeRestore: before.name };
  } finally {
    rmSync(staged, { force: true });
    rmSync(putBack, { force: true });
  }
}
