import { readdirSync } from 'node:fs';
import path from 'node:path';
import { copySharedFolder } from '../../electron/main/sync/folder-copies';
import { afterEach, describe, expect, it } from 'vitest';
import { handlerHarness } from '../support/handler-context';
import { tempDbPath, tempDir } from '../support/paths';
import { hireWithFreeText, staffFor } from '../support/privacy-fixture';

const NOW = '2026-11-23T09:00:00.000Z';
const open: ReturnType<typeof handlerHarness>[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) {
    h.ctx.sharing.stop();
    await h.close();
  }
});

function harness(file = tempDbPath()) {
  const h = handlerHarness(() => NOW, file);
  open.push(h);
  return h;
}

/** The manager's computer with staff and a hire, sharing into a new folder. */
async function managerSharing() {
  const a = harness();
  const people = await staffFor(a);
  await hireWithFreeText(a, people, 'Ylva Östlund', 'ylva');
  const root = tempDir();
  a.desktop.answerFolder(root);
  const created = await a.must('sharing:create-folder', {});
  return { a, root, created };
}

describe('Inställningar › Dela med andra datorer', () => {
  it('the first computer creates the shared folder from its data; the status says when it was reached', async () => {
    const { root, created } = await managerSharing();
    expect(created).toMatchObject({ chosen: true, status: { state: 'ok', folder: root, lastReachedAt: NOW, waiting: 0, conflicts: 0 } });
    expect(readdirSync(root)).toHaveLength(1);
    // A second computer cannot "create" in a folder that is already shared.
    const b = harness();
    await staffFor(b);
    b.desktop.answerFolder(root);
    const refused = await b.call('sharing:create-folder', {});
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('Anslut till delad mapp') } });
  });

  it('a computer with its own data joins and brings it: the same people and the default programme become one', async () => {
    const { a, root } = await managerSharing();
    const b = harness();
    const people = await staffFor(b); // Anna and Maria exist on both computers, with different ids
    await hireWithFreeText(b, people, 'Sara Berg', 'sara');
    b.desktop.answerFolder(root);
    expect(await b.must('sharing:join-folder', { mode: 'merge' })).toMatchObject({ chosen: true, status: { state: 'ok', otherDesks: 1 } });
    await a.must('sharing:check-now', {});
    for (const h of [a, b]) {
      expect((await h.must('hires:list-hires', { archived: false })).map((x) => x.name).sort()).toEqual(['Sara Berg', 'Ylva Östlund']);
      expect((await h.must('staff:list-people', {})).map((p) => p.name).sort()).toEqual(['Anna Lindqvist', 'Maria Nilsson']);
      expect(await h.must('templates:list-templates', {})).toHaveLength(1);
    }
  });

  it('“start from the folder’s data” is refused while the computer has hires of its own, and takes only the folder’s otherwise', async () => {
    const { root } = await managerSharing();
    const b = harness();
    const people = await staffFor(b);
    await hireWithFreeText(b, people, 'Sara Berg', 'sara');
    b.desktop.answerFolder(root);
    expect(await b.call('sharing:join-folder', { mode: 'folder' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('egna nyanställda') },
    });
    expect(await b.must('sharing:get-status', {})).toMatchObject({ state: 'off' });

    const c = harness();
    await staffFor(c);
    c.desktop.answerFolder(root);
    await c.must('sharing:join-folder', { mode: 'folder' });
    expect((await c.must('hires:list-hires', { archived: false })).map((x) => x.name)).toEqual(['Ylva Östlund']);
  });

  it('an empty folder cannot be joined; a cancelled dialog changes nothing', async () => {
    const a = harness();
    await staffFor(a);
    expect(await a.must('sharing:join-folder', { mode: 'merge' })).toEqual({ chosen: false });
    a.desktop.answerFolder(tempDir());
    expect(await a.call('sharing:join-folder', { mode: 'merge' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('inga delade uppgifter') },
    });
    expect(await a.must('sharing:get-status', {})).toMatchObject({ state: 'off', folder: null });
  });

  it('a look asked for while one runs is one more look right after it, however many ask meanwhile', async () => {
    const { a } = await managerSharing();
    const sharing = a.ctx.sharing;
    const first = sharing.pass();
    const [second, third] = [sharing.pass(), sharing.pass()];
    expect(second).toBe(third);
    expect(second).not.toBe(first);
    await first;
    const firstPass = sharing.lastPass!;
    await second;
    const secondPass = sharing.lastPass!;
    expect(secondPass).not.toBe(firstPass);
    expect(secondPass.startedAt).toBeGreaterThanOrEqual(firstPass.endedAt);
    // Nothing is running now: the next ask starts a look of its own.
    const fourth = sharing.pass();
    expect(fourth).not.toBe(second);
    await fourth;
  });

  it('leaving keeps the data here and stops the passes; the choice is in the history', async () => {
    const { a } = await managerSharing();
    expect(await a.must('sharing:leave-folder', {})).toMatchObject({ state: 'off', folder: null });
    expect(await a.must('hires:list-hires', { archived: false })).toHaveLength(1);
    const actions = a.ctx.session.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'sync' ORDER BY id").pluck().all();
    expect(actions).toEqual(['sync.created', 'sync.left']);
  });

  it('a conflict is listed for the hire page with both values and who, and a click keeps one on every computer', async () => {
    const { a, root } = await managerSharing();
    const b = harness();
    b.desktop.answerFolder(root);
    await b.must('sharing:join-folder', { mode: 'folder' });
    const maria = (await b.must('staff:list-people', {})).find((p) => p.name === 'Maria Nilsson')!;
    await b.must('session:set-current-user', { personId: maria.id });
    const hireOn = async (h: typeof a) => (await h.must('hires:list-hires', { archived: false }))[0]!.id;
    const firstTodo = async (h: typeof a) =>
      (await h.must('hires:get-plan', { hireId: await hireOn(h) })).items.find((i) => i.title === title)!;
    const title = (await a.must('hires:get-plan', { hireId: await hireOn(a) })).items.find((i) => i.status === 'todo')!.title;
    await a.must('plans:set-item-status', { itemId: (await firstTodo(a)).id, status: 'done' });
    await b.must('plans:set-item-status', { itemId: (await firstTodo(b)).id, status: 'notApplicable', reason: 'Annan enhet' });
    await a.must('sharing:check-now', {});
    await b.must('sharing:check-now', {});
    expect(await a.must('sharing:check-now', {})).toMatchObject({ conflicts: 1 });

    const [conflict] = await a.must('sharing:hire-conflicts', { hireId: await hireOn(a) });
    expect(conflict).toMatchObject({ itemTitle: title, field: null });
    expect(conflict!.values.map((v) => [v.status, v.by]).sort()).toEqual([
      ['done', 'Anna Lindqvist'],
      ['notApplicable', 'Maria Nilsson'],
    ]);
    const keep = conflict!.values.findIndex((v) => v.status === 'notApplicable');
    expect(await a.must('sharing:resolve-conflict', { hireId: await hireOn(a), conflict: conflict!.ref, choice: keep })).toEqual([]);
    expect(await b.must('sharing:check-now', {})).toMatchObject({ conflicts: 0 });
    for (const h of [a, b]) expect((await firstTodo(h)).status).toBe('notApplicable');
    const resolved = a.ctx.session.sqlite.prepare("SELECT person_id, hire_id FROM audit_log WHERE action = 'sync.conflict-resolved'").all();
    expect(resolved).toHaveLength(1);
    // Choosing again is refused with a clear message: the conflict is gone.
    expect(await a.call('sharing:resolve-conflict', { hireId: await hireOn(a), conflict: conflict!.ref, choice: 0 })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('redan löst') },
    });
  });
});

