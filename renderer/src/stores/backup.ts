import { create } from 'zustand';
import type { BackupSettingsInput, BackupStatus, RestoreOutcome } from '../../../electron/shared/schemas/backup';
import type { FileOutcome } from '../../../electron/shared/schemas/template-api';
import { getApi, unwrap } from '../api';

type LoadState = 'idle' | 'loading' | 'ready' | 'error';
type Restored = Extract<RestoreOutcome, { restored: true }>;

/** Survives the reload after a restore, so the page can say what happened once it is back. */
const RESTORED_KEY = 'introplan.restored';

interface BackupState {
  status?: BackupStatus;
  loadState: LoadState;
  loadError?: string;
  /** A restore is under way; the page reloads when it is done. */
  restoring: boolean;
  load: () => Promise<void>;
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

export const useBackupStore = create<BackupState>((set, get) => ({
  loadState: 'idle',
  restoring: false,
  async load() {
    set({ loadState: get().status ? 'ready' : 'loading', loadError: undefined });
    try {
      set({ status: await unwrap(getApi().backup.getStatus()), loadState: 'ready' });
    } catch (error) {
      set({ loadState: 'error', loadError: error instanceof Error ? error.message : String(error) });
    }
  },
  createNow: async () => set({ status: await unwrap(getApi().backup.createNow()) }),
  async saveAs() {
    const outcome = await unwrap(getApi().backup.saveAs());
    await get().load(); // the file may have been saved into the backup folder
    return outcome;
  },
  chooseFolder: async () => set({ status: await unwrap(getApi().backup.chooseFolder()) }),
  resetFolder: async () => set({ status: await unwrap(getApi().backup.resetFolder()) }),
  updateKeep: async (keep) => set({ status: await unwrap(getApi().backup.updateSettings(keep)) }),
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
}));
