import { create } from 'zustand';
import type { BinderSettings, BinderSettingsFields, BinderVariant, CommonNumber } from '../../../electron/shared/schemas/binder';
import type { FileOutcome } from '../../../electron/shared/schemas/template-api';
import type { EventPayload } from '../../../electron/shared/events';
import { getApi, unwrap } from '../api';
import { load, notLoaded, put, reload, type Loadable, type Slot } from './loadable';

/** How far the binder being made has come, as main reports it. */
export type BinderProgress = Omit<EventPayload<'binder-progress'>, 'jobId'>;

interface BinderState {
  /** The binder being written now, so its button can show that it is busy, with its progress once main reports it. */
  exporting: { hireId: number; variant: BinderVariant; progress: BinderProgress | null; cancelled: boolean } | null;
  settings: Loadable<BinderSettings | null>;
  /** Main asks where to save and writes the file; the renderer only learns the file's name. */
  exportBinder: (hireId: number, variant: BinderVariant) => Promise<FileOutcome & { cancelled: boolean }>;
  /** Stops the binder being made; its export then answers "not saved, cancelled". */
  cancelExport: () => Promise<void>;
  /** Opens the binder main saved last, with the computer's PDF program. */
  openExported: () => Promise<void>;
  loadSettings: () => Promise<void>;
  refresh: () => Promise<void>;
  /** These throw ApiError; main answers with the settings after the change. */
  saveSettings: (fields: BinderSettingsFields) => Promise<void>;
  /** Replaces the municipality-wide numbers printed in every binder. */
  saveNumbers: (numbers: CommonNumber[]) => Promise<void>;
  chooseLogo: () => Promise<BinderSettings>;
  removeLogo: () => Promise<void>;
}

export const useBinderStore = create<BinderState>((set, get) => {
  const settings: Slot<BinderSettings | null> = { get: () => get().settings, set: (next) => set({ settings: next }) };
  const read = () => unwrap(getApi().settings.getBinderSettings());
  return {
    exporting: null,
    settings: notLoaded(null),
    async exportBinder(hireId, variant) {
      set({ exporting: { hireId, variant, progress: null, cancelled: false } });
      // Only this window's binder: another window's export reports to that window.
      const stop = getApi().subscribe('binder-progress', ({ jobId: _job, ...progress }, meta) => {
        const exporting = get().exporting;
        if (meta.fromThisWindow && exporting) set({ exporting: { ...exporting, progress } });
      });
      try {
        const outcome = await unwrap(getApi().binder.exportPdf({ hireId, variant }));
        return { ...outcome, cancelled: get().exporting?.cancelled ?? false };
      } finally {
        stop();
        set({ exporting: null });
      }
    },
    async cancelExport() {
      const exporting = get().exporting;
      if (!exporting) return;
      set({ exporting: { ...exporting, cancelled: true } });
      await unwrap(getApi().binder.cancelExport());
    },
    openExported: async () => unwrap(getApi().binder.openExported()),
    loadSettings: () => load(settings, read),
    refresh: () => reload(settings, read),
    saveSettings: async (fields) => void put(settings, await unwrap(getApi().settings.updateBinderSettings(fields))),
    saveNumbers: async (numbers) => void put(settings, await unwrap(getApi().settings.updateCommonNumbers({ numbers }))),
    async chooseLogo() {
      const chosen = await unwrap(getApi().settings.chooseLogo());
      put(settings, chosen);
      return chosen;
    },
    removeLogo: async () => void put(settings, await unwrap(getApi().settings.removeLogo())),
  };
});
