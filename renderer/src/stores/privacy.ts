import { create } from 'zustand';
import type { ArchivedHire, RetentionProposal } from '../../../electron/shared/schemas/privacy';
import type { FileOutcome } from '../../../electron/shared/schemas/template-api';
import { getApi, unwrap } from '../api';
import { useHiresStore } from './hires';
import { usePlanStore } from './plan';
import { useSettingsStore } from './settings';

type Status = 'idle' | 'loading' | 'ready' | 'error';

interface PrivacyState {
  archived: ArchivedHire[];
  archivedStatus: Status;
  proposal: RetentionProposal | null;
  loadError?: string;
  loadArchived: () => Promise<void>;
  loadProposal: () => Promise<void>;
  /** Archives or takes back a finished plan; the open plan and the lists are read again. */
  setArchived: (hireId: number, archived: boolean) => Promise<void>;
  exportHire: (hireId: number) => Promise<FileOutcome>;
  /** Erases for good; `confirmName` is the name as the user typed it. */
  erase: (hireId: number, confirmName: string) => Promise<void>;
  setRetentionYears: (years: number) => Promise<void>;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const usePrivacyStore = create<PrivacyState>((set, get) => {
  /** Every list that may hold the hire, so no screen shows what has changed or gone. */
  const refreshLists = async () => {
    const hires = useHiresStore.getState();
    await Promise.all([get().loadArchived(), get().loadProposal(), hires.load('active'), hires.load('archived')]);
  };
  return {
    archived: [],
    archivedStatus: 'idle',
    proposal: null,
    async loadArchived() {
      set({ archivedStatus: 'loading', loadError: undefined });
      try {
        set({ archived: await unwrap(getApi().privacy.listArchived()), archivedStatus: 'ready' });
      } catch (error) {
        set({ archivedStatus: 'error', loadError: message(error) });
      }
    },
    async loadProposal() {
      set({ proposal: await unwrap(getApi().privacy.retentionProposal()) });
    },
    async setArchived(hireId, archived) {
      await unwrap(getApi().privacy.setArchived({ hireId, archived }));
      if (usePlanStore.getState().hireId === hireId) await usePlanStore.getState().load(hireId);
      await refreshLists();
    },
    exportHire: (hireId) => unwrap(getApi().privacy.exportHire({ hireId })),
    async erase(hireId, confirmName) {
      await unwrap(getApi().privacy.eraseHire({ hireId, confirmName }));
      await refreshLists();
    },
    async setRetentionYears(retentionYears) {
      const preferences = await unwrap(getApi().settings.updatePreferences({ retentionYears }));
      useSettingsStore.setState({ preferences });
      await get().loadProposal();
    },
  };
});
