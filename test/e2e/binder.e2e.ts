import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { openHire } from '../support/plan-page';
import { tempDir } from '../support/paths';
import { readPdf } from '../support/read-pdf';
import { seedHire } from '../support/seed-hire';
import { launchApp } from './harness';

const NOW = () => '2026-11-23T09:00:00.000Z';

test('the binder is exported from the hire page through the save dialog, with the municipality from Inställningar, and can be opened', { timeout: 120_000 }, async () => {
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
  await page.getByRole('button', { name: 'Skriv ut introduktionspärm (PDF)' }).click();
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
});
