import { create } from 'zustand';
import type { BinderSettings, BinderSettingsFields, BinderVariant } from '../../../electron/shared/schemas/binder';
import type { FileOutcome } from '../../../electron/shared/schemas/template-api';
import { getApi, unwrap } from '../api';

type Status = 'idle' | 'loading' | 'ready' | 'error';

interface BinderState {
  /** The binder being written now, so its button can show that it is busy. */
  exporting: { hireId: number; variant: BinderVariant } | null;
  settings: BinderSettings | null;
  status: Status;
  loadError?: string;
  /** Main asks where to save and writes the file; the renderer only learns the file's name. */
  exportBinder: (hireId: number, variant: BinderVariant) => Promise<FileOutcome>;
  /** Opens the binder main saved last, with the computer's PDF program. */
  openExported: () => Promise<void>;
  loadSettings: () => Promise<void>;
  /** These throw ApiError; main answers with the settings after the change. */
  saveSettings: (fields: BinderSettingsFields) => Promise<void>;
  chooseLogo: () => Promise<BinderSettings>;
  removeLogo: () => Promise<void>;
}

export const useBinderStore = create<BinderState>((set) => ({
  exporting: null,
  settings: null,
  status: 'idle',
  async exportBinder(hireId, variant) {
    set({ exporting: { hireId, variant } });
    try {
      return await unwrap(getApi().binder.exportPdf({ hireId, variant }));
    } finally {
      set({ exporting: null });
    }
  },
  openExported: async () => unwrap(getApi().binder.openExported()),
  async loadSettings() {
    set({ status: 'loading', loadError: undefined });
    try {
      set({ settings: await unwrap(getApi().settings.getBinderSettings()), status: 'ready' });
    } catch (error) {
      set({ status: 'error', loadError: error instanceof Error ? error.message : String(error) });
    }
  },
  saveSettings: async (fields) => set({ settings: await unwrap(getApi().settings.updateBinderSettings(fields)) }),
  async chooseLogo() {
    const settings = await unwrap(getApi().settings.chooseLogo());
    set({ settings });
    return settings;
  },
  removeLogo: async () => set({ settings: await unwrap(getApi().settings.removeLogo()) }),
}));
