import { create } from 'zustand';
import type { ArchivedHire, EraseOutcome, ErasedCopies, RetentionProposal } from '../../../electron/shared/schemas/privacy';
import type { FileOutcome } from '../../../electron/shared/schemas/template-api';
import { getApi, unwrap } from '../api';
import { useHiresStore } from './hires';
import { load, notLoaded, reload, type Loadable, type Slot } from './loadable';
import { usePlanStore } from './plan';
import { useSettingsStore } from './settings';

interface PrivacyState {
  archived: Loadable<ArchivedHire[]>;
  proposal: RetentionProposal | null;
  loadArchived: () => Promise<void>;
  /** Throws ApiError, which the retention card shows. */
  loadProposal: () => Promise<void>;
  /** Reads again, quietly, the archived list and the proposal when they have been read. */
  refresh: () => Promise<void>;
  /** Archives or takes back a finished plan; the open plan and the lists are read again. */
  setArchived: (hireId: number, archived: boolean) => Promise<void>;
  exportHire: (hireId: number) => Promise<FileOutcome>;
  /** Erases for good; `confirmName` is the name as the user typed it. */
  erase: (hireId: number, confirmName: string) => Promise<EraseOutcome>;
  /** Backups taken before an erase that still hold erased hires (Gallring). */
  erasedCopies: ErasedCopies | null;
  loadErasedCopies: () => Promise<void>;
  deleteErasedCopies: (names: string[]) => Promise<void>;
  setRetentionYears: (years: number) => Promise<void>;
}

export const usePrivacyStore = create<PrivacyState>((set, get) => {
  const archived: Slot<ArchivedHire[]> = { get: () => get().archived, set: (next) => set({ archived: next }) };
  const readArchived = () => unwrap(getApi().privacy.listArchived());
  /** Every list that may hold the hire, so no screen shows what has changed or gone. */
  const refreshLists = async () => {
    const hires = useHiresStore.getState();
    await Promise.all([get().loadArchived(), get().loadProposal(), hires.load('active'), hires.load('archived')]);
  };
  return {
    archived: notLoaded([]),
    proposal: null,
    loadArchived: () => load(archived, readArchived),
    async loadProposal() {
      set({ proposal: await unwrap(getApi().privacy.retentionProposal()) });
    },
    async refresh() {
      // A proposal that cannot be read now keeps the last one; the card reads it again when shown.
      const proposal = get().proposal
        ? get()
            .loadProposal()
            .catch(() => undefined)
        : undefined;
      await Promise.all([reload(archived, readArchived), proposal]);
    },
    async setArchived(hireId, isArchived) {
      await unwrap(getApi().privacy.setArchived({ hireId, archived: isArchived }));
      if (usePlanStore.getState().hireId === hireId) await usePlanStore.getState().load(hireId);
      await refreshLists();
    },
    exportHire: (hireId) => unwrap(getApi().privacy.exportHire({ hireId })),
    async erase(hireId, confirmName) {
      const outcome = await unwrap(getApi().privacy.eraseHire({ hireId, confirmName }));
      await Promise.all([refreshLists(), get().erasedCopies && get().loadErasedCopies()]);
      return outcome;
    },
    erasedCopies: null,
    async loadErasedCopies() {
      set({ erasedCopies: await unwrap(getApi().backup.listErasedCopies()) });
    },
    async deleteErasedCopies(names) {
      set({ erasedCopies: await unwrap(getApi().backup.deleteErasedCopies({ names })) });
    },
    async setRetentionYears(retentionYears) {
      const preferences = await unwrap(getApi().settings.updatePreferences({ retentionYears }));
      useSettingsStore.setState({ preferences });
      await get().loadProposal();
    },
  };
});
