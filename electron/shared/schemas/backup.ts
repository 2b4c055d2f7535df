import { z } from 'zod';
import { BACKUP_NAME, type BackupKind } from '../rules/backup-names';

/** A backup is named, never pathed: main looks the name up in its own listing. */
export const backupNameInput = z.strictObject({
  name: z.string().max(80, 'validation.tooLong').regex(BACKUP_NAME, 'backup.badName'),
});

export const KEEP_LIMITS = { daily: { min: 1, max: 60 }, monthly: { min: 0, max: 120 } } as const;

export const backupSettingsInput = z.strictObject({
  keepDaily: z
    .number()
    .int('backup.keepWhole')
    .min(KEEP_LIMITS.daily.min, 'backup.keepDailyRange')
    .max(KEEP_LIMITS.daily.max, 'backup.keepDailyRange'),
  keepMonthly: z
    .number()
    .int('backup.keepWhole')
    .min(KEEP_LIMITS.monthly.min, 'backup.keepMonthlyRange')
    .max(KEEP_LIMITS.monthly.max, 'backup.keepMonthlyRange'),
});
export type BackupSettingsInput = z.infer<typeof backupSettingsInput>;

/** Why a file in the folder cannot be restored; the UI names each in the user's language. */
export type BackupProblem = 'damaged' | 'foreign' | 'too-new' | 'structure' | 'empty' | 'unreadable';

/** Why a backup could not be written. */
export type BackupFailure = 'folder-unreachable' | 'write-failed' | 'verify-failed';

export interface BackupEntry {
  name: string;
  kind: BackupKind;
  /** Local wall-clock time, "2026-11-23T14:05:00". */
  takenAt: string;
  size: number;
  /** null when the file passed integrity_check and foreign_key_check. */
  problem: BackupProblem | null;
}

/** How the last automatic backup went; kept in the database so a failure at quit shows at the next start. */
export interface AutomaticResult {
  /** ISO instant of the attempt. */
  at: string;
  ok: boolean;
  /** Local wall-clock time of the backup made, when one was. */
  takenAt: string | null;
  failure: BackupFailure | null;
  /**
   * The computer's clock stood before the previous automatic backup or the newest backup's time:
   * set back, or it had been ahead. The backup is made anyway; the settings page asks to check the clock.
   */
  clockWarning?: boolean;
}

export interface BackupStatus {
  /** For display only; the renderer never sends a path back. */
  folder: string;
  isDefaultFolder: boolean;
  keepDaily: number;
  keepMonthly: number;
  /** Newest first. */
  backups: BackupEntry[];
  /** Set when the folder could not be read (a network share that is offline). */
  folderProblem: BackupFailure | null;
  lastAutomatic: AutomaticResult | null;
  /** Backups and restores are for the user's own database, not an example or another file. */
  ownDatabase: boolean;
}

export type RestoreOutcome =
  { restored: true; takenAt: string | null; kind: BackupKind | null; beforeRestore: string } | { restored: false };
