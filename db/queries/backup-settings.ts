import { eq, like, or } from 'drizzle-orm';
import { DEFAULT_ROTATION } from '../../electron/shared/rules/backup-rotation';
import { backupSettingsInput, type AutomaticResult } from '../../electron/shared/schemas/backup';
import type { Db } from '../client';
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

function read(db: Db, key: string): unknown {
  return db.select({ value: preferences.value }).from(preferences).where(eq(preferences.key, key)).get()?.value;
}

function write(db: Db, key: string, value: unknown): void {
  if (value === null || value === undefined) db.delete(preferences).where(eq(preferences.key, key)).run();
  else db.insert(preferences).values({ key, value }).onConflictDoUpdate({ target: preferences.key, set: { value } }).run();
}

export interface BackupSettings {
  /** null: the default folder next to the database. */
  folder: string | null;
  keepDaily: number;
  keepMonthly: number;
}

export function getBackupSettings(db: Db): BackupSettings {
  const folder = read(db, KEYS.folder);
  const keep = backupSettingsInput.safeParse({ keepDaily: read(db, KEYS.keepDaily), keepMonthly: read(db, KEYS.keepMonthly) });
  return {
    folder: typeof folder === 'string' && folder ? folder : null,
    ...(keep.success ? keep.data : { keepDaily: DEFAULT_ROTATION.keepDaily, keepMonthly: DEFAULT_ROTATION.keepMonthly }),
  };
}

export const setBackupFolder = (db: Db, folder: string | null) => write(db, KEYS.folder, folder);

/** The caller owns the transaction, so the change and its audit row land together. */
export function setKeep(db: Db, keep: { keepDaily: number; keepMonthly: number }): void {
  write(db, KEYS.keepDaily, keep.keepDaily);
  write(db, KEYS.keepMonthly, keep.keepMonthly);
}

export function getLastAutomatic(db: Db): AutomaticResult | null {
  const value = read(db, KEYS.lastAutomatic) as Partial<AutomaticResult> | undefined;
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

export const setLastAutomatic = (db: Db, result: AutomaticResult) => write(db, KEYS.lastAutomatic, result);

/** This computer's own settings: its backups, and how it shares (desk.*), not part of the data. */
const deskKeys = or(like(preferences.key, 'backup.%'), like(preferences.key, 'desk.%'));

/** Every backup.* and desk.* row, to carry this computer's settings over into a restored database. */
export const backupRows = (db: Db) => db.select().from(preferences).where(deskKeys).all();

export function replaceBackupRows(db: Db, rows: { key: string; value: unknown }[]): void {
  db.delete(preferences).where(deskKeys).run();
  for (const row of rows) write(db, row.key, row.value);
}
