import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getBackupSettings } from '../../../../db/queries/backup-settings';
import type { Db } from '../../../../db/client';
import { BackupFailedError } from './write';

/** Next to the database, so backups work before anyone has chosen a folder. */
export const defaultBackupFolder = (dataDirectory: string) => path.join(dataDirectory, 'Säkerhetskopior');

export function backupFolderOf(db: Db, dataDirectory: string): { folder: string; isDefault: boolean } {
  const chosen = getBackupSettings(db).folder;
  return chosen ? { folder: chosen, isDefault: false } : { folder: defaultBackupFolder(dataDirectory), isDefault: true };
}

/**
 * Makes sure backups can go into the folder. Only the default folder is created: creating a chosen
 * one that is missing would, for a network share that is offline, quietly write to the local disk.
 */
export function ensureFolder(folder: string, isDefault: boolean): void {
  try {
    if (isDefault) mkdirSync(folder, { recursive: true });
    if (!statSync(folder).isDirectory()) throw new Error('not a folder');
  } catch (error) {
    throw new BackupFailedError('folder-unreachable', error instanceof Error ? error.message : String(error));
  }
}

/** Tries to write in the folder, since permission bits on a network share say little. */
export function assertWritable(folder: string): void {
  const probe = path.join(folder, `.introplan-skrivtest-${process.pid}`);
  try {
    ensureFolder(folder, false);
    writeFileSync(probe, '');
  } catch (error) {
    throw new BackupFailedError('folder-unreachable', error instanceof Error ? error.message : String(error));
  } finally {
    rmSync(probe, { force: true });
  }
}
