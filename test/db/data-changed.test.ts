import { afterEach, describe, expect, it } from 'vitest';
import { createEventBus } from '../../electron/main/ipc/events';
import type { EventEnvelope } from '../../electron/shared/events';
import { handlerHarness } from '../support/handler-context';
import { tempDbPath } from '../support/paths';
import { hireWithFreeText, staffFor } from '../support/privacy-fixture';
import { TEST_NOW } from '../support/test-context';

describe('every change tells the windows what changed', () => {
  let h: ReturnType<typeof handlerHarness>;
  const heard: EventEnvelope[] = [];
  afterEach(() => h.close());

  it('a tick, a person and a refused call', async () => {
    h = handlerHarness(
      () => TEST_NOW,
      tempDbPath(),
      createEventBus(() => [{ id: 1, send: (e) => heard.push(e) }]),
    );
    const { hireId } = await hireWithFreeText(h, await staffFor(h), 'Sofia Berg', 'sofia');
    // The set-up's last change was the attendance at a group session: the group's, not one hire's.
    expect(heard.at(-1)?.payload).toEqual({ entities: ['group'], hireIds: [] });
    const item = (await h.must('hires:get-plan', { hireId })).items.find((i) => i.status === 'todo')!;
    heard.length = 0;

    await h.must('plans:set-item-status', { itemId: item.id, status: 'done' });
    expect(heard.map((e) => e.payload)).toEqual([{ entities: ['plan-item'], hireIds: [hireId] }]);

    heard.length = 0;
    await h.must('staff:create-person', { name: 'Ny Kollega', title: '', team: '', phone: '', email: '', roles: [] });
    expect(heard.map((e) => e.payload)).toEqual([{ entities: ['person'], hireIds: [] }]);

    // A refused change writes nothing, so nothing is announced.
    heard.length = 0;
    expect((await h.call('plans:set-item-status', { itemId: item.id, status: 'todo' })).ok).toBe(true);
    heard.length = 0;
    expect((await h.call('plans:set-item-status', { itemId: item.id, status: 'followedUp' })).ok).toBe(false);
    expect(heard).toEqual([]);
  });
});
