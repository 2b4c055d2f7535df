import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localStamp } from '../../electron/shared/rules/backup-names';
import { AutomaticBackups } from '../../electron/main/services/backup/automatic';
import { addDayOff, corrupt, dayOffLabels, ManualTimers, tamper, withUser } from '../support/backup-fixtures';
import { handlerHarness } from '../support/handler-context';
import { tempDir } from '../support/paths';

const NOW = '2026-11-23T13:05:00.000Z';
let h: ReturnType<typeof handlerHarness>;
afterEach(() => h.close());

describe('manual backups', () => {
  it('are verified copies that hold what is still only in the -wal, and are recorded', async () => {
    h = handlerHarness(() => NOW);
    const anna = await withUser(h);
    await addDayOff(h, '2026-12-28', 'Mellandagsstängt');
    expect(existsSync(`${h.ctx.session.file}-wal`)).toBe(true);

    const status = await h.must('backup:create-now', {});
    expect(status.isDefaultFolder).toBe(true);
    expect(status.folder).toBe(path.join(h.ctx.dataDirectory, 'Säkerhetskopior'));
    const takenAt = localStamp(new Date(NOW));
    expect(status.backups).toEqual([
      {
        name: `introplan-${takenAt.replace(/[-:]/g, '').replace('T', '-')}-manuell.db`,
        kind: 'manuell',
        takenAt,
        size: expect.any(Number) as number,
        problem: null,
      },
    ]);
    const file = path.join(status.folder, status.backups[0]!.name);
    expect(dayOffLabels(file)).toEqual(['Mellandagsstängt']);
    // Only the finished copy is left: no temp files, no -wal beside it.
    expect(readdirSync(status.folder)).toEqual([status.backups[0]!.name]);

    // The same second again gets a suffix instead of overwriting.
    const again = await h.must('backup:create-now', {});
    expect(again.backups.map((b) => b.name)).toEqual([status.backups[0]!.name.replace('.db', '-2.db'), status.backups[0]!.name]);
    const audit = h.ctx.session.sqlite.prepare("SELECT person_id, detail FROM audit_log WHERE action = 'backup.created'").all() as {
      person_id: number;
      detail: string;
    }[];
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ person_id: anna });
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ takenAt, kind: 'manuell', toBackupFolder: true });
  });

  it('need someone to have said who they are', async () => {
    h = handlerHarness(() => NOW);
    const result = await h.call('backup:create-now', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'no-user' } });
  });

  it('"Spara säkerhetskopia …" writes a verified copy where the dialog says, never over the live file', async () => {
    h = handlerHarness(() => NOW);
    await withUser(h);
    const target = path.join(tempDir(), 'kopia.db');
    h.desktop.answerSave(target);
    expect(await h.must('backup:save-as', {})).toEqual({ saved: true, fileName: 'kopia.db' });
    expect(h.desktop.asked.at(-1)).toMatchObject({
      kind: 'save',
      title: 'Spara säkerhetskopia',
      defaultName: expect.stringMatching(/^introplan-\d{8}-\d{6}-manuell\.db$/) as string,
    });
    expect(dayOffLabels(target)).toEqual([]);

    h.desktop.answerSave(h.ctx.session.ownFile);
    const refused = await h.call('backup:save-as', {});
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('över själva databasen') as string },
    });
    expect(await h.must('backup:save-as', {})).toEqual({ saved: false });
  });
});

