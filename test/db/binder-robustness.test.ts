import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { hires } from '../../db/schema';
import { ATTACHED_TITLE, seedBinderHire } from '../support/binder-fixtures';
import { handlerHarness } from '../support/handler-context';
import { tempDir } from '../support/paths';
import { allText, expectTextInsideMargins, SLOW } from '../support/pdf-checks';
import { readPdf } from '../support/read-pdf';

/** A fillable form on a portrait page, then a landscape page and a page turned with /Rotate. */
async function awkwardPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const first = doc.addPage([595.28, 841.89]);
  first.drawText('Ansokan om ledighet', { x: 60, y: 780, size: 20, font });
  const field = doc.getForm().createTextField('namn');
  field.setText('Ifyllt namn');
  field.addToPage(first, { x: 60, y: 700, width: 300, height: 24 });
  doc.addPage([841.89, 595.28]).drawText('Liggande sida', { x: 60, y: 520, size: 20, font });
  const turned = doc.addPage([595.28, 841.89]);
  turned.setRotation(degrees(90));
  turned.drawText('Roterad sida', { x: 60, y: 780, size: 20, font });
  return Buffer.from(await doc.save());
}

describe('attachments that are not a plain one-page PDF', () => {
  it('fits landscape and rotated pages onto A4, keeps filled-in form fields, and explains a file it cannot read', SLOW, async () => {
    const h = handlerHarness(() => '2026-08-10T09:00:00.000Z');
    const { hireId } = await seedBinderHire(h);
    const folder = tempDir();
    const form = path.join(folder, 'ledighet.pdf');
    writeFileSync(form, await awkwardPdf());
    const broken = path.join(folder, 'trasig.pdf');
    writeFileSync(broken, '%PDF-1.4\nnågot som inte är en PDF');
    h.desktop.answerOpen(form).answerOpen(broken);
    const [formMeta, brokenMeta] = [(await h.must('templates:attach-document', {}))!, (await h.must('templates:attach-document', {}))!];
    const [template] = await h.must('templates:list-templates', {});
    const content = structuredClone((await h.must('templates:get-draft', { templateId: template!.id })).content);
    const attach = { ledighetsansokan: formMeta.id, avvikelserapport: brokenMeta.id } as Record<string, string>;
    content.binder.documents = content.binder.documents.map((d) => (attach[d.id] ? { ...d, attachmentId: attach[d.id]! } : d));
    await h.must('templates:save-draft', { templateId: template!.id, content });
    const version = await h.must('templates:publish-draft', { templateId: template!.id });
    const plan = await h.must('hires:get-plan', { hireId });
    const hire = await h.must('hires:create-hire', {
      hire: {
        name: 'Karin Ek',
        title: '',
        team: 'Vuxen',
        startDate: '2026-08-17',
        managerId: plan.hire.manager!.id,
        introducerId: null,
        newlyGraduated: false,
        templateVersionId: version.id,
      },
      leaveOut: [],
      ownItems: [],
    });
    const file = path.join(folder, 'karin.pdf');
    h.desktop.answerSave(file);
    await h.must('binder:export-pdf', { hireId: hire.id, variant: 'dayOne' });
    const pdf = await readPdf(readFileSync(file));
    await h.close();

    const attachments = pdf.outline.find((e) => e.title === 'Bilagor')!.items;
    expect(attachments.map((e) => e.title)).toEqual([
      `Bilaga 1: ${ATTACHED_TITLE}`,
      'Bilaga 2: Ansökan om ledighet',
      'Bilaga 3: Rapport om tillbud och avvikelse',
    ]);
    expect(attachments.map((e) => e.page)).toEqual([pdf.numPages - 4, pdf.numPages - 3, pdf.numPages]);
    expect(pdf.pageSizes.every((s) => Math.round(s.width) === 595 && Math.round(s.height) === 842)).toBe(true);
    expect(pdf.pages[pdf.numPages - 4]).toContain('Ifyllt namn');
    expect(pdf.pages[pdf.numPages - 3]).toContain('Liggande sida');
    expect(pdf.pages[pdf.numPages - 2]).toContain('Roterad sida');
    expect(pdf.pages[pdf.numPages - 1]!.replace(/\s+/g, ' ')).toContain('Filen trasig.pdf kunde inte läggas in i pärmen');
    expectTextInsideMargins(pdf);
  });
});

describe('a large plan and hostile text', () => {
  it('300 items, a 200-character name, bidi overrides, emoji and markup give a valid, readable PDF', SLOW, async () => {
    const h = handlerHarness(() => '2026-10-01T09:00:00.000Z');
    const longWord = 'Ö'.repeat(120) + 'x'.repeat(80);
    const { hireId } = await seedBinderHire(h, {
      items: 300,
      title: (n) =>
        n === 7 ? longWord : n === 8 ? 'Läs \u202Efdp.exe\u202C rutinen 😀👩‍👩‍👧 <script>alert(1)</script>' : `Punkt ${n} i den stora planen`,
    });
    const hostileName = `${'Å'.repeat(150)}\u202E${'n'.repeat(40)} 😀 <script>x</script>`;
    h.ctx.db.update(hires).set({ name: hostileName }).where(eq(hires.id, hireId)).run();
    const file = path.join(tempDir(), 'stor.pdf');
    h.desktop.answerSave(file);
    const started = Date.now();
    await h.must('binder:export-pdf', { hireId, variant: 'full' });
    const elapsed = Date.now() - started;
    const pdf = await readPdf(readFileSync(file));
    await h.close();

    expect(pdf.numPages).toBeGreaterThan(30);
    const text = allText(pdf);
    expect(text).toContain('Punkt 300 i den stora planen');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u);
    expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(pdf.pages[0]).toContain('ÅÅÅÅÅ');
    expect(pdf.info.Title).toMatch(/^Introduktionspärm – Å+n+ <script>x<\/script>$/);
    // The footer shortens the name rather than wrapping into the page.
    expect(pdf.pages.at(-1)).toMatch(/Introduktionspärm – Å+…/);
    expectTextInsideMargins(pdf);
    expect(elapsed).toBeLessThan(45_000);
  });
});
