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

/** After the user dealt with what stopped the own file from opening; `keptAs` names a file set aside. */
export interface RetryOutcome {
  opened: boolean;
  keptAs?: string;
}

export type { BackupProblem };
