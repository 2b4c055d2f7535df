import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { inspectDatabaseFile } from '../../../../db/integrity';
import { byTime, parseBackupName, type BackupName } from '../../../shared/rules/backup-names';
import type { BackupEntry, BackupProblem } from '../../../shared/schemas/backup';
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

/** Thorough check of a file as a backup to restore: damaged, foreign, too new, empty, or fine. */
export function backupProblem(file: string, knownVersion: number): BackupProblem | null {
  try {
    if (!statSync(file).isFile()) return 'unreadable';
    const check = inspectDatabaseFile(file, knownVersion, true);
    if (!check.ok) return check.kind;
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

function cachedProblem(file: string, size: number, mtimeMs: number, knownVersion: number): BackupProblem | null {
  const key = `${file}\0${size}\0${mtimeMs}\0${knownVersion}`;
  if (!verified.has(key)) {
    if (verified.size > 2000) verified.clear();
    verified.set(key, backupProblem(file, knownVersion));
  }
  return verified.get(key)!;
}

/** Every backup in the folder with its size and verification, newest first. */
export function listBackups(folder: string, isDefault: boolean, knownVersion: number): BackupEntry[] {
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
        problem: cachedProblem(file, size, mtimeMs, knownVersion),
      });
    } catch {
      entries.push({ name: backup.name, kind: backup.kind, takenAt: backup.takenAt, size: 0, problem: 'unreadable' });
    }
  }
  return entries;
}
