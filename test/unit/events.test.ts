import { describe, expect, it, vi } from 'vitest';
import { createEventBus } from '../../electron/main/ipc/events';
import { runAsCaller } from '../../electron/main/ipc/caller';
import { createEventHub } from '../../electron/shared/api';
import type { EventEnvelope } from '../../electron/shared/events';

describe('events from main', () => {
  const windows = () => {
    const sent = { 1: [] as EventEnvelope[], 2: [] as EventEnvelope[] };
    const bus = createEventBus(() => [
      { id: 1, send: (e) => sent[1].push(e) },
      { id: 2, send: (e) => sent[2].push(e) },
    ]);
    return { sent, bus };
  };

  it('reach every window, each told whether its own call caused them', async () => {
    const { sent, bus } = windows();
    await runAsCaller(2, async () => {
      await Promise.resolve(); // across an await, as a handler that asked a dialog first
      bus.publish('data-changed', { entities: ['plan-item'], hireIds: [4] });
    });
    expect(sent[1]).toEqual([
      { name: 'data-changed', payload: { entities: ['plan-item'], hireIds: [4] }, meta: { fromThisWindow: false } },
    ]);
    expect(sent[2][0]?.meta).toEqual({ fromThisWindow: true });
  });

  it('outside any call (a backup on a timer), no window caused them', () => {
    const { sent, bus } = windows();
    bus.publish('backup-finished', { ok: true, kind: 'auto' });
    expect([sent[1][0]?.meta, sent[2][0]?.meta]).toEqual([{ fromThisWindow: false }, { fromThisWindow: false }]);
  });

  it('are checked before they leave main, like call inputs', () => {
    const { sent, bus } = windows();
    expect(() => bus.publish('data-changed', { entities: ['nonsense' as never], hireIds: [] })).toThrow();
    expect(() => bus.publish('binder-progress', { jobId: 1, step: 'layout', done: -1, total: 3 })).toThrow();
    expect(sent[1]).toEqual([]);
  });

  it('a window that fails to receive does not stop the others', () => {
    const received: EventEnvelope[] = [];
    const bus = createEventBus(() => [
      {
        id: 1,
        send: () => {
          throw new Error('closed');
        },
      },
      { id: 2, send: (e) => received.push(e) },
    ]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    bus.publish('data-changed', { entities: ['person'], hireIds: [] });
    expect(received).toHaveLength(1);
    warn.mockRestore();
  });

  it('the preload delivers valid envelopes to subscribers and drops the rest', () => {
    const hub = createEventHub();
    const heard = vi.fn();
    const stop = hub.subscribe('data-changed', heard);
    const envelope = { name: 'data-changed', payload: { entities: ['hours'], hireIds: [1] }, meta: { fromThisWindow: false } };
    expect(hub.deliver(envelope)).toBe(true);
    expect(heard).toHaveBeenCalledWith({ entities: ['hours'], hireIds: [1] }, { fromThisWindow: false });
    for (const bad of [
      { ...envelope, name: 'unknown-event' },
      { ...envelope, payload: { entities: ['hours'] } },
      { ...envelope, payload: { ...envelope.payload, extra: 1 } },
      { ...envelope, meta: {} },
      'data-changed',
      null,
    ]) {
      expect(hub.deliver(bad)).toBe(false);
    }
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
    hub.deliver(envelope);
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
