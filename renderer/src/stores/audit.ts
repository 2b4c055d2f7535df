import { create } from 'zustand';
import type { FileOutcome } from '../../../electron/shared/schemas/template-api';
import type { AuditEvent } from '../../../electron/shared/schemas/audit';
import { getApi, unwrap } from '../api';
import { hireLoader, notLoaded, type Loadable } from './loadable';

interface AuditState {
  hireId: number | null;
  events: Loadable<AuditEvent[]>;
  /** Reads the hire's trail; the newest event comes last from main and first on screen. */
  load: (hireId: number) => Promise<void>;
  /** Reads the open hire's trail again, quietly, when it has been read. */
  refresh: () => Promise<void>;
  /** Asks main for a save dialog and writes the CSV there; one hire's trail or, with null, all of it. */
  exportCsv: (hireId: number | null) => Promise<FileOutcome>;
}

export const useAuditStore = create<AuditState>((set, get) => {
  const trail = hireLoader<AuditEvent[]>(
    {
      hireId: () => get().hireId,
      open: (hireId) => set({ hireId, events: notLoaded([]) }),
      get: () => get().events,
      set: (events) => set({ events }),
    },
    (hireId) => unwrap(getApi().audit.hireHistory({ hireId })),
  );
  return {
    hireId: null,
    events: notLoaded([]),
    load: trail.load,
    refresh: trail.refresh,
    exportCsv: (hireId) => unwrap(getApi().audit.exportTrail({ hireId })),
  };
});
