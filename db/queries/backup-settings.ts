import { like, or } from 'drizzle-orm';
import { DEFAULT_ROTATION } from '../../electron/shared/rules/backup-rotation';
import { backupSettingsInput, type AutomaticResult } from '../../electron/shared/schemas/backup';
import type { Db } from '../client';
import { readPreference, writePreference } from './preference-value';
import { preferences } from '../schema';

/**
 * Backup settings live in the preferences table under their own keys, outside the preferences the
 * renderer may edit: the folder is a path, and paths are chosen in main's dialogs only.
 */
const KEYS = {
  folder: 'backup.folder',
  keepDaily: 'backup.keepDaily',
  keepMonthly: 'backup.keepMonthly',
  lastAutomatic: 'backup.lastAutomatic',
} as const;

export interface BackupSettings {
  /** null: the default folder next to the database. */
  folder: string | null;
  keepDaily: number;
  keepMonthly: number;
}

export function getBackupSettings(db: Db): BackupSettings {
  const folder = readPreference(db, KEYS.folder);
  const keep = backupSettingsInput.safeParse({
    keepDaily: readPreference(db, KEYS.keepDaily),
    keepMonthly: readPreference(db, KEYS.keepMonthly),
  });
  return {
    folder: typeof folder === 'string' && folder ? folder : null,
    ...(keep.success ? keep.data : { keepDaily: DEFAULT_ROTATION.keepDaily, keepMonthly: DEFAULT_ROTATION.keepMonthly }),
  };
}

export const setBackupFolder = (db: Db, folder: string | null) => writePreference(db, KEYS.folder, folder);

/** The caller owns the transaction, so the change and its audit row land together. */
export function setKeep(db: Db, keep: { keepDaily: number; keepMonthly: number }): void {
  writePreference(db, KEYS.keepDaily, keep.keepDaily);
  writePreference(db, KEYS.keepMonthly, keep.keepMonthly);
}

export function getLastAutomatic(db: Db): AutomaticResult | null {
  const value = readPreference(db, KEYS.lastAutomatic) as Partial<AutomaticResult> | undefined;
  return value && typeof value.at === 'string' && typeof value.ok === 'boolean'
    ? {
        at: value.at,
        ok: value.ok,
        takenAt: value.takenAt ?? null,
        failure: value.failure ?? null,
        ...(value.clockWarning === true && { clockWarning: true }),
      }
    : null;
}

export const setLastAutomatic = (db: Db, result: AutomaticResult) => writePreference(db, KEYS.lastAutomatic, result);

/** This computer's own settings: its backups, and how it shares (desk.*), not part of the data. */
const deskKeys = or(like(preferences.key, 'backup.%'), like(preferences.key, 'desk.%'));

/** Every backup.* and desk.* row, to carry this computer's settings over into a restored database. */
export const backupRows = (db: Db) => db.select().from(preferences).where(deskKeys).all();

export function replaceBackupRows(db: Db, rows: { key: string; value: unknown }[]): void {
  db.delete(preferences).where(deskKeys).run();
  for (const row of rows) writePreference(db, row.key, row.value);
}
