import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { knownMigrationCount } from '../../../../db/open';
import { getBackupSettings, getLastAutomatic } from '../../../../db/queries/backup-settings';
import { backupName, parseBackupName, type BackupKind } from '../../../shared/rules/backup-names';
import { backupsToDelete, DEFAULT_ROTATION } from '../../../shared/rules/backup-rotation';
import type { BackupEntry, BackupStatus } from '../../../shared/schemas/backup';
import type { HandlerContext } from '../../ipc/context';
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
  writeVerifiedCopy(ctx.session.sqlite, file, knownMigrationCount(ctx.migrationsFolder));
  return { name, kind, takenAt: parseBackupName(name)!.takenAt, size: statSync(file).size, problem: null };
}

const STALE_TEMP = /^introplan-.*\.db\.\d+\.tmp$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes what the rotation rule lets go, and temp files a crash left behind more than a day ago. */
export function rotateBackups(ctx: BackupContext): string[] {
  const { folder, isDefault } = backupFolderOf(ctx.db, ctx.dataDirectory);
  const { keepDaily, keepMonthly } = getBackupSettings(ctx.db);
  const doomed = backupsToDelete(readBackupNames(folder, isDefault), { ...DEFAULT_ROTATION, keepDaily, keepMonthly });
  for (const name of readdirSync(folder).filter((n) => STALE_TEMP.test(n))) {
    const file = path.join(folder, name);
    if (Date.now() - statSync(file).mtimeMs > DAY_MS) rmSync(file, { force: true });
  }
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
    backups = listBackups(folder, isDefault, knownMigrationCount(ctx.migrationsFolder));
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
