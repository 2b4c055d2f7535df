import { afterEach, describe, expect, it } from 'vitest';
import { newHireDocument, setItemStatus } from '../../electron/main/sync/hire-document';
import { projectItemStatuses } from '../../electron/main/sync/projection';
import type { handlerHarness } from '../support/handler-context';
import { desksWithOneHire } from '../support/two-desks';

const NOW = '2026-11-23T09:00:00.000Z';
const open: ReturnType<typeof handlerHarness>[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});

/** Desk A with a hire, and desk B that started from a copy of A's data: the same global ids. */
async function twoDesks() {
  const { a, b, hireId, people } = await desksWithOneHire(() => NOW);
  open.push(a, b);
  const row = (h: typeof a, sql: string, ...params: unknown[]) =>
    h.ctx.session.sqlite.prepare(sql).get(...params) as Record<string, unknown>;
  const item = row(a, "SELECT id, global_id FROM plan_items WHERE hire_id = ? AND status = 'todo' ORDER BY position LIMIT 1", hireId);
  const introducer = row(a, 'SELECT id, global_id FROM people WHERE id = ?', people.introducerId);
  return {
    a,
    b,
    hireId,
    row,
    item: { id: item.id as number, globalId: item.global_id as string },
    introducer: introducer.global_id as string,
  };
}

describe('applying a hire’s shared document to this desk’s SQLite', () => {
  it('ticks the item as the other desk did, in that person’s name, with an audit row, once', async () => {
    const { b, hireId, row, item, introducer } = await twoDesks();
    const doc = setItemStatus(newHireDocument(), item.globalId, {
      status: 'done',
      by: introducer,
      at: '2026-11-23T08:30:00.000Z',
      reason: null,
      done: { by: introducer, at: '2026-11-23T08:30:00.000Z' },
      followedUp: null,
    });
    const auditBefore = row(b, 'SELECT count(*) AS n FROM audit_log').n as number;

    expect(projectItemStatuses(b.ctx, doc, NOW)).toBe(1);
    const ticked = row(b, 'SELECT status, done_at, done_by FROM plan_items WHERE id = ?', item.id);
    const introducerHere = row(b, 'SELECT id FROM people WHERE global_id = ?', introducer).id;
    expect(ticked).toEqual({ status: 'done', done_at: '2026-11-23T08:30:00.000Z', done_by: introducerHere });
    expect(row(b, 'SELECT person_id, action, hire_id, detail FROM audit_log ORDER BY id DESC LIMIT 1')).toEqual({
      person_id: introducerHere,
      action: 'item.done',
      hire_id: hireId,
      detail: JSON.stringify({ from: 'todo', fromOtherDesk: true }),
    });
    expect(row(b, 'SELECT count(*) AS n FROM audit_log').n).toBe(auditBefore + 1);

    // The same document again changes nothing and writes nothing.
    expect(projectItemStatuses(b.ctx, doc, NOW)).toBe(0);
    expect(row(b, 'SELECT count(*) AS n FROM audit_log').n).toBe(auditBefore + 1);
  });

  it('leaves alone an item this desk does not have yet', async () => {
    const { b, row } = await twoDesks();
    const before = row(b, 'SELECT count(*) AS n FROM audit_log').n;
    const doc = setItemStatus(newHireDocument(), 'ffffffffffffffffffffffffffffffff', {
      status: 'done',
      by: null,
      at: NOW,
      reason: null,
      done: { by: null, at: NOW },
      followedUp: null,
    });
    expect(projectItemStatuses(b.ctx, doc, NOW)).toBe(0);
    expect(row(b, 'SELECT count(*) AS n FROM audit_log').n).toBe(before);
  });
});