describe('copies of the shared folder with the backups', () => {
  it('are made only when asked for, the newest three kept, and lose an erased hire’s files', async () => {
    const { a, root } = await managerSharing();
    const backups = path.join(a.ctx.dataDirectory, 'Säkerhetskopior');
    expect(await copySharedFolder(a.ctx)).toBeNull();
    expect(await a.must('sharing:set-copy-to-backups', { on: true })).toMatchObject({ copyToBackups: true });
    let clock = Date.parse(NOW);
    const at = { ...a.ctx, now: () => new Date((clock += 60_000)).toISOString() };
    for (let i = 0; i < 4; i++) expect(await copySharedFolder(at)).toMatch(/^delad-mapp-\d{8}-\d{6}$/);
    const copies = readdirSync(backups).filter((n) => n.startsWith('delad-mapp-'));
    expect(copies).toHaveLength(3);
    const hireGlobalId = a.ctx.session.sqlite.prepare('SELECT global_id FROM hires').pluck().get() as string;
    expect(readdirSync(path.join(backups, copies[0]!), { recursive: true }).join('\n')).toContain(`hire-${hireGlobalId}`);

    const hireId = (await a.must('hires:list-hires', { archived: false }))[0]!.id;
    await a.must('privacy:erase-hire', { hireId, confirmName: 'Ylva Östlund' });
    await a.must('sharing:check-now', {});
    for (const copy of copies) expect(readdirSync(path.join(backups, copy), { recursive: true }).join('\n')).not.toContain(hireGlobalId);
    expect(readdirSync(root, { recursive: true }).join('\n')).not.toContain(`hire-${hireGlobalId}`);
  });
});
