import type { BackupEntry, BackupProblem } from './backup';
import type { BackupKind } from '../rules/backup-names';

/** What the recovery screen shows when the user's own database could not be opened. */
export interface RecoveryState {
  /** Backups found in the default folder (the chosen folder is stored inside the damaged file). */
  backups: BackupEntry[];
  /** For display only. */
  folder: string;
}

export type RecoveryOutcome =
  | { recovered: false }
  | {
      recovered: true;
      takenAt: string | null;
      kind: BackupKind | null;
      /** The damaged file's new name, next to where it was: it is kept, never deleted. */
      damagedKeptAs: string;
    };

export type OpenOtherOutcome = { opened: false } | { opened: true };

export type { BackupProblem };
