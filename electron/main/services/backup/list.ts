import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { inspectDatabaseFile, type DatabaseProblemKind } from '../../../../db/integrity';
import { byTime, parseBackupName, type BackupName } from '../../../shared/rules/backup-names';
import type { BackupEntry, BackupProblem } from '../../../shared/schemas/backup';
import { defaultBackupFolder } from './folder';
import { BackupFailedError } from './write';

/**
 * The backups in a folder by name, oldest first. A missing default folder simply has none yet;
 * a folder that cannot be read (a share that is offline) throws.
 */
export function readBackupNames(folder: string, isDefault: boolean): BackupName[] {
  if (isDefault && !existsSync(folder)) return [];
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    throw new BackupFailedError('folder-unreachable', error instanceof Error ? error.message : String(error));
  }
  return names.flatMap((name) => parseBackupName(name) ?? []).sort(byTime);
}

/** Whether the default folder holds any backup: then an empty own database is a loss, not a first start. */
export function hasBackups(dataDirectory: string): boolean {
  try {
    return readBackupNames(defaultBackupFolder(dataDirectory), true).length > 0;
  } catch {
    return false;
  }
}

/** A backup is only ever restored when it checked out; a file that could not be read at all is 'unreadable'. */
function asBackupProblem(kind: DatabaseProblemKind): BackupProblem {
  if (kind === 'damaged' || kind === 'foreign' || kind === 'too-new' || kind === 'structure') return kind;
  return kind === 'wrong-wal' ? 'damaged' : 'unreadable';
}

/** Thorough check of a file as a backup to restore: damaged, foreign, too new, empty, or fine. */
export function backupProblem(file: string, migrationsFolder: string): BackupProblem | null {
  try {
    if (!statSync(file).isFile()) return 'unreadable';
    const check = inspectDatabaseFile(file, migrationsFolder, true);
    if (!check.ok) return asBackupProblem(check.kind);
    return check.version === 0 ? 'empty' : null;
  } catch {
    return 'unreadable';
  }
}

/**
 * Verified answers by file, size and modification time: the settings page lists the folder often,
 * and an integrity_check of every backup each time would make it slow on a network share.
 */
const verified = new Map<string, BackupProblem | null>();

function cachedProblem(file: string, size: number, mtimeMs: number, migrationsFolder: string): BackupProblem | null {
  const key = `${file}\0${size}\0${mtimeMs}\0${migrationsFolder}`;
  if (!verified.has(key)) {
    if (verified.size > 2000) verified.clear();
    verified.set(key, backupProblem(file, migrationsFolder));
  }
  return verified.get(key)!;
}

/** Every backup in the folder with its size and verification, newest first. */
export function listBackups(folder: string, isDefault: boolean, migrationsFolder: string): BackupEntry[] {
  const entries: BackupEntry[] = [];
  for (const backup of readBackupNames(folder, isDefault).reverse()) {
    const file = path.join(folder, backup.name);
    try {
      const { size, mtimeMs } = statSync(file);
      entries.push({
        name: backup.name,
        kind: backup.kind,
        takenAt: backup.takenAt,
        size,
        problem: cachedProblem(file, size, mtimeMs, migrationsFolder),
      });
    } catch {
      entries.push({ name: backup.name, kind: backup.kind, takenAt: backup.takenAt, size: 0, problem: 'unreadable' });
    }
  }
  return entries;
}
