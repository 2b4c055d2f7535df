import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUSY_TIMEOUT_MS } from '../../db/open';
import { DatabaseSession } from '../../electron/main/database-session';
import { RESTORABLE_PROBLEMS } from '../../electron/shared/schemas/database';
import { fingerprint } from '../support/damaged-copies';
import { handlerHarness } from '../support/handler-context';
import { MIGRATIONS, tempDbPath } from '../support/paths';
import { TEST_NOW } from '../support/test-context';

const now = () => TEST_NOW;
const open: { close(): void }[] = [];
const session = (file: string, backupsExist = () => false) => {
  const s = new DatabaseSession(file, MIGRATIONS, now, backupsExist);
  open.push(s);
  return s;
};
const harness = (file = tempDbPath()) => {
  const h = handlerHarness(now, file);
  open.push({ close: () => void h.close() });
  return h;
};
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

async function databaseWith(name: string) {
  const h = harness();
  const person = await h.must('staff:create-person', { name, title: '', team: '', phone: '', email: '', roles: [] });
  await h.must('session:set-current-user', { personId: person.id });
  return h;
}
/** Another program writing with an exclusive lock, which it holds until closed. */
function holdExclusively(file: string): Database.Database {
  const other = new Database(file);
  other.pragma('locking_mode = EXCLUSIVE');
  other.exec("UPDATE people SET phone = '1'");
  return other;
}
const names = (s: DatabaseSession) => s.sqlite.prepare('SELECT name FROM people ORDER BY name').pluck().all();

describe('a healthy file that cannot be opened is never called damaged', () => {
  it('says "in use by another program" while another program holds an exclusive lock, offers no restore, and opens when it lets go', async () => {
    const h = await databaseWith('Anna Chef');
    const file = h.ctx.session.ownFile;
    h.ctx.session.close();
    const other = holdExclusively(file);
    const before = fingerprint(file);

    const s = session(file);
    expect(s.problem?.kind).toBe('busy');
    expect(RESTORABLE_PROBLEMS).not.toContain('busy');
    expect(fingerprint(file)).toEqual(before);
    expect(s.retryOwn()).toBe(false);

    other.close();
    expect(s.retryOwn()).toBe(true);
    expect(names(s)).toEqual(['Anna Chef']);
  });

  it('refuses a restore on the recovery screen for a file that could not be checked', async () => {
    const h = await databaseWith('Anna Chef');
    const file = h.ctx.session.ownFile;
    await h.must('backup:create-now', {});
    h.ctx.session.close();
    const other = holdExclusively(file);
    const again = harness(file);
    const backups = await again.must('recovery:get-state', {});
    expect(again.ctx.session.problem?.kind).toBe('busy');
    expect(await again.call('recovery:restore-backup', { name: backups.backups[0]!.name })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(readdirSync(path.dirname(file)).filter((n) => n.includes('skadad'))).toEqual([]);
    other.close();
  });

  it('a folder named like the database gets its own kind, not a crash', () => {
    const file = tempDbPath();
    mkdirSync(file);
    expect(session(file).problem?.kind).toBe('is-folder');
  });

  it.runIf(process.platform !== 'win32')('says "no permission" and "read-only" for a user who may not read or write the file', async () => {
    const h = await databaseWith('Anna Chef');
    const file = h.ctx.session.ownFile;
    h.ctx.session.close();
    const folder = path.dirname(file);
    // Root may read and write anything, so then the check runs as `nobody`, for whom the file
    // and folder are someone else's; another user runs it as themselves, and is shut out of their own.
    const root = process.getuid?.() === 0;
    const open = () => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/support/open-as-other-user.ts', file, MIGRATIONS], {
        ...(root && { uid: 65534, gid: 65534 }),
        encoding: 'utf8',
      });
      if (run.status !== 0) throw new Error(run.stderr);
      return JSON.parse(run.stdout) as { open: boolean; kind: string | null };
    };
    chmodSync(folder, 0o777);
    chmodSync(file, root ? 0o600 : 0o000);
    expect(open()).toEqual({ open: false, kind: 'no-permission' });
    chmodSync(folder, root ? 0o755 : 0o555);
    chmodSync(file, 0o644);
    expect(open()).toEqual({ open: false, kind: 'read-only' });
    chmodSync(folder, 0o755);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});

describe('a change while another program holds the file', () => {
  it('is refused with a Swedish "in use" message after a short wait, and nothing changes', async () => {
    const h = await databaseWith('Anna Chef');
    const file = h.ctx.session.ownFile;
    expect(h.ctx.session.sqlite.pragma('busy_timeout', { simple: true })).toBe(BUSY_TIMEOUT_MS);
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE'); // another program writing: it holds the write lock
    const result = await h.call('staff:create-person', { name: 'Ny Person', title: '', team: '', phone: '', email: '', roles: [] });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'busy', message: expect.stringContaining('används just nu av ett annat program') as string },
    });
    other.exec('ROLLBACK');
    other.close();
    expect(names(h.ctx.session)).toEqual(['Anna Chef']);
  });
});

