import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { handlerHarness } from '../support/handler-context';
import { tempDir } from '../support/paths';
import { hireWithFreeText, staffFor } from '../support/privacy-fixture';

/**
 * Every table that holds a hire's rows (a hire_id column) must be in the personal-data export and
 * emptied by erase. A new hire-owned table fails here until privacy-fixture gives it a row and
 * db/queries/privacy.ts exports and deletes it (see README, "Adding a feature").
 */
describe('privacy covers every table that holds a hire’s rows', () => {
  const h = handlerHarness();
  afterAll(() => h.close());
  const sqlite = () => h.ctx.session.sqlite;
  // The trail keeps the events of an erased hire by id, without names or free text.
  const hireTables = () =>
    (sqlite().prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]).filter(
      (table) =>
        table !== 'audit_log' &&
        (sqlite().prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).some((c) => c.name === 'hire_id'),
    );
  const idsIn = (table: string, hireId: number) =>
    sqlite().prepare(`SELECT id FROM "${table}" WHERE hire_id = ? ORDER BY id`).pluck().all(hireId) as number[];

  it('exports every such row and erases them all', async () => {
    const hireId = (await hireWithFreeText(h, await staffFor(h), 'Ylva Östlund', 'ylva')).hireId;
    const tables = hireTables();
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const table of tables) expect(idsIn(table, hireId).length, `the fixture gives ${table} no row`).toBeGreaterThan(0);

    const file = path.join(tempDir(), 'utdrag.json');
    h.desktop.answerSave(file);
    await h.must('privacy:export-hire', { hireId });
    const exported = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const lists = Object.values(exported).filter((v): v is { id: number }[] => Array.isArray(v));
    for (const table of tables) {
      const ids = idsIn(table, hireId);
      expect(
        lists.some((list) => JSON.stringify(list.map((r) => r.id).sort((a, b) => a - b)) === JSON.stringify(ids)),
        `${table} is not in the export`,
      ).toBe(true);
    }

    await h.must('privacy:erase-hire', { hireId, confirmName: 'Ylva Östlund' });
    for (const table of tables) expect(idsIn(table, hireId), `${table} still holds the erased hire`).toEqual([]);
  });
});
