import Database from 'better-sqlite3';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkOpenDatabase } from '../../electron/main/services/background-check';
import type { EventBus } from '../../electron/main/ipc/events';
import { handlerHarness } from '../support/handler-context';
import { tempDbPath } from '../support/paths';

const driver = createRequire(import.meta.url).resolve('better-sqlite3');
let h: ReturnType<typeof handlerHarness>;
afterEach(() => h.close());

/**
 * A new database whose programme text (template_versions, stored over several overflow pages)
 * has the last page of a chain zeroed after its link field: every page is where it should be, so
 * neither quick_check nor integrity_check sees it, but the text no longer parses.
 */
function zeroedOverflowPage(): string {
  const file = tempDbPath();
  handlerHarness(undefined, file).ctx.session.close();
  const sqlite = new Database(file, { readonly: true });
  const size = sqlite.pragma('page_size', { simple: true }) as number;
  const pages = sqlite
    .prepare("SELECT pageno FROM dbstat WHERE name = 'template_versions' AND pagetype = 'overflow'")
    .pluck()
    .all() as number[];
  sqlite.close();
  const fd = openSync(file, 'r+');
  const link = Buffer.alloc(4);
  // The end of a chain links to page 0.
  const last = pages.find((page) => {
    readSync(fd, link, 0, 4, (page - 1) * size);
    return link.readUInt32BE(0) === 0;
  })!;
  writeSync(fd, Buffer.alloc(size - 4), 0, size - 4, (last - 1) * size + 4);
  closeSync(fd);
  return file;
}

describe('the background check of the open database', () => {
  it('finds a zeroed overflow page that the start let through, and leads to the recovery screen', async () => {
    const file = zeroedOverflowPage();
    const published: string[] = [];
    const events: EventBus = { publish: (name) => void published.push(name) };
    h = handlerHarness(undefined, file, events);
    expect(h.ctx.session.problem).toBeNull(); // nothing at start can see it
    expect(await h.call('templates:list-templates', {})).toMatchObject({ ok: false, error: { code: 'internal' } });

    const result = await checkOpenDatabase(h.ctx, driver);
    expect(result).toMatchObject({ ok: false, detail: expect.stringMatching(/\S/) as string });
    expect(published).toContain('database-damage-found');
    expect(h.ctx.session.isOpen).toBe(true); // nothing is closed under the user

    await h.must('app:show-recovery', {});
    expect(h.ctx.session.isOpen).toBe(false);
    expect(h.ctx.session.problem?.kind).toBe('damaged');
    expect((await h.must('app:get-info', {})).problem?.kind).toBe('damaged');
  });

  it('says nothing about a healthy file', async () => {
    const publish = vi.fn();
    h = handlerHarness(undefined, tempDbPath(), { publish });
    expect(await checkOpenDatabase(h.ctx, driver)).toEqual({ ok: true });
    expect(publish).not.toHaveBeenCalled();
    expect(await h.call('app:show-recovery', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
