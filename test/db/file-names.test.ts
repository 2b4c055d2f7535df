import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hires } from '../../db/schema';
import { safeFileName } from '../../electron/main/services/files';
import { handlerHarness } from '../support/handler-context';
import { hireWithFreeText, staffFor } from '../support/privacy-fixture';

/** Characters that show nothing but change how a name reads: bidi overrides and isolates, zero-width ones, controls. */
const INVISIBLE = /[\p{Cf}\p{Cc}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/u;

describe('file names offered in save dialogs', () => {
  it.each([
    // U+202E turns "gnp.exe.ics" around: the dialog would show "Ali sci.exe.png".
    ['Ali \u202Egnp.exe', 'Ali gnp.exe'],
    ['Ali\u2066 Yılmaz\u2069', 'Ali Yılmaz'],
    ['Sofia\u200B\u200DBerg\uFEFF', 'SofiaBerg'],
    ['Åsa\u00ADÖberg', 'ÅsaÖberg'],
    ['Linnea\tÖberg\n', 'Linnea Öberg'],
    ['Per\u0007 Niemi\u0000', 'Per Niemi'],
    // Decomposed letters (as macOS writes them) become the composed Swedish ones.
    ['A\u030Asa O\u0308berg', 'Åsa Öberg'],
    ['Jonas Mäkitalo', 'Jonas Mäkitalo'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j'],
    ['\u202E\u202C', 'introplan'],
    ['Namn med punkt.', 'Namn med punkt'],
  ])('%j becomes %j', (name, expected) => {
    expect(safeFileName(name)).toBe(expected);
    expect(safeFileName(name)).not.toMatch(INVISIBLE);
  });

  describe('through the handlers', () => {
    const h = handlerHarness(() => '2026-11-23T09:00:00.000Z');
    let hireId: number;
    beforeAll(async () => {
      ({ hireId } = await hireWithFreeText(h, await staffFor(h), 'Ali Hassan', 'ali'));
      // Stored as typed (or pasted): the name in the database keeps what the person wrote.
      h.ctx.db.update(hires).set({ name: 'Ali \u202Egnp.exe' }).where(eq(hires.id, hireId)).run();
    }, 30_000);
    afterAll(() => h.close());

    it('strips invisible characters from every name a save dialog offers for a hire', async () => {
      await h.must('calendar:export-hire', { hireId });
      await h.must('binder:export-pdf', { hireId, variant: 'dayOne' });
      await h.must('privacy:export-hire', { hireId });
      await h.must('audit:export-trail', { hireId });
      const offered = h.desktop.asked.filter((a) => a.kind === 'save').map((a) => a.defaultName);
      expect(offered).toHaveLength(4);
      for (const name of offered) {
        expect(name).not.toMatch(INVISIBLE);
        expect(name).toContain('Ali gnp.exe');
      }
    });
  });
});
