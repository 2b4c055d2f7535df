import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { valueOf } from '../support/app-per-test';
import { programmeWith } from '../support/binder-fixtures';
import { heldBinders } from '../support/binder-worker';
import { openHire } from '../support/plan-page';
import { TEST_RESULTS, tempDir } from '../support/paths';
import { readPdf } from '../support/read-pdf';
import { seedHire } from '../support/seed-hire';
import { launchApp } from './harness';

const NOW = () => '2026-11-23T09:00:00.000Z';

test(
  'the binder is exported from the hire page through the save dialog, with the municipality from Inställningar, and can be opened',
  { timeout: 120_000 },
  async () => {
    const app = await launchApp({ now: NOW });
    const { page } = app;
    const hire = await seedHire(app.api, { name: 'Sofia Berg', startDate: '2026-10-05' });
    await page.reload();

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' }).click();
    await page.getByLabel('Kommun').fill('Kiruna kommun');
    await page.getByLabel('Enhet').fill('Individ- och familjeomsorgen');
    await page.getByRole('form', { name: 'Introduktionspärmen' }).getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Uppgifterna för pärmen är sparade.').waitFor();

    await openHire(page, hire.id);
    const file = path.join(tempDir(), 'parm.pdf');
    app.desktop.answerSave(file);
    await page.getByRole('button', { name: 'Spara hela pärmen med status (PDF)' }).click();
    await page.getByText('Pärmen är sparad som ”parm.pdf”.').waitFor();
    await app.screenshot('parm-sparad');
    expect(app.desktop.asked.at(-1)).toMatchObject({ kind: 'save', defaultName: 'Sofia Berg – introduktionspärm.pdf' });

    const pdf = await readPdf(readFileSync(file));
    expect(pdf.pages[0]).toContain('Kiruna kommun');
    expect(pdf.pages[0]).toContain('Sofia Berg');
    expect(pdf.info.Author).toBe('Kiruna kommun');

    await page.getByRole('button', { name: 'Öppna' }).click();
    await expect.poll(() => app.desktop.opened).toEqual([file]);
    expect(app.errors).toEqual([]);
    await app.close();
  },
);

test('a long binder shows how far it has come and can be cancelled; then no file is saved', { timeout: 120_000 }, async () => {
  const held = heldBinders();
  const app = await launchApp({ now: NOW, binders: held.binders });
  const { page, api } = app;
  const first = await seedHire(api, { name: 'Sofia Berg', startDate: '2026-10-05' });
  // A programme of 1000 items (the most a programme may hold): a binder with many pages to watch being laid out.
  const [template] = await valueOf(api.templates.listTemplates());
  const draft = await valueOf(api.templates.getDraft({ templateId: template!.id }));
  await valueOf(api.templates.saveDraft({ templateId: template!.id, content: programmeWith(draft.content, 1000) }));
  const version = await valueOf(api.templates.publishDraft({ templateId: template!.id }));
  const plan = await valueOf(api.hires.getPlan({ hireId: first.id }));
  const hire = await valueOf(
    api.hires.createHire({
      hire: {
        name: 'Karin Lång',
        title: '',
        team: 'Barn och familj',
        startDate: '2026-10-05',
        managerId: plan.hire.manager!.id,
        introducerId: null,
        newlyGraduated: false,
        templateVersionId: version.id,
      },
      leaveOut: [],
      ownItems: [],
    }),
  );
  await page.reload();
  await openHire(page, hire.id);

  const file = path.join(tempDir(), 'lang.pdf');
  app.desktop.answerSave(file);
  await page.getByRole('button', { name: 'Spara hela pärmen med status (PDF)' }).click();
  // The binder is held once laid out, so the label shows the layout or, after it, the attachments.
  await page.getByText(/^(Sidorna sätts upp: \d+ %|Bifogade dokument: \d+ av \d+)$/).waitFor();
  const progress = page.getByRole('progressbar', { name: 'Hur långt pärmen har kommit' });
  await progress.waitFor();
  await page.screenshot({ path: path.join(TEST_RESULTS, 'screenshots', 'parm-forlopp.png') });
  await page.getByRole('button', { name: 'Avbryt pärmen' }).click();
  await page.getByText('Pärmen avbröts. Ingen fil sparades.').waitFor();
  expect(existsSync(file)).toBe(false);
  // The buttons are free again, and the next binder is made.
  held.release();
  const next = path.join(tempDir(), 'forsta-dagen.pdf');
  app.desktop.answerSave(next);
  await page.getByRole('button', { name: 'Spara pärmen för första dagen (PDF)' }).click();
  await page.getByText('Pärmen är sparad som ”forsta-dagen.pdf”.').waitFor();
  expect(existsSync(next)).toBe(true);
  await app.close();
});
