import type Database from 'better-sqlite3';
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { inspectDatabaseFile } from '../../../../db/integrity';
import type { BackupFailure } from '../../../shared/schemas/backup';

/** A backup could not be written; `failure` says which step, for the UI. */
export class BackupFailedError extends Error {
  constructor(
    readonly failure: BackupFailure,
    readonly detail: string,
  ) {
    super(`backup ${failure}: ${detail}`);
    this.name = 'BackupFailedError';
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Flushes a file to disk: a backup the OS still holds in its cache is no backup after a power cut. */
export function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename in `folder` durable; Windows cannot open folders for this and does not need it. */
export function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some network file systems refuse fsync on folders; the file itself is already synced.
  }
}

/**
 * Writes a copy of the open database to `target`: VACUUM INTO a temp name in the same folder
 * (synchronous, so it works while Electron quits; compact; includes what the -wal holds), fsync,
 * integrity_check + foreign_key_check on the copy, and only then the final name. A copy that fails
 * the check is deleted, so a file under a backup name is always one that verified.
 */
export function writeVerifiedCopy(sqlite: Database.Database, target: string, migrationsFolder: string): void {
  const temp = `${target}.${process.pid}.tmp`;
  try {
    try {
      sqlite.prepare('VACUUM INTO ?').run(temp);
      syncFile(temp);
    } catch (error) {
      throw new BackupFailedError('write-failed', message(error));
    }
    const check = inspectDatabaseFile(temp, migrationsFolder, true);
    if (!check.ok) throw new BackupFailedError('verify-failed', `${check.kind}: ${check.detail}`);
    try {
      renameSync(temp, target);
    } catch (error) {
      throw new BackupFailedError('write-failed', message(error));
    }
    syncFolder(path.dirname(target));
  } finally {
    rmSync(temp, { force: true });
  }
}
