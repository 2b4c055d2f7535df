import { create } from 'zustand';
import type { Input } from '../../../electron/shared/contract';
import type { HireHours, IntroducerLoad } from '../../../electron/shared/schemas/hours';
import { getApi, unwrap } from '../api';
import { hireLoader, load, notLoaded, reload, type Loadable, type Slot } from './loadable';
import { usePlanStore } from './plan';

export type LogHoursFields = Omit<Input<'hours:log-hours'>, 'hireId'>;
export type SubstituteFields = Omit<Input<'hours:add-substitute'>, 'hireId'>;

interface HoursState {
  hireId: number | null;
  hours: Loadable<HireHours | null>;
  load: (hireId: number) => Promise<void>;
  refresh: () => Promise<void>;
  /**
   * The changes throw ApiError (main's Swedish message, field messages in payload.fields). The
   * screen shows what main answers after the write is committed; nothing is shown optimistically.
   */
  log: (fields: LogHoursFields) => Promise<HireHours>;
  remove: (entryId: number) => Promise<HireHours>;
  setSlot: (weekday: number, time: string) => Promise<HireHours>;
  addSubstitute: (fields: SubstituteFields) => Promise<HireHours>;
  removeSubstitute: (substituteId: number) => Promise<HireHours>;
}

/** One hire's introducer hours: entries, expected against logged, the booked weekly slot. */
export const useHoursStore = create<HoursState>((set, get) => {
  const hours = hireLoader<HireHours | null>(
    {
      hireId: () => get().hireId,
      open: (hireId) => set({ hireId, hours: notLoaded(null) }),
      get: () => get().hours,
      set: (next) => set({ hours: next }),
    },
    (hireId) => unwrap(getApi().hours.getHours({ hireId })),
  );
  // The hire page's header names today's substitute, and Mina uppgifter follows it: both read again.
  const standIn = async (write: (hireId: number) => Promise<HireHours>) => {
    const next = await hours.change(write);
    void usePlanStore.getState().refresh();
    return next;
  };
  return {
    hireId: null,
    hours: notLoaded(null),
    load: hours.load,
    refresh: hours.refresh,
    log: (fields) => hours.change((hireId) => unwrap(getApi().hours.logHours({ hireId, ...fields }))),
    remove: (entryId) => hours.change(() => unwrap(getApi().hours.removeHours({ entryId }))),
    setSlot: (weekday, time) => hours.change((hireId) => unwrap(getApi().hours.setIntroducerSlot({ hireId, weekday, time }))),
    addSubstitute: (fields) => standIn((hireId) => unwrap(getApi().hours.addSubstitute({ hireId, ...fields }))),
    removeSubstitute: (substituteId) => standIn(() => unwrap(getApi().hours.removeSubstitute({ substituteId }))),
  };
});

interface IntroducerLoadState {
  introducers: Loadable<IntroducerLoad[]>;
  load: () => Promise<void>;
  refresh: () => Promise<void>;
}

/** Per introducer: the weekly norms of all their hires against what they log (for Översikt). */
export const useIntroducerLoadStore = create<IntroducerLoadState>((set, get) => {
  const introducers: Slot<IntroducerLoad[]> = { get: () => get().introducers, set: (next) => set({ introducers: next }) };
  const read = () => unwrap(getApi().hours.introducerLoad());
  return {
    introducers: notLoaded([]),
    load: () => load(introducers, read),
    refresh: () => reload(introducers, read),
  };
});

/** Writes an iCalendar file through main's save dialog; null when the dialog was cancelled. */
export async function exportCalendar(hireId?: number): Promise<string | null> {
  const api = getApi();
  const outcome = await unwrap(hireId === undefined ? api.calendar.exportAll() : api.calendar.exportHire({ hireId }));
  return outcome.saved ? outcome.fileName : null;
}
