import { afterEach, describe, expect, it } from 'vitest';
import { statusConflict } from '../../electron/main/sync/hire-document';
import { DeskSync } from '../../electron/main/sync/desk-sync';
import { SharedFolder } from '../../electron/main/sync/shared-folder';
import type { handlerHarness } from '../support/handler-context';
import { tempDir } from '../support/paths';
import { desksWithOneHire } from '../support/two-desks';

let clock = '2026-11-23T09:00:00.000Z';
const open: ReturnType<typeof handlerHarness>[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});

/**
 * The manager's desk A with a hire, and the introducer's desk B that started from a copy of A's
 * data, sharing one folder. B's user is the introducer.
 */
async function twoDesks() {
  clock = '2026-11-23T09:00:00.000Z';
  const { a, b, hireId, people } = await desksWithOneHire(() => clock);
  open.push(a, b);
  await b.must('session:set-current-user', { personId: people.introducerId });
  const root = tempDir();
  const deskA = new DeskSync(a.ctx, new SharedFolder(root, 'desk-a'));
  const deskB = new DeskSync(b.ctx, new SharedFolder(root, 'desk-b'));
  await deskA.shareHire(hireId);
  await deskB.shareHire(hireId);
  const plan = await a.must('hires:get-plan', { hireId });
  const todo = plan.items.filter((i) => i.status === 'todo').map((i) => i.id);
  const statusOn = async (h: typeof a, itemId: number) => (await h.must('hires:get-plan', { hireId })).items.find((i) => i.id === itemId)!;
  const hireGlobalId = a.ctx.session.sqlite.prepare('SELECT global_id FROM hires WHERE id = ?').pluck().get(hireId) as string;
  return { a, b, deskA, deskB, hireId, todo, statusOn, hireGlobalId };
}

describe('two desks sharing item statuses through the folder', () => {
  it('an introducer ticks on desk B; the manager’s desk A shows it after a look at the folder, in the introducer’s name', async () => {
    const { a, b, deskA, deskB, hireId, todo, statusOn } = await twoDesks();
    await b.must('plans:set-item-status', { itemId: todo[0]!, status: 'done' });
    expect(await deskB.shareHire(hireId)).toBe(true);

    expect(deskA.receive()).toBe(1);
    const ticked = await statusOn(a, todo[0]!);
    expect(ticked.status).toBe('done');
    expect(ticked.done).toMatchObject({ by: { name: 'Maria Nilsson' } });
    const history = await a.must('audit:hire-history', { hireId });
    expect(history.at(-1)).toMatchObject({ action: 'item.done', actor: 'Maria Nilsson' });
    // Nothing new comes back, and sharing again on A writes nothing: the desks agree.
    expect(deskA.receive()).toBe(0);
    expect(await deskA.shareHire(hireId)).toBe(false);
  });

  it('both desks change different items offline and end up with both changes', async () => {
    const { a, b, deskA, deskB, hireId, todo, statusOn } = await twoDesks();
    await a.must('plans:set-item-status', { itemId: todo[1]!, status: 'notApplicable', reason: 'Har redan gått kursen' });
    await b.must('plans:set-item-status', { itemId: todo[2]!, status: 'done' });
    await deskA.shareHire(hireId);
    await deskB.shareHire(hireId);
    deskA.receive();
    deskB.receive();
    for (const h of [a, b]) {
      expect((await statusOn(h, todo[1]!)).status).toBe('notApplicable');
      expect((await statusOn(h, todo[2]!)).status).toBe('done');
    }
  });

  it('the same item changed on both desks becomes one whole value on both, and both values are kept as a conflict', async () => {
    const { a, b, deskA, deskB, hireId, todo, statusOn, hireGlobalId } = await twoDesks();
    await a.must('plans:set-item-status', { itemId: todo[0]!, status: 'done' });
    clock = '2026-11-23T09:05:00.000Z';
    await b.must('plans:set-item-status', { itemId: todo[0]!, status: 'notApplicable', reason: 'Annan enhet' });
    await deskA.shareHire(hireId);
    await deskB.shareHire(hireId);
    deskA.receive();
    deskB.receive();
    const onA = await statusOn(a, todo[0]!);
    const onB = await statusOn(b, todo[0]!);
    expect(onA.status).toBe(onB.status);
    expect(onA.done).toEqual(onB.done);
    const itemGlobalId = a.ctx.session.sqlite.prepare('SELECT global_id FROM plan_items WHERE id = ?').pluck().get(todo[0]) as string;
    expect(
      statusConflict(deskA.documentOf(hireGlobalId), itemGlobalId)
        ?.map((u) => u.status)
        .sort(),
    ).toEqual(['done', 'notApplicable']);
  });
});
