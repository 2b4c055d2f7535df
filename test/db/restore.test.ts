import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { knownMigrationCount } from '../../db/open';
import { addDayOff, corrupt, dayOffLabels, tamper, withUser } from '../support/backup-fixtures';
import { dumpDatabase } from '../support/db-dump';
import { handlerHarness } from '../support/handler-context';
import { MIGRATIONS, tempDir } from '../support/paths';
import type * as AppDatabase from '../../electron/main/app-database';

/** Fault injection: the next open of a database file throws this error (then opens work again). */
const failNextOpen = vi.hoisted(() => {
  let error: Error | null = null;
  return { set: (e: Error) => (error = e), take: () => [error, (error = null)][0] };
});
vi.mock('../../electron/main/app-database', async (importOriginal) => {
  const real = await importOriginal<typeof AppDatabase>();
  return {
    openAppDatabase: (...args: Parameters<typeof real.openAppDatabase>) => {
      const error = failNextOpen.take();
      if (error) throw error;
      return real.openAppDatabase(...args);
    },
  };
});

let clock = Date.parse('2026-11-23T13:05:00.000Z');
const tick = () => new Date((clock += 60_000)).toISOString();
let h: ReturnType<typeof handlerHarness>;
afterEach(() => h.close());

/** Anna, a day off, a manual backup, then a second day off the backup does not hold. */
async function backedUpThenChanged() {
  h = handlerHarness(tick);
  const anna = await withUser(h);
  await addDayOff(h, '2026-12-28', 'Före kopian');
  const { folder, backups } = await h.must('backup:create-now', {});
  await addDayOff(h, '2026-12-29', 'Efter kopian');
  return { anna, folder, backup: backups[0]! };
}

const beforeRestoreCopies = (folder: string) => readdirSync(folder).filter((n) => n.includes('fore-aterstallning'));

