import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AutomaticBackups } from '../../electron/main/services/backup/automatic';
import { ManualTimers, withUser } from '../support/backup-fixtures';
import { handlerHarness } from '../support/handler-context';

/** Issue 16, items 5 and 6: automatic backups survive a wrong clock, and a crashed backup leaves no temp file. */
const HOUR = 3_600_000;
let h: ReturnType<typeof handlerHarness>;
afterEach(() => h.close());

async function start(at: string) {
  let now = Date.parse(at);
  h = handlerHarness(() => new Date(now).toISOString());
  await withUser(h);
  const automatic = new AutomaticBackups(h.ctx, new ManualTimers());
  const autos = async () => (await h.must('backup:get-status', {})).backups.filter((b) => b.kind === 'auto');
  return { automatic, autos, setNow: (iso: string) => (now = Date.parse(iso)), advance: (ms: number) => (now += ms) };
}

describe('automatic backups and a wrong clock', () => {
  it('with the clock set back, the backup on quit is made, kept by its own rotation, and the clock is questioned', async () => {
    const { automatic, autos, setNow } = await start('2026-11-23T13:05:00.000Z');
    await h.must('backup:update-settings', { keepDaily: 2, keepMonthly: 0 });
    automatic.run();
    setNow('2026-11-24T13:05:00.000Z');
    automatic.run();
    expect(await autos()).toHaveLength(2);

    setNow('2020-03-02T10:00:00.000Z');
    expect(automatic.isDue()).toBe(true);
    automatic.onQuit();
    const names = (await autos()).map((b) => b.name);
    expect(names.some((n) => n.includes('20200302'))).toBe(true);
    const last = (await h.must('backup:get-status', {})).lastAutomatic!;
    expect(last).toMatchObject({ ok: true, clockWarning: true });
  });

  it('after a session with the clock far ahead, backups fall due again as soon as the clock is right, and then daily', async () => {
    const { automatic, autos, setNow, advance } = await start('2027-06-01T09:00:00.000Z');
    automatic.run();
    setNow('2026-11-23T09:00:00.000Z'); // corrected
    expect(automatic.isDue()).toBe(true);
    expect(automatic.runIfDue()).toMatchObject({ ok: true, clockWarning: true });
    advance(HOUR);
    expect(automatic.runIfDue()).toBeNull();
    advance(23 * HOUR);
    expect(automatic.runIfDue()).toMatchObject({ ok: true });
    expect(await autos()).toHaveLength(3);
  });
});

describe('temp files of crashed backups', () => {
  it('are removed at start when their writer is gone, and one a running process writes is left', async () => {
    const { automatic } = await start('2026-11-23T09:00:00.000Z');
    const { folder } = await h.must('backup:get-status', {});
    automatic.run();
    const crashed = 'introplan-2026-11-22_1000-auto.db.999999.tmp';
    const running = `introplan-2026-11-23_0900-auto.db.${process.ppid}.tmp`;
    writeFileSync(path.join(folder, crashed), 'half a backup');
    writeFileSync(path.join(folder, running), 'being written');
    const again = new AutomaticBackups(h.ctx, new ManualTimers());
    again.start();
    const left = readdirSync(folder).filter((n) => n.endsWith('.tmp'));
    expect(left).toEqual([running]);
    again.stop();
  });
});
