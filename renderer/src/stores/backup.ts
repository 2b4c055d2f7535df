import { create } from 'zustand';
import type { BackupSettingsInput, BackupStatus, RestoreOutcome } from '../../../electron/shared/schemas/backup';
import type { FileOutcome } from '../../../electron/shared/schemas/template-api';
import { getApi, unwrap } from '../api';
import { load, notLoaded, put, reload, type Loadable, type Slot } from './loadable';

type Restored = Extract<RestoreOutcome, { restored: true }>;

/** Survives the reload after a restore, so the page can say what happened once it is back. */
const RESTORED_KEY = 'introplan.restored';

interface BackupState {
  /** The folder, the rotation settings, the last automatic backup and the verified list. */
  backup: Loadable<BackupStatus | null>;
  /** A restore is under way; the page reloads when it is done. */
  restoring: boolean;
  load: () => Promise<void>;
  refresh: () => Promise<void>;
  /** The calls below throw ApiError with main's Swedish message. */
  createNow: () => Promise<void>;
  saveAs: () => Promise<FileOutcome>;
  chooseFolder: () => Promise<void>;
  resetFolder: () => Promise<void>;
  updateKeep: (keep: BackupSettingsInput) => Promise<void>;
  /**
   * Both reload the page after a restore: every store then reads the restored database, and the
   * app asks who is working again. restoreFromFile returns false when the dialog was cancelled.
   */
  restore: (name: string) => Promise<void>;
  restoreFromFile: () => Promise<boolean>;
}

function reloadAfter(outcome: Restored): void {
  sessionStorage.setItem(RESTORED_KEY, JSON.stringify({ takenAt: outcome.takenAt }));
  window.location.reload();
}

/** What was restored before the last reload, once; null when nothing was. */
export function takeRestoredNotice(): { takenAt: string | null } | null {
  const stored = sessionStorage.getItem(RESTORED_KEY);
  if (stored === null) return null;
  sessionStorage.removeItem(RESTORED_KEY);
  try {
    const parsed = JSON.parse(stored) as { takenAt?: unknown };
    return { takenAt: typeof parsed.takenAt === 'string' ? parsed.takenAt : null };
  } catch {
    return { takenAt: null };
  }
}

export const useBackupStore = create<BackupState>((set, get) => {
  const backup: Slot<BackupStatus | null> = { get: () => get().backup, set: (next) => set({ backup: next }) };
  const read = () => unwrap(getApi().backup.getStatus());
  const answered = async (call: Promise<BackupStatus>) => void put(backup, await call);
  return {
    backup: notLoaded(null),
    restoring: false,
    // Reading again keeps the list on screen: a restore or a save can be followed by a read.
    load: () => load(backup, read, { quiet: get().backup.data !== null }),
    refresh: () => reload(backup, read),
    createNow: () => answered(unwrap(getApi().backup.createNow())),
    async saveAs() {
      const outcome = await unwrap(getApi().backup.saveAs());
      await get().load(); // the file may have been saved into the backup folder
      return outcome;
    },
    chooseFolder: () => answered(unwrap(getApi().backup.chooseFolder())),
    resetFolder: () => answered(unwrap(getApi().backup.resetFolder())),
    updateKeep: (keep) => answered(unwrap(getApi().backup.updateSettings(keep))),
    async restore(name) {
      set({ restoring: true });
      try {
        const outcome = await unwrap(getApi().backup.restoreBackup({ name }));
        if (outcome.restored) reloadAfter(outcome);
      } catch (error) {
        set({ restoring: false });
        await get().load(); // a vanished or damaged file shows as such in the list
        throw error;
      }
    },
    async restoreFromFile() {
      set({ restoring: true });
      const outcome = await unwrap(getApi().backup.restoreFromFile()).finally(() => set({ restoring: false }));
      if (!outcome.restored) return false;
      reloadAfter(outcome);
      return true;
    },
  };
});