describe('the backup list', () => {
  it('verifies every file and reports the unusable ones with the reason', async () => {
    h = handlerHarness(() => NOW);
    await withUser(h);
    const { folder, backups } = await h.must('backup:create-now', {});
    const good = path.join(folder, backups[0]!.name);
    const copy = (name: string) => {
      copyFileSync(good, path.join(folder, name));
      return path.join(folder, name);
    };
    corrupt(copy('introplan-20261101-120000-auto.db'));
    tamper(copy('introplan-20261102-120000-auto.db'), 'PRAGMA user_version = 999');
    new Database(path.join(folder, 'introplan-20261103-120000-manuell.db')).exec('CREATE TABLE recept (namn TEXT)').close();
    new Database(path.join(folder, 'introplan-20261104-120000-manuell.db')).close();
    copy('semester.db'); // not a backup name: not listed, not touched

    const status = await h.must('backup:get-status', {});
    expect(status.backups.map((b) => [b.name.slice(10, 18), b.problem])).toEqual([
      [backups[0]!.name.slice(10, 18), null],
      ['20261104', 'empty'],
      ['20261103', 'foreign'],
      ['20261102', 'too-new'],
      ['20261101', 'damaged'],
    ]);
    expect(existsSync(path.join(folder, 'semester.db'))).toBe(true);
  });

  it('a chosen folder is used until reset; one that cannot be written is refused; it is never a renderer preference', async () => {
    h = handlerHarness(() => NOW);
    const anna = await withUser(h);
    const share = tempDir('introplan-share-');
    h.desktop.answerFolder(share);
    const chosen = await h.must('backup:choose-folder', {});
    expect(chosen).toMatchObject({ folder: share, isDefaultFolder: false, backups: [] });
    await h.must('backup:create-now', {});
    expect(readdirSync(share)).toHaveLength(1);
    expect(Object.keys(await h.must('settings:get-preferences', {}))).not.toContain('backup.folder');
    const sneaky = await h.call('settings:update-preferences', { 'backup.folder': '/tmp' } as never);
    expect(sneaky).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

    h.desktop.answerFolder(path.join(share, 'finns-inte'));
    const refused = await h.call('backup:choose-folder', {});
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('kan inte skriva i den mappen') as string } });

    rmSync(share, { recursive: true });
    const offline = await h.must('backup:get-status', {});
    expect(offline).toMatchObject({ folder: share, folderProblem: 'folder-unreachable', backups: [] });
    const failed = await h.call('backup:create-now', {});
    expect(failed).toMatchObject({ ok: false, error: { message: expect.stringContaining('går inte att nå') as string } });

    expect(await h.must('backup:reset-folder', {})).toMatchObject({ isDefaultFolder: true, folderProblem: null });
    const changes = h.ctx.session.sqlite
      .prepare("SELECT person_id, detail FROM audit_log WHERE action = 'backup.folder-changed' ORDER BY id")
      .all();
    expect(changes).toEqual([
      { person_id: anna, detail: '{"isDefault":false}' },
      { person_id: anna, detail: '{"isDefault":true}' },
    ]);
  });
});

describe('automatic backups', () => {
  it('run when a day has passed, always on quit, rotate afterwards, and never throw', async () => {
    let now = Date.parse(NOW);
    h = handlerHarness(() => new Date(now).toISOString());
    await withUser(h);
    await h.must('backup:update-settings', { keepDaily: 2, keepMonthly: 0 });
    const timers = new ManualTimers();
    const automatic = new AutomaticBackups(h.ctx, timers);
    automatic.start();
    expect(timers.pending.map((t) => [t.kind, t.ms])).toEqual([
      ['after', 10_000],
      ['every', 3_600_000],
    ]);

    timers.pending[0]!.run(); // the check soon after start: no backup yet, so one is made
    const autos = async () => (await h.must('backup:get-status', {})).backups.filter((b) => b.kind === 'auto');
    expect(await autos()).toHaveLength(1);
    now += 23 * 3_600_000;
    expect(automatic.runIfDue()).toBeNull();
    now += 3_600_000;
    expect(automatic.runIfDue()).toMatchObject({ ok: true });
    now += 24 * 3_600_000;
    await addDayOff(h, '2026-12-28', 'Mellandagsstängt');
    automatic.runIfDue();
    // keepDaily 2: the first day's backup was rotated away.
    const kept = await autos();
    expect(kept.map((b) => b.takenAt)).toEqual([localStamp(new Date(now)), localStamp(new Date(now - 24 * 3_600_000))]);

    automatic.onQuit(); // not due, but quitting always backs up
    expect(timers.pending.every((t) => t.cancelled)).toBe(true);
    const afterQuit = await autos();
    expect(afterQuit).toHaveLength(2);
    expect(dayOffLabels(path.join((await h.must('backup:get-status', {})).folder, afterQuit[0]!.name))).toEqual(['Mellandagsstängt']);
    automatic.onQuit();
    expect(await autos()).toHaveLength(2);
    expect((await h.must('backup:get-status', {})).lastAutomatic).toMatchObject({ ok: true, failure: null });
  });

  it('a folder that is offline is remembered as a failure and the work goes on', async () => {
    h = handlerHarness(() => NOW);
    await withUser(h);
    const share = tempDir('introplan-share-');
    h.desktop.answerFolder(share);
    await h.must('backup:choose-folder', {});
    rmSync(share, { recursive: true });

    const automatic = new AutomaticBackups(h.ctx, new ManualTimers());
    expect(automatic.isDue()).toBe(true);
    expect(() => automatic.onQuit()).not.toThrow();
    expect((await h.must('backup:get-status', {})).lastAutomatic).toEqual({
      at: NOW,
      ok: false,
      takenAt: null,
      failure: 'folder-unreachable',
    });
    expect(existsSync(share)).toBe(false); // a missing share is not quietly created on the local disk
    await addDayOff(h, '2026-12-28', 'Mellandagsstängt');
    expect(await h.must('settings:list-days-off', {})).toHaveLength(1);
  });
});
