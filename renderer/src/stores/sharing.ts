import { create } from 'zustand';
import type { ConflictRef, HireConflict, SharingStatus } from '../../../electron/shared/schemas/sharing';
import { getApi, unwrap } from '../api';

interface SharingState {
  status: SharingStatus | null;
  /** The open hire's conflicts, read when its page shows and after every look at the folder. */
  conflicts: { hireId: number | null; list: HireConflict[] };
  /** Reads the status and follows main's `sync-status` events; returns the function that stops listening. */
  start: () => () => void;
  checkNow: () => Promise<void>;
  /** False when the folder dialog was cancelled. The calls throw ApiError with main's Swedish message. */
  create: () => Promise<boolean>;
  join: (mode: 'merge' | 'folder') => Promise<boolean>;
  leave: () => Promise<void>;
  setCopyToBackups: (on: boolean) => Promise<void>;
  loadConflicts: (hireId: number) => Promise<void>;
  resolve: (hireId: number, ref: ConflictRef, choice: number) => Promise<void>;
}

export const useSharingStore = create<SharingState>((set, get) => ({
  status: null,
  conflicts: { hireId: null, list: [] },
  start() {
    void unwrap(getApi().sharing.getStatus())
      .then((status) => set({ status }))
      .catch(() => undefined);
    return getApi().subscribe('sync-status', (status) => {
      set({ status });
      const { hireId } = get().conflicts;
      if (hireId !== null) void get().loadConflicts(hireId);
    });
  },
  async checkNow() {
    set({ status: await unwrap(getApi().sharing.checkNow()) });
  },
  async create() {
    const outcome = await unwrap(getApi().sharing.createFolder());
    if (outcome.chosen) set({ status: outcome.status });
    return outcome.chosen;
  },
  async join(mode) {
    const outcome = await unwrap(getApi().sharing.joinFolder({ mode }));
    if (outcome.chosen) set({ status: outcome.status });
    return outcome.chosen;
  },
  async leave() {
    set({ status: await unwrap(getApi().sharing.leaveFolder()), conflicts: { hireId: get().conflicts.hireId, list: [] } });
  },
  async setCopyToBackups(on) {
    set({ status: await unwrap(getApi().sharing.setCopyToBackups({ on })) });
  },
  async loadConflicts(hireId) {
    set({ conflicts: { hireId, list: get().conflicts.hireId === hireId ? get().conflicts.list : [] } });
    if (!get().status || get().status?.state === 'off' || get().status?.state === 'example') return;
    try {
      const list = await unwrap(getApi().sharing.hireConflicts({ hireId }));
      if (get().conflicts.hireId === hireId) set({ conflicts: { hireId, list } });
    } catch {
      // The page shows the plan either way; the next look at the folder tries again.
    }
  },
  async resolve(hireId, ref, choice) {
    const list = await unwrap(getApi().sharing.resolveConflict({ hireId, conflict: ref, choice }));
    set({ conflicts: { hireId, list } });
  },
}));
