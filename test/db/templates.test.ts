import { beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../db/open';
import { openAppDatabase } from '../../electron/main/app-database';
import { TEST_NOW } from '../support/test-context';
import * as templates from '../../db/queries/templates';
import { defaultProgramme } from '../../db/seed/default-programme';
import { MIGRATIONS, tempDbPath } from '../support/paths';

const NOW = '2026-11-23T09:00:00.000Z';
let opened: OpenedDatabase;
beforeEach(() => {
  opened = openAppDatabase(tempDbPath(), MIGRATIONS, () => TEST_NOW);
  return () => opened.close();
});

describe('programme templates', () => {
  it('a new database holds the default programme, published as version 1 with an identical draft', () => {
    const [only, ...rest] = templates.listTemplates(opened.db);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ name: 'Introduktion och inskolning – IFO', unpublishedChanges: false });
    expect(only!.versions.map((v) => v.number)).toEqual([1]);
    expect(only!.itemCount).toBe(defaultProgramme.items.length);
    expect(templates.getDraft(opened.db, only!.id)?.content).toEqual(defaultProgramme);
  });

  it('reopening does not seed a second copy', () => {
    const file = opened.file;
    opened.close();
    opened = openAppDatabase(file, MIGRATIONS, () => TEST_NOW);
    expect(templates.listTemplates(opened.db)).toHaveLength(1);
  });

  it('publishing freezes the draft as the next number; later edits do not reach it', () => {
    const id = templates.listTemplates(opened.db)[0]!.id;
    expect(templates.publishDraft(opened.db, id, NOW, null)).toBe('unchanged');
    const edited = { ...defaultProgramme, items: defaultProgramme.items.slice(1) };
    expect(templates.saveDraft(opened.db, id, edited, NOW)?.unpublishedChanges).toBe(true);
    const v2 = templates.publishDraft(opened.db, id, NOW, null);
    expect(v2).toMatchObject({ number: 2, publishedAt: NOW });
    templates.saveDraft(opened.db, id, { ...edited, name: 'Ändrat namn' }, NOW);
    const summary = templates.listTemplates(opened.db)[0]!;
    expect(summary).toMatchObject({ name: 'Ändrat namn', unpublishedChanges: true });
    expect(summary.versions.map((v) => [v.number, v.name])).toEqual([
      [2, defaultProgramme.name],
      [1, defaultProgramme.name],
    ]);
    const v1 = summary.versions[1]!;
    expect(templates.getVersion(opened.db, v1.id)?.content.items).toHaveLength(defaultProgramme.items.length);
  });

  it('the database itself refuses to change or delete a published version', () => {
    const version = templates.listTemplates(opened.db)[0]!.versions[0]!;
    expect(() => opened.sqlite.prepare("UPDATE template_versions SET content = '{}' WHERE id = ?").run(version.id)).toThrow(/immutable/);
    expect(() => opened.sqlite.prepare('DELETE FROM template_versions WHERE id = ?').run(version.id)).toThrow(/immutable/);
  });

  it('a template has exactly one draft', () => {
    const id = templates.listTemplates(opened.db)[0]!.id;
    expect(() =>
      opened.sqlite
        .prepare("INSERT INTO template_versions (template_id, number, content, created_at, updated_at) VALUES (?, NULL, '{}', 'x', 'x')")
        .run(id),
    ).toThrow(/UNIQUE/);
  });

  it('keeps an imported uid when it is free and makes a new one when it is taken', () => {
    const a = templates.createTemplate(opened.db, defaultProgramme, NOW, 'delad-mall-1');
    const b = templates.createTemplate(opened.db, defaultProgramme, NOW, 'delad-mall-1');
    expect(a.uid).toBe('delad-mall-1');
    expect(b.uid).not.toBe('delad-mall-1');
  });
});
