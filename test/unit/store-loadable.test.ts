import { describe, expect, test } from 'vitest';
import { hireLoader, load, notLoaded, put, reload, type HireSlot, type Loadable, type Slot } from '../../renderer/src/stores/loadable';

/** A slot over a plain variable, recording every state it is put in. */
function slotOf<T>(data: T): Slot<T> & { seen: Loadable<T>[] } {
  let current = notLoaded(data);
  const seen: Loadable<T>[] = [];
  return {
    seen,
    get: () => current,
    set: (next) => void seen.push((current = next)),
  };
}

/** A read that answers when the test says so. */
function pending<T>() {
  let answer!: (value: T) => void;
  let refuse!: (error: Error) => void;
  const promise = new Promise<T>((resolve, reject) => ((answer = resolve), (refuse = reject)));
  return { read: () => promise, answer, refuse };
}

describe('a store reading one thing from main', () => {
  test('shows loading, then the answer', async () => {
    const slot = slotOf<string[]>([]);
    await load(slot, () => Promise.resolve(['Anna']));
    expect(slot.seen).toEqual([
      { data: [], status: 'loading' },
      { data: ['Anna'], status: 'ready' },
    ]);
  });

  test('a refused read keeps what was shown and says why', async () => {
    const slot = slotOf(['Anna']);
    await load(slot, () => Promise.reject(new Error('Databasen är inte öppen.')));
    expect(slot.get()).toEqual({ data: ['Anna'], status: 'error', error: 'Databasen är inte öppen.' });
  });

  test('reading again quietly shows the old data until the new arrives, and nothing unread is read', async () => {
    const slot = slotOf<string[]>([]);
    await reload(slot, () => Promise.resolve(['never read']));
    expect(slot.seen).toEqual([]);

    await load(slot, () => Promise.resolve(['Anna']));
    const next = pending<string[]>();
    const reading = reload(slot, next.read);
    expect(slot.get()).toEqual({ data: ['Anna'], status: 'ready' });
    next.answer(['Anna', 'Maria']);
    await reading;
    expect(slot.get()).toEqual({ data: ['Anna', 'Maria'], status: 'ready' });
  });

  test("main's answer to a change replaces the data and keeps the status", () => {
    const slot = slotOf(['Anna']);
    expect(put(slot, ['Maria'])).toEqual(['Maria']);
    expect(slot.get()).toEqual({ data: ['Maria'], status: 'idle' });
  });
});

describe("a store showing one hire's data", () => {
  function hireSlot() {
    const slot = slotOf<string | null>(null);
    let hireId: number | null = null;
    const hire: HireSlot<string | null> = {
      ...slot,
      hireId: () => hireId,
      open: (id) => {
        hireId = id;
        slot.set(notLoaded(null));
      },
    };
    return { slot, hire };
  }

  test('an answer about a hire that is no longer open is dropped', async () => {
    const { slot, hire } = hireSlot();
    const first = pending<string>();
    const reads: Record<number, () => Promise<string>> = { 1: first.read, 2: () => Promise.resolve('plan 2') };
    const loader = hireLoader(hire, (id) => reads[id]!());
    const reading = loader.load(1);
    await loader.load(2);
    first.answer('plan 1');
    await reading;
    expect(slot.get()).toEqual({ data: 'plan 2', status: 'ready' });
  });

  test("opening the same hire again keeps its data on screen; a change shows main's answer", async () => {
    const { slot, hire } = hireSlot();
    let version = 0;
    const loader = hireLoader(hire, () => Promise.resolve(`plan v${++version}`));
    await loader.load(1);
    const again = loader.load(1);
    expect(slot.get()).toEqual({ data: 'plan v1', status: 'ready' });
    await again;
    expect(slot.get().data).toBe('plan v2');

    await expect(loader.change((hireId) => Promise.resolve(`changed ${hireId}`))).resolves.toBe('changed 1');
    expect(slot.get()).toEqual({ data: 'changed 1', status: 'ready' });
  });
});