describe('a -wal that belongs to another database', () => {
  it('is refused with both files left as they are, and moving it aside opens the own data', async () => {
    const mine = await databaseWith('Min Chef');
    const file = mine.ctx.session.ownFile;
    mine.ctx.session.close();
    // Another Introplan database in the middle of a session: its changes are still in its -wal.
    const theirs = await databaseWith('Någon Annans Chef');
    await theirs.must('staff:create-person', { name: 'Annans Handledare', title: '', team: '', phone: '', email: '', roles: [] });
    copyFileSync(`${theirs.ctx.session.ownFile}-wal`, `${file}-wal`);
    const before = fingerprint(file);

    const again = harness(file);
    expect(again.ctx.session.problem?.kind).toBe('wrong-wal');
    expect(fingerprint(file)).toEqual(before);

    const outcome = await again.must('recovery:set-aside-wal', {});
    expect(outcome).toEqual({ opened: true, keptAs: expect.stringMatching(/^introplan\.db-wal\.fran-annan-databas-/) as string });
    expect(names(again.ctx.session)).toEqual(['Min Chef']);
    expect(existsSync(path.join(path.dirname(file), outcome.keptAs!))).toBe(true);
  });

  it('a -wal of the file itself (after a crash) is used as always', async () => {
    const h = await databaseWith('Anna Chef');
    const file = h.ctx.session.ownFile;
    const copy = tempDbPath();
    copyFileSync(file, copy);
    copyFileSync(`${file}-wal`, `${copy}-wal`);
    expect(names(session(copy))).toEqual(['Anna Chef']);
  });
});

describe('the structure of a file', () => {
  it('a file without plan_items does not open and is offered a restore', async () => {
    const h = await databaseWith('Anna Chef');
    const file = h.ctx.session.ownFile;
    h.ctx.session.close();
    const raw = new Database(file);
    raw.pragma('foreign_keys = OFF');
    raw.exec('DROP TABLE plan_items');
    raw.close();
    const s = session(file);
    expect(s.problem).toMatchObject({ kind: 'structure', detail: expect.stringContaining('saknas: table plan_items') as string });
    expect(RESTORABLE_PROBLEMS).toContain('structure');
  });
});

describe('an empty database file', () => {
  it('with backups beside it shows recovery, and starting afresh keeps the empty file', async () => {
    const h = await databaseWith('Anna Chef');
    const file = h.ctx.session.ownFile;
    await h.must('backup:create-now', {});
    h.ctx.session.close();
    writeFileSync(file, '');
    for (const suffix of ['-wal', '-shm']) if (existsSync(`${file}${suffix}`)) writeFileSync(`${file}${suffix}`, '');

    const again = harness(file);
    expect(again.ctx.session.problem?.kind).toBe('empty');
    expect((await again.must('recovery:get-state', {})).backups).toHaveLength(1);
    const started = await again.must('recovery:start-empty', {});
    expect(started.keptAs).toMatch(/^introplan\.db\.tom-/);
    expect(names(again.ctx.session)).toEqual([]);
  });

  it('without backups is a first start', () => {
    const file = tempDbPath();
    writeFileSync(file, '');
    const s = session(file);
    expect(s.isOpen).toBe(true);
  });
});

describe('one writer per file', () => {
  it('a second Introplan on the same file is refused while the first has it, and may open after', () => {
    const file = tempDbPath();
    const first = session(file);
    const second = session(file);
    expect(second.problem).toMatchObject({ kind: 'in-use', detail: expect.stringContaining(`process ${process.pid}`) as string });
    first.close();
    expect(second.retryOwn()).toBe(true);
  });

  it('takes over a lock whose process id now belongs to another program, since nobody has the file open', () => {
    const file = tempDbPath();
    session(file).close();
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.ppid, host: hostname(), since: TEST_NOW, token: 'x' }));
    expect(session(file).isOpen).toBe(true);
  });

  it('takes over the lock of a process that has ended', () => {
    const file = tempDbPath();
    session(file).close();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: Number(dead), host: hostname(), since: TEST_NOW, token: 'x' }));
    expect(session(file).isOpen).toBe(true);
  });

  it('refuses a restore while another connection has the file open, and loses none of its writes', async () => {
    const h = await databaseWith('Anna Chef');
    const { backups } = await h.must('backup:create-now', {});
    const file = h.ctx.session.ownFile;
    const other = new Database(file);
    const insert = other.prepare("INSERT INTO people (name, created_at, updated_at) VALUES (?, 'x', 'x')");
    for (let i = 0; i < 400; i++) insert.run(`Annan ${i}`);

    expect(await h.call('backup:restore-backup', { name: backups[0]!.name })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('öppen i ett annat program') as string },
    });
    expect(other.prepare("SELECT count(*) FROM people WHERE name LIKE 'Annan %'").pluck().get()).toBe(400);
    other.close();
    expect(h.ctx.session.sqlite.prepare("SELECT count(*) FROM people WHERE name LIKE 'Annan %'").pluck().get()).toBe(400);
    expect((await h.call('backup:restore-backup', { name: backups[0]!.name })).ok).toBe(true);
  });
});
