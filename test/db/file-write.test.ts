import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../electron/main/services/files';
import { handlerHarness } from '../support/handler-context';
import { tempDir } from '../support/paths';
import { hireWithFreeText, staffFor } from '../support/privacy-fixture';

/** Issue 16, item 10: a failed export leaves no *.tmp behind and says why; a written file is flushed before it gets its name. */
const leftovers = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.tmp'));

describe('saving a file the user chose', () => {
  it('writes the whole file under the chosen name and nothing else', async () => {
    const folder = tempDir();
    await writeFileAtomically(path.join(folder, 'Sofia Berg.ics'), 'BEGIN:VCALENDAR');
    expect(readFileSync(path.join(folder, 'Sofia Berg.ics'), 'utf8')).toBe('BEGIN:VCALENDAR');
    expect(readdirSync(folder)).toEqual(['Sofia Berg.ics']);
  });

  it('refuses a name that is a folder in Swedish, and leaves no temporary file', async () => {
    const folder = tempDir();
    mkdirSync(path.join(folder, 'Sofia Berg.json'));
    await expect(writeFileAtomically(path.join(folder, 'Sofia Berg.json'), 'x'.repeat(100_000))).rejects.toThrow(
      '”Sofia Berg.json” kunde inte sparas: det finns redan en mapp med det namnet.',
    );
    expect(leftovers(folder)).toEqual([]);
  });

  it('refuses a place whose folder is a file, and leaves nothing', async () => {
    const folder = tempDir();
    writeFileSync(path.join(folder, 'not-a-folder'), '');
    await expect(writeFileAtomically(path.join(folder, 'not-a-folder', 'Sofia Berg.csv'), 'a;b')).rejects.toThrow(
      'mappen finns inte längre',
    );
    expect(leftovers(folder)).toEqual([]);
  });

  describe('through the personal-data export', () => {
    const h = handlerHarness(() => '2026-11-23T09:00:00.000Z');
    let hireId: number;
    beforeAll(async () => {
      ({ hireId } = await hireWithFreeText(h, await staffFor(h), 'Ali Hassan', 'ali'));
    }, 30_000);
    afterAll(() => h.close());

    it('answers with the reason when the chosen name is a folder, and the folder holds no extract', async () => {
      const folder = tempDir();
      const target = path.join(folder, 'Ali Hassan.json');
      mkdirSync(target);
      h.desktop.answerSave(target);
      const result = await h.call('privacy:export-hire', { hireId });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toContain('det finns redan en mapp med det namnet');
      expect(leftovers(folder)).toEqual([]);
      expect(readdirSync(target)).toEqual([]);
    });
  });
});
