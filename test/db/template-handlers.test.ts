import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../support/db-dump';
import { handlerHarness } from '../support/handler-context';
import { tempDir } from '../support/paths';
import { minimalPdf } from '../support/pdf-fixture';

let h: ReturnType<typeof handlerHarness>;
beforeEach(() => {
  h = handlerHarness();
  return () => h.close();
});

describe('template handlers', () => {
  it('refuses a draft whose item points to a missing phase, in Swedish, and keeps the stored draft', async () => {
    const [template] = await h.must('templates:list-templates', {});
    const draft = await h.must('templates:get-draft', { templateId: template!.id });
    const before = dumpDatabase(h.ctx.session.sqlite);
    const content = structuredClone(draft.content);
    content.items[2]!.phaseId = 'saknas';
    const result = await h.call('templates:save-draft', { templateId: template!.id, content });
    expect(result.ok).toBe(false);
    expect(Object.values(!result.ok ? (result.error.fields ?? {}) : {})).toEqual([
      expect.stringMatching(/^Punkt 3 \(”.+”\): Punkten ”.+” hör till fasen ”saknas”, som inte finns\.$/),
    ]);
    expect(dumpDatabase(h.ctx.session.sqlite)).toBe(before);
  });

  it('publishing twice without a change says there is nothing new', async () => {
    const [template] = await h.must('templates:list-templates', {});
    const result = await h.call('templates:publish-draft', { templateId: template!.id });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Utkastet är redan publicerat. Gör en ändring först.' },
    });
  });

  it('attaches only PDFs, content-addressed, and a cancelled dialog changes nothing', async () => {
    expect(await h.call('templates:attach-document', {})).toEqual({ ok: true, value: null });
    const folder = tempDir();
    const pdf = path.join(folder, 'Blankett ledighet.pdf');
    writeFileSync(pdf, minimalPdf());
    const text = path.join(folder, 'inte-pdf.pdf');
    writeFileSync(text, 'hej');
    h.desktop.answerOpen(pdf).answerOpen(pdf).answerOpen(text);
    const first = await h.must('templates:attach-document', {});
    const second = await h.must('templates:attach-document', {});
    expect(first).toMatchObject({ fileName: 'Blankett ledighet.pdf', mediaType: 'application/pdf' });
    expect(second?.id).toBe(first?.id);
    expect(await h.call('templates:attach-document', {})).toMatchObject({ ok: false, error: { message: 'Filen är inte en PDF.' } });
  });

  it('exports to the file the user chose and reports only its name', async () => {
    const [template] = await h.must('templates:list-templates', {});
    const target = path.join(tempDir(), 'program.json');
    h.desktop.answerSave(target);
    expect(await h.call('templates:export-version', { versionId: template!.versions[0]!.id })).toEqual({
      ok: true,
      value: { saved: true, fileName: 'program.json' },
    });
    expect(h.desktop.asked[0]).toMatchObject({ kind: 'save', defaultName: 'Introduktion och inskolning – IFO v1.introplan.json' });
    expect(await h.call('templates:export-version', { versionId: template!.versions[0]!.id })).toEqual({
      ok: true,
      value: { saved: false },
    });
  });
});