describe('restoring a backup', () => {
  it('replaces the data, keeps the state before as a backup, asks who you are again, and records it', async () => {
    const { anna, folder, backup } = await backedUpThenChanged();
    await h.must('backup:update-settings', { keepDaily: 7, keepMonthly: 3 });

    const outcome = await h.must('backup:restore-backup', { name: backup.name });
    expect(outcome).toEqual({
      restored: true,
      takenAt: backup.takenAt,
      kind: 'manuell',
      beforeRestore: expect.stringMatching(/-fore-aterstallning\.db$/) as string,
    });
    expect((await h.must('settings:list-days-off', {})).map((d) => d.label)).toEqual(['Före kopian']);
    expect(dayOffLabels(path.join(folder, outcome.restored ? outcome.beforeRestore : ''))).toEqual(['Före kopian', 'Efter kopian']);

    expect(h.ctx.user.personId).toBeNull();
    expect(await h.call('settings:save-day-off', { date: '2026-12-30', label: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'no-user' },
    });
    const status = await h.must('backup:get-status', {});
    // This computer's backup settings are not rolled back with the data.
    expect(status).toMatchObject({ keepDaily: 7, keepMonthly: 3 });
    expect(status.backups.map((b) => b.kind).sort()).toEqual(['fore-aterstallning', 'manuell']);
    const [row] = h.ctx.session.sqlite
      .prepare("SELECT person_id, entity, detail FROM audit_log WHERE action = 'database.restored'")
      .all() as {
      person_id: number;
      entity: string;
      detail: string;
    }[];
    expect(row).toMatchObject({ person_id: anna, entity: 'database' });
    expect(JSON.parse(row!.detail)).toEqual({
      source: 'folder',
      takenAt: backup.takenAt,
      kind: 'manuell',
      beforeRestoreTakenAt: expect.any(String) as string,
    });
    // The live file is whole and in WAL mode again, with no staging files left beside it.
    expect(h.ctx.session.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(readdirSync(path.dirname(h.ctx.session.ownFile)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const { folder, backup } = await backedUpThenChanged();
    corrupt(path.join(folder, backup.name));
    const before = dumpDatabase(h.ctx.session.sqlite);

    const result = await h.call('backup:restore-backup', { name: backup.name });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'Säkerhetskopian kan inte återställas: filen är skadad. Ingenting har ändrats.' },
    });
    expect(dumpDatabase(h.ctx.session.sqlite)).toBe(before);
    expect(beforeRestoreCopies(folder)).toEqual([]);
    expect(h.ctx.user.personId).not.toBeNull();
  });

  it('refuses a backup whose structure does not match its version, before anything is changed', async () => {
    const { folder, backup } = await backedUpThenChanged();
    // Looks like a backup from one version back, but its last upgrade step is already in the
    // tables: integrity_check passes, the structure check does not.
    const known = knownMigrationCount(MIGRATIONS);
    tamper(
      path.join(folder, backup.name),
      `DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations); PRAGMA user_version = ${known - 1};`,
    );
    const before = dumpDatabase(h.ctx.session.sqlite);
    expect(await h.call('backup:restore-backup', { name: backup.name })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('saknar delar av databasens uppbyggnad') as string },
    });
    expect(dumpDatabase(h.ctx.session.sqlite)).toBe(before);
    expect(beforeRestoreCopies(folder)).toEqual([]);
  });

  it('puts the previous state back when the restored file does not open', async () => {
    const { folder, backup } = await backedUpThenChanged();
    const before = dumpDatabase(h.ctx.session.sqlite);
    // Every check passes; the failure comes when the restored file is opened (a disk error, say).
    failNextOpen.set(new Error('disk I/O error'));

    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await h.call('backup:restore-backup', { name: backup.name });
    expect(logged).toHaveBeenCalledWith(
      expect.stringContaining('putting the previous state back'),
      expect.objectContaining({ message: 'disk I/O error' }),
    );
    logged.mockRestore();
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('har lagt tillbaka det tidigare läget') as string },
    });
    expect(dumpDatabase(h.ctx.session.sqlite)).toBe(before);
    expect((await h.must('settings:list-days-off', {})).map((d) => d.label)).toEqual(['Före kopian', 'Efter kopian']);
    expect(beforeRestoreCopies(folder)).toHaveLength(1);
  });

  it('takes names only: a path or a name not in the folder is refused', async () => {
    const { folder } = await backedUpThenChanged();
    for (const name of ['../introplan.db', '/etc/passwd', `${folder}/introplan-20261123-140500-auto.db`]) {
      expect(await h.call('backup:restore-backup', { name }), name).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(await h.call('backup:restore-backup', { name: 'introplan-20200101-120000-auto.db' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(beforeRestoreCopies(folder)).toEqual([]);
  });

  it('restores a file picked in the dialog, e.g. one saved with "Spara säkerhetskopia …"', async () => {
    h = handlerHarness(tick);
    await withUser(h);
    await addDayOff(h, '2026-12-28', 'Före kopian');
    const saved = path.join(tempDir(), 'usb-minne.db');
    h.desktop.answerSave(saved);
    await h.must('backup:save-as', {});
    await addDayOff(h, '2026-12-29', 'Efter kopian');

    expect(await h.must('backup:restore-from-file', {})).toEqual({ restored: false });
    h.desktop.answerOpen(saved);
    expect(await h.must('backup:restore-from-file', {})).toMatchObject({ restored: true, takenAt: null, kind: null });
    expect((await h.must('settings:list-days-off', {})).map((d) => d.label)).toEqual(['Före kopian']);
    expect(existsSync(saved)).toBe(true);

    h.desktop.answerOpen(path.join(path.dirname(saved), 'finns-inte.db'));
    const anna = (await h.must('staff:list-people', {}))[0]!;
    await h.must('session:set-current-user', { personId: anna.id });
    expect(await h.call('backup:restore-from-file', {})).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('går inte att läsa') as string },
    });
  });

  it('is refused while the example database is in use', async () => {
    const { backup } = await backedUpThenChanged();
    h.desktop.answerFolder(tempDir());
    await h.must('app:create-example', {});
    const anna = (await h.must('staff:list-people', {}))[0]!;
    await h.must('session:set-current-user', { personId: anna.id });
    expect(await h.call('backup:restore-backup', { name: backup.name })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('din egen databas') as string },
    });
    expect((await h.must('backup:get-status', {})).ownDatabase).toBe(false);
  });
});
