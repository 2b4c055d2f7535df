import { create } from 'zustand';
import type { DayOff } from '../../../electron/shared/rules/calendar';
import { getApi, unwrap } from '../api';

type Status = 'idle' | 'loading' | 'ready' | 'error';

interface DaysOffState {
  /** The municipality's own days off (summer closure …), by date. */
  days: DayOff[];
  status: Status;
  loadError?: string;
  load: () => Promise<void>;
  /** Both throw ApiError; main answers with the whole list after the change. */
  save: (day: DayOff) => Promise<void>;
  remove: (date: string) => Promise<void>;
}

export const useDaysOffStore = create<DaysOffState>((set) => ({
  days: [],
  status: 'idle',
  async load() {
    set({ status: 'loading', loadError: undefined });
    try {
      set({ days: await unwrap(getApi().settings.listDaysOff()), status: 'ready' });
    } catch (error) {
      set({ status: 'error', loadError: error instanceof Error ? error.message : String(error) });
    }
  },
  save: async (day) => set({ days: await unwrap(getApi().settings.saveDayOff(day)) }),
  remove: async (date) => set({ days: await unwrap(getApi().settings.removeDayOff({ date })) }),
}));
