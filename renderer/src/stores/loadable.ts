import { messageOf } from '../lib/errors';

type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** One thing a store reads from main: the last answer, whether a read is under way or failed, and why. */
export interface Loadable<T> {
  data: T;
  status: LoadStatus;
  /** Main's message when the last read failed. */
  error?: string;
}

/** Nothing read yet; `data` is what the screen shows meanwhile. */
export const notLoaded = <T>(data: T): Loadable<T> => ({ data, status: 'idle' });

/** Where a store keeps one Loadable: how to read it and how to replace it. */
export interface Slot<T> {
  get: () => Loadable<T>;
  set: (next: Loadable<T>) => void;
}

interface LoadOptions {
  /** Keeps showing the current data, with no spinner, until the answer replaces it. */
  quiet?: boolean;
  /** False once the answer is no longer wanted (another hire has been opened meanwhile). */
  wanted?: () => boolean;
}

/** Reads into a slot: 'loading' meanwhile (unless quiet), then 'ready' with the answer or 'error' with main's message. */
export async function load<T>(
  slot: Slot<T>,
  read: () => Promise<T>,
  { quiet = false, wanted = () => true }: LoadOptions = {},
): Promise<void> {
  if (!quiet) slot.set({ data: slot.get().data, status: 'loading' });
  try {
    const data = await read();
    if (wanted()) slot.set({ data, status: 'ready' });
  } catch (error) {
    if (wanted()) slot.set({ data: slot.get().data, status: 'error', error: messageOf(error) });
  }
}

/** Reads again, quietly, what has been read before; a slot nobody has asked for stays unread. */
export const reload = <T>(slot: Slot<T>, read: () => Promise<T>, wanted?: () => boolean): Promise<void> =>
  slot.get().status === 'idle' ? Promise.resolve() : load(slot, read, { quiet: true, wanted });

/** Replaces what a slot shows with main's answer to a change, keeping its status. */
export const put = <T>(slot: Slot<T>, data: T): T => {
  slot.set({ ...slot.get(), data });
  return data;
};

/** A slot that holds one hire's data (the hire page's tabs). */
export interface HireSlot<T> extends Slot<T> {
  hireId: () => number | null;
  /** Switches to another hire, showing nothing of the previous one. */
  open: (hireId: number) => void;
}

/**
 * load(hireId), refresh() and change() for a slot of one hire's data: reading the open hire again
 * keeps showing what it has, and an answer for a hire that is no longer open is dropped.
 */
export function hireLoader<T>(slot: HireSlot<T>, read: (hireId: number) => Promise<T>) {
  const stillOpen = (hireId: number) => () => slot.hireId() === hireId;
  return {
    load: (hireId: number): Promise<void> => {
      const again = slot.hireId() === hireId && slot.get().status === 'ready';
      if (slot.hireId() !== hireId) slot.open(hireId);
      return load(slot, () => read(hireId), { quiet: again, wanted: stillOpen(hireId) });
    },
    refresh: (): Promise<void> => {
      const hireId = slot.hireId();
      return hireId === null ? Promise.resolve() : reload(slot, () => read(hireId), stillOpen(hireId));
    },
    /** Runs a change for the open hire; main's answer is what the slot shows next. */
    change: async <A extends T>(call: (hireId: number) => Promise<A>): Promise<A> => {
      const hireId = slot.hireId();
      if (hireId === null) throw new Error('Ingen nyanställd är öppen.');
      const answer = await call(hireId);
      if (stillOpen(hireId)()) slot.set({ data: answer, status: 'ready' });
      return answer;
    },
  };
}
