import { create } from 'zustand';
import type { CheckInFields, CheckInView } from '../../../electron/shared/schemas/check-ins';
import { getApi, unwrap } from '../api';
import { hireLoader, notLoaded, type Loadable } from './loadable';
import { usePlanStore } from './plan';

interface CheckInsState {
  hireId: number | null;
  checkIns: Loadable<CheckInView[]>;
  load: (hireId: number) => Promise<void>;
  refresh: () => Promise<void>;
  save: (checkpointId: string, fields: CheckInFields) => Promise<CheckInView[]>;
  remove: (checkInId: number) => Promise<CheckInView[]>;
}

/** One hire's check-ins: the programme's checkpoints with their days and what was recorded. */
export const useCheckInsStore = create<CheckInsState>((set, get) => {
  const checkIns = hireLoader<CheckInView[]>(
    {
      hireId: () => get().hireId,
      open: (hireId) => set({ hireId, checkIns: notLoaded([]) }),
      get: () => get().checkIns,
      set: (next) => set({ checkIns: next }),
    },
    (hireId) => unwrap(getApi().checkins.getCheckIns({ hireId })),
  );
  // Agreed actions become items of the plan: the checklist reads again.
  const change = async (write: (hireId: number) => Promise<CheckInView[]>) => {
    const next = await checkIns.change(write);
    void usePlanStore.getState().refresh();
    return next;
  };
  return {
    hireId: null,
    checkIns: notLoaded([]),
    load: checkIns.load,
    refresh: checkIns.refresh,
    save: (checkpointId, fields) => change((hireId) => unwrap(getApi().checkins.saveCheckIn({ hireId, checkpointId, ...fields }))),
    remove: (checkInId) => change(() => unwrap(getApi().checkins.removeCheckIn({ checkInId }))),
  };
});
