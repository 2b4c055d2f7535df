import { create } from 'zustand';
import type { RecoveryState } from '../../../electron/shared/schemas/recovery';
import { getApi, unwrap } from '../api';

interface RecoveryStore {
  state?: RecoveryState;
  load: () => Promise<void>;
  /** Each resolves to false when the user cancelled a dialog; on success the page reloads into the app. */
  restoreBackup: (name: string) => Promise<void>;
  restoreFromFile: () => Promise<boolean>;
  openOtherFile: () => Promise<boolean>;
  /** Tries the own file again; false when it still does not open (the page then stays). */
  retry: () => Promise<boolean>;
  /** Moves another database's -wal aside and opens the own file; resolves to the name it is kept under. */
  setAsideWal: () => Promise<string | undefined>;
  startEmpty: () => Promise<void>;
  quit: () => Promise<void>;
}

/** After recovery every store must read the new database, so the page starts over. */
const startOver = () => window.location.reload();

export const useRecoveryStore = create<RecoveryStore>((set) => ({
  async load() {
    set({ state: await unwrap(getApi().recovery.getState()) });
  },
  async restoreBackup(name) {
    await unwrap(getApi().recovery.restoreBackup({ name }));
    startOver();
  },
  async restoreFromFile() {
    const outcome = await unwrap(getApi().recovery.restoreFromFile());
    if (outcome.recovered) startOver();
    return outcome.recovered;
  },
  async openOtherFile() {
    const outcome = await unwrap(getApi().recovery.openOtherFile());
    if (outcome.opened) startOver();
    return outcome.opened;
  },
  async retry() {
    const outcome = await unwrap(getApi().recovery.retryOpen());
    if (outcome.opened) startOver();
    return outcome.opened;
  },
  async setAsideWal() {
    const outcome = await unwrap(getApi().recovery.setAsideWal());
    if (outcome.opened) startOver();
    return outcome.keptAs;
  },
  async startEmpty() {
    await unwrap(getApi().recovery.startEmpty());
    startOver();
  },
  async quit() {
    await unwrap(getApi().app.quitApp());
  },
}));
