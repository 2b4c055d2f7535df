import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { isProcessRunning } from '../../../../db/writer-lock';
import { getBackupSettings, getLastAutomatic } from '../../../../db/queries/backup-settings';
import { backupName, parseBackupName, type BackupKind } from '../../../shared/rules/backup-names';
import { backupsToDelete, DEFAULT_ROTATION } from '../../../shared/rules/backup-rotation';
import type { BackupEntry, BackupStatus } from '../../../shared/schemas/backup';
import type { HandlerContext } from '../../ipc/context';
import { adoptUpgradeCopies } from './upgrade-copies';
import { backupFolderOf, ensureFolder } from './folder';
import { listBackups, readBackupNames } from './list';
import { BackupFailedError, writeVerifiedCopy } from './write';

/** What the backup services use of the app; the handler context is one. */
export type BackupContext = Pick<HandlerContext, 'session' | 'db' | 'now' | 'dataDirectory' | 'migrationsFolder'>;

/** Backups belong to the user's own database, not to an example or another file opened for a while. */
export const usingOwnDatabase = (ctx: BackupContext) => !ctx.session.usingExample && ctx.session.file === ctx.session.ownFile;

/** Writes a verified backup of the database in use into the backup folder. Throws BackupFailedError. */
export function createBackup(ctx: BackupContext, kind: BackupKind): BackupEntry {
  const { folder, isDefault } = backupFolderOf(ctx.db, ctx.dataDirectory);
  ensureFolder(folder, isDefault);
  const date = new Date(ctx.now());
  let seq = 1;
  while (existsSync(path.join(folder, backupName(date, kind, seq)))) seq++;
  const name = backupName(date, kind, seq);
  const file = path.join(folder, name);
  writeVerifiedCopy(ctx.session.sqlite, file, ctx.migrationsFolder);
  return { name, kind, takenAt: parseBackupName(name)!.takenAt, size: statSync(file).size, problem: null };
}

const BACKUP_TEMP = /^introplan-.*\.db\.(\d+)\.tmp$/;

/**
 * Removes the temporary copies of backups whose writing process has ended (a crash or a kill
 * mid-backup), at start and at every rotation; a copy a running process is writing is left alone.
 */
export function removeCrashedTemps(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(BACKUP_TEMP.exec(name)?.[1]);
    if (pid && pid !== process.pid && !isProcessRunning(pid)) rmSync(path.join(folder, name), { force: true });
  }
}

/**
 * Deletes what the rotation rule lets go, and the temp files of crashed backups. `justWritten` is
 * never deleted: with the clock set back, the new backup has the oldest name of all, and the rule
 * alone would delete it at once.
 */
export function rotateBackups(ctx: BackupContext, justWritten?: string): string[] {
  adoptUpgradeCopies(ctx);
  const { folder, isDefault } = backupFolderOf(ctx.db, ctx.dataDirectory);
  const { keepDaily, keepMonthly } = getBackupSettings(ctx.db);
  const doomed = backupsToDelete(readBackupNames(folder, isDefault), { ...DEFAULT_ROTATION, keepDaily, keepMonthly }).filter(
    (name) => name !== justWritten,
  );
  removeCrashedTemps(folder);
  const deleted: string[] = [];
  for (const name of doomed) {
    try {
      rmSync(path.join(folder, name));
      deleted.push(name);
    } catch {
      // Left for the next rotation; a file someone has open on a share cannot always be deleted.
    }
  }
  return deleted;
}

export function backupStatus(ctx: BackupContext): BackupStatus {
  const { folder, isDefault } = backupFolderOf(ctx.db, ctx.dataDirectory);
  const { keepDaily, keepMonthly } = getBackupSettings(ctx.db);
  let backups: BackupEntry[] = [];
  let folderProblem: BackupStatus['folderProblem'] = null;
  try {
    backups = listBackups(folder, isDefault, ctx.migrationsFolder);
  } catch (error) {
    if (!(error instanceof BackupFailedError)) throw error;
    folderProblem = error.failure;
  }
  return {
    folder,
    isDefaultFolder: isDefault,
    keepDaily,
    keepMonthly,
    backups,
    folderProblem,
    lastAutomatic: getLastAutomatic(ctx.db),
    ownDatabase: usingOwnDatabase(ctx),
  };
}
