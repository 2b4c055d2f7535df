import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AutomaticBackups } from '../../electron/main/services/backup/automatic';
import { finishPendingScrub } from '../../electron/main/services/erase';
import { ManualTimers } from '../support/backup-fixtures';
import { handlerHarness } from '../support/handler-context';
import { MIGRATIONS } from '../support/paths';
import { fileBytes, hireWithFreeText, holds, staffFor } from '../support/privacy-fixture';

let clock = '2026-11-23T09:00:00.000Z';
let h: ReturnType<typeof handlerHarness>;
afterEach(() => h.close());

async function oneHire() {
  clock = '2026-11-23T09:00:00.000Z';
  h = handlerHarness(() => clock);
  const people = await staffFor(h);
  const hire = await hireWithFreeText(h, people, 'Ylva Östlund-Raderad', 'ylva');
  return { hire, people, file: h.ctx.session.file };
}
const erase = (hireId: number) => h.must('privacy:erase-hire', { hireId, confirmName: 'Ylva Östlund-Raderad' });
const wordsIn = (file: string, words: Record<string, string>) => Object.values(words).filter((w) => holds(fileBytes(file), w));
const marker = (file: string) => `${file}.rensning-vantar`;

describe('erasing when the file cannot be cleaned at once', () => {
  it('says so while a reader holds the file, and finishes the cleaning once it lets go', async () => {
    const { hire, file } = await oneHire();
    const reader = new Database(file, { readonly: true });
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM hires').get(); // holds a snapshot from before the erase

    const outcome = await erase(hire.hireId);
    expect(outcome.scrub).toBe('busy');
    expect(await h.call('hires:get-plan', { hireId: hire.hireId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(existsSync(marker(file))).toBe(true);
    expect(wordsIn(file, hire.words)).not.toEqual([]); // the honest part: they are still in the bytes

    expect(finishPendingScrub(h.ctx, file, h.ctx.session.sqlite)).toBe('busy');
    reader.exec('COMMIT');
    reader.close();
    expect(finishPendingScrub(h.ctx, file, h.ctx.session.sqlite)).toBe('done');
    expect(existsSync(marker(file))).toBe(false);
    expect(wordsIn(file, hire.words)).toEqual([]);
    expect(h.ctx.session.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'database.scrubbed'").pluck().get()).toBe(1);
    expect(finishPendingScrub(h.ctx, file, h.ctx.session.sqlite)).toBeNull();
  });

  it.runIf(process.platform === 'linux')('reports the erase as done and the cleaning as not, when the disk is full', async () => {
    const { hire, people, file } = await oneHire();
    // Make the file larger than the disk allows to grow, so VACUUM's copy cannot be written.
    h.ctx.session.sqlite.exec(
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) INSERT INTO people (name, created_at, updated_at) SELECT 'Fyllnad ' || i || printf('%.900c', 'x'), 'x', 'x' FROM n",
    );
    h.ctx.session.close();
    expect(statSync(file).size).toBeGreaterThan(2_500_000);
    const run = spawnSync(
      'bash',
      [
        '-c',
        `ulimit -f 1500 && exec "${process.execPath}" --import tsx test/support/erase-on-small-disk.ts "$@"`,
        'erase',
        file,
        MIGRATIONS,
        String(hire.hireId),
        String(people.managerId),
      ],
      { encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    const { scrub } = JSON.parse(run.stdout) as { scrub: string };
    expect(['disk-full', 'failed']).toContain(scrub);

    h = handlerHarness(() => clock, file);
    expect(await h.call('hires:get-plan', { hireId: hire.hireId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(existsSync(marker(file))).toBe(true);
    expect(finishPendingScrub(h.ctx, file, h.ctx.session.sqlite)).toBe('done');
    expect(wordsIn(file, hire.words)).toEqual([]);
  });
});

describe('the files that still hold an erased person', () => {
  it('names the backups taken before the erase, lists them under Gallring, and deletes exactly those', async () => {
    const { hire } = await oneHire();
    const before = (await h.must('backup:create-now', {})).backups[0]!;
    clock = '2026-11-23T09:30:00.000Z';
    const outcome = await erase(hire.hireId);
    expect(outcome.copies).toEqual([{ name: before.name, takenAt: before.takenAt, kind: 'manuell', hires: 1 }]);
    clock = '2026-11-23T10:00:00.000Z';
    const after = (await h.must('backup:create-now', {})).backups[0]!;
    expect(after.name).not.toBe(before.name);

    const listed = await h.must('backup:list-erased-copies', {});
    expect(listed.copies.map((c) => c.name)).toEqual([before.name]);
    const left = await h.must('backup:delete-erased-copies', { names: [before.name, after.name] });
    expect(left.copies).toEqual([]);
    expect(readdirSync(listed.folder)).toContain(after.name); // not an erased person's copy: kept
    expect(readdirSync(listed.folder)).not.toContain(before.name);
    const row = h.ctx.session.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'backup.erased-copies-deleted'").pluck().get();
    expect(JSON.parse(row as string)).toEqual({ count: 1 });
  });

  it('moves the copy made before an upgrade into the backups, where it is listed, rotated and counted', async () => {
    const { hire, file } = await oneHire();
    const bak = `${file}.fore-uppgradering-v6.bak`;
    h.ctx.session.sqlite.prepare('VACUUM INTO ?').run(bak);
    const madeAt = new Date(clock);
    utimesSync(bak, madeAt, madeAt); // the copy is named by when it was made
    new AutomaticBackups(h.ctx, new ManualTimers()).start();
    expect(existsSync(bak)).toBe(false);
    const status = await h.must('backup:get-status', {});
    expect(status.backups).toMatchObject([{ kind: 'fore-uppgradering', problem: null }]);

    clock = '2026-11-23T09:30:00.000Z';
    const outcome = await erase(hire.hireId);
    expect(outcome.copies).toMatchObject([{ kind: 'fore-uppgradering', hires: 1 }]);
  });
});
