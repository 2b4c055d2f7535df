import { create } from 'zustand';
import type { FileOutcome } from '../../../electron/shared/schemas/template-api';
import type { AuditEvent } from '../../../electron/shared/schemas/privacy';
import { getApi, unwrap } from '../api';

type Status = 'idle' | 'loading' | 'ready' | 'error';

interface AuditState {
  hireId: number | null;
  events: AuditEvent[];
  status: Status;
  loadError?: string;
  /** Reads the hire's trail; the newest event comes last from main and first on screen. */
  load: (hireId: number) => Promise<void>;
  /** Asks main for a save dialog and writes the CSV there; one hire's trail or, with null, all of it. */
  exportCsv: (hireId: number | null) => Promise<FileOutcome>;
}

export const useAuditStore = create<AuditState>((set, get) => ({
  hireId: null,
  events: [],
  status: 'idle',
  async load(hireId) {
    set({ hireId, status: 'loading', loadError: undefined, ...(get().hireId !== hireId && { events: [] }) });
    try {
      const events = await unwrap(getApi().audit.hireHistory({ hireId }));
      if (get().hireId === hireId) set({ events, status: 'ready' });
    } catch (error) {
      if (get().hireId === hireId) set({ status: 'error', loadError: error instanceof Error ? error.message : String(error) });
    }
  },
  exportCsv: (hireId) => unwrap(getApi().audit.exportTrail({ hireId })),
}));
