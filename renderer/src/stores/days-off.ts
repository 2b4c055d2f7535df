import { create } from 'zustand';
import type { DayInfo, DayOff } from '../../../electron/shared/rules/calendar';
import { getApi, unwrap } from '../api';
import { load, notLoaded, put, reload, type Loadable, type Slot } from './loadable';

interface DaysOffState {
  /** The municipality's own days off (summer closure …), by date. */
  days: Loadable<DayOff[]>;
  load: () => Promise<void>;
  refresh: () => Promise<void>;
  /** Both throw ApiError; main answers with the whole list after the change. */
  save: (day: DayOff) => Promise<void>;
  remove: (date: string) => Promise<void>;
  /** Whether a picked date is a day off, and the first working day from it (for the date fields' warnings). */
  dayInfo: (date: string) => Promise<DayInfo>;
}

export const useDaysOffStore = create<DaysOffState>((set, get) => {
  const days: Slot<DayOff[]> = { get: () => get().days, set: (next) => set({ days: next }) };
  const read = () => unwrap(getApi().settings.listDaysOff());
  return {
    days: notLoaded([]),
    load: () => load(days, read),
    refresh: () => reload(days, read),
    save: async (day) => void put(days, await unwrap(getApi().settings.saveDayOff(day))),
    remove: async (date) => void put(days, await unwrap(getApi().settings.removeDayOff({ date }))),
    dayInfo: (date) => unwrap(getApi().calendar.dayInfo({ date })),
  };
});
