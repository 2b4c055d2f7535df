import { create } from 'zustand';
import type { Input } from '../../../electron/shared/contract';
import type { HireHours, IntroducerLoad } from '../../../electron/shared/schemas/hours';
import { getApi, unwrap } from '../api';

type Status = 'idle' | 'loading' | 'ready' | 'error';

export type LogHoursFields = Omit<Input<'hours:log-hours'>, 'hireId'>;

interface HoursState {
  hireId: number | null;
  hours: HireHours | null;
  status: Status;
  loadError?: string;
  load: (hireId: number) => Promise<void>;
  /**
   * The changes throw ApiError (main's Swedish message, field messages in payload.fields). The
   * screen shows what main answers after the write is committed; nothing is shown optimistically.
   */
  log: (fields: LogHoursFields) => Promise<HireHours>;
  remove: (entryId: number) => Promise<HireHours>;
  setSlot: (weekday: number, time: string) => Promise<HireHours>;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One hire's introducer hours: entries, expected against logged, the booked weekly slot. */
export const useHoursStore = create<HoursState>((set, get) => {
  const hireId = () => {
    const id = get().hireId;
    if (id === null) throw new Error('Ingen nyanställd är öppen.');
    return id;
  };
  const put = (id: number, hours: HireHours) => {
    if (get().hireId === id) set({ hours, status: 'ready' });
    return hours;
  };
  return {
    hireId: null,
    hours: null,
    status: 'idle',
    async load(id) {
      const same = get().hireId === id && get().hours !== null;
      set({ hireId: id, status: same ? 'ready' : 'loading', loadError: undefined, ...(!same && { hours: null }) });
      try {
        put(id, await unwrap(getApi().hours.getHours({ hireId: id })));
      } catch (error) {
        if (get().hireId === id) set({ status: 'error', loadError: message(error) });
      }
    },
    async log(fields) {
      const id = hireId();
      return put(id, await unwrap(getApi().hours.logHours({ hireId: id, ...fields })));
    },
    async remove(entryId) {
      const id = hireId();
      return put(id, await unwrap(getApi().hours.removeHours({ entryId })));
    },
    async setSlot(weekday, time) {
      const id = hireId();
      return put(id, await unwrap(getApi().hours.setIntroducerSlot({ hireId: id, weekday, time })));
    },
  };
});

interface LoadState {
  load: IntroducerLoad[];
  status: Status;
  loadError?: string;
  fetch: () => Promise<void>;
}

/** Per introducer: the weekly norms of all their hires against what they log (for Översikt). */
export const useIntroducerLoadStore = create<LoadState>((set) => ({
  load: [],
  status: 'idle',
  async fetch() {
    set({ status: 'loading', loadError: undefined });
    try {
      set({ load: await unwrap(getApi().hours.introducerLoad()), status: 'ready' });
    } catch (error) {
      set({ status: 'error', loadError: message(error) });
    }
  },
}));

/** Writes an iCalendar file through main's save dialog; null when the dialog was cancelled. */
export async function exportCalendar(hireId?: number): Promise<string | null> {
  const api = getApi();
  const outcome = await unwrap(hireId === undefined ? api.calendar.exportAll() : api.calendar.exportHire({ hireId }));
  return outcome.saved ? outcome.fileName : null;
}
