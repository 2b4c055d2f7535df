import { create } from 'zustand';
import type { ItemStatus } from '../../../electron/shared/schemas/plan';
import type { Input } from '../../../electron/shared/contract';
import type { MyTask, MyWork, ReminderChoice } from '../../../electron/shared/schemas/my-work';
import { getApi, unwrap } from '../api';
import { load, notLoaded, reload, type Loadable, type Slot } from './loadable';

interface MyWorkState {
  work: Loadable<MyWork | null>;
  /** Only this hire's rows (null: all). */
  hireId: number | null;
  load: () => Promise<void>;
  refresh: () => Promise<void>;
  setHire: (hireId: number | null) => void;
  /** The person's reminder settings; saving them. Throw ApiError. */
  reminders: () => Promise<ReminderChoice>;
  saveReminders: (input: ReminderChoice) => Promise<ReminderChoice>;
  /** "Logga 4 h": logs introducer time, then reads the list again. Throws ApiError. */
  logHours: (input: Input<'hours:log-hours'>) => Promise<void>;
  /** Ticks or follows up through the same channel and rules as the hire page. Throws ApiError. */
  setStatus: (task: MyTask, status: ItemStatus) => Promise<void>;
}

export const useMyWorkStore = create<MyWorkState>((set, get) => {
  const slot: Slot<MyWork | null> = { get: () => get().work, set: (work) => set({ work }) };
  const read = () => unwrap(getApi().tasks.getMine());
  return {
    work: notLoaded(null),
    hireId: null,
    load: () => load(slot, read),
    refresh: () => reload(slot, read),
    setHire: (hireId) => set({ hireId }),
    reminders: () => unwrap(getApi().tasks.getReminders()),
    saveReminders: (input) => unwrap(getApi().tasks.setReminders(input)),
    async logHours(input) {
      await unwrap(getApi().hours.logHours(input));
      await load(slot, read, { quiet: true });
    },
    async setStatus(task, status) {
      await unwrap(getApi().plans.setItemStatus({ itemId: task.itemId, status }));
      await load(slot, read, { quiet: true });
    },
  };
});
