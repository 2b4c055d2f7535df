import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { valueOf } from '../support/app-per-test';
import { openHire } from '../support/plan-page';
import { tempDir } from '../support/paths';
import { readPdf } from '../support/read-pdf';
import { seedHire } from '../support/seed-hire';
import { launchApp, type LaunchedApp } from './harness';
import { openDefaultProgramme, shot } from './program-helpers';

const NOW = () => '2026-11-23T09:00:00.000Z';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

test(
  'the unit manager writes the municipality’s numbers in Inställningar, and they are printed in the binder’s contacts',
  { timeout: 120_000 },
  async () => {
    app = await launchApp({ now: NOW });
    const { page, api } = app;
    const hire = await seedHire(api, { name: 'Sofia Berg' });
    await page.reload();

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' }).click();
    const numbers = page.getByRole('form', { name: 'Gemensamma telefonnummer' });
    // An empty list starts with the numbers most units have.
    await numbers.getByText('Förslag: fyll i numren').waitFor();
    const row = (name: string) => numbers.getByRole('group', { name });
    await row('Växel').getByLabel('Telefon').fill('0980-700 00');
    await row('Socialjour').getByLabel('Telefon').fill('ring jouren');
    await numbers.getByRole('button', { name: 'Ta bort IT-support' }).click();
    await numbers.getByRole('button', { name: 'Spara numren' }).click();
    await numbers.getByText('Ange ett telefonnummer med siffror, till exempel 0980-700 00.').waitFor();
    expect((await valueOf(api.settings.getBinderSettings())).numbers).toEqual([]);

    await row('Socialjour').getByLabel('Telefon').fill('0980-709 99');
    await row('Socialjour').getByLabel('E-post (frivilligt)').fill('socialjouren@kiruna.se');
    await numbers.getByRole('button', { name: 'Lägg till nummer' }).click();
    await row('Nummer 3').getByLabel('Benämning').fill('Företagshälsovården');
    await row('Företagshälsovården').getByLabel('Telefon').fill('0980-702 50');
    await numbers.getByRole('button', { name: 'Spara numren' }).click();
    await page.getByText('Numren för pärmen är sparade.').waitFor();
    await shot(app, 'installningar-parmens-nummer');
    expect((await valueOf(api.settings.getBinderSettings())).numbers).toEqual([
      { label: 'Växel', phone: '0980-700 00', email: '' },
      { label: 'Socialjour', phone: '0980-709 99', email: 'socialjouren@kiruna.se' },
      { label: 'Företagshälsovården', phone: '0980-702 50', email: '' },
    ]);

    await openHire(page, hire.id);
    const file = path.join(tempDir(), 'parm.pdf');
    app.desktop.answerSave(file);
    await page.getByRole('button', { name: 'Spara pärmen för första dagen (PDF)' }).click();
    await page.getByText('Pärmen är sparad som ”parm.pdf”.').waitFor();
    const pdf = await readPdf(readFileSync(file));
    const contacts = pdf.pages[pdf.outline.find((e) => e.title === 'Kontakter och telefonlista')!.page - 1]!;
    expect(contacts).toMatch(/Växel\s+0980-700 00/);
    expect(contacts).toMatch(/Socialjour\s+0980-709 99\s+socialjouren@kiruna\.se/);
    expect(contacts).toMatch(/Företagshälsovården\s+Stöd vid ohälsa och efter hot eller våld\s+0980-702 50/);
    expect(app.errors).toEqual([]);
  },
);

test('the programme editor warns when the binder’s texts promise something the binder does not hold', { timeout: 120_000 }, async () => {
  app = await launchApp({ now: NOW });
  const { page } = app;
  await openDefaultProgramme(page);
  const warning = page.getByRole('alert').filter({ hasText: 'Pärmen lovar något den inte innehåller' });
  await page.getByRole('tab', { name: 'Pärmens innehåll' }).click();
  await page.getByRole('button', { name: 'Lägg till avsnitt' }).waitFor();
  // The default programme promises nothing it lacks.
  expect(await warning.count()).toBe(0);

  await page.getByRole('button', { name: 'Lägg till avsnitt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lägg till avsnitt' });
  await dialog.getByLabel('Rubrik').fill('Arbetsmiljö');
  await dialog.getByLabel('Text').fill('Skyddsronden görs varje år. Protokollet från skyddsronden finns i pärmen.');
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await warning.waitFor();
  expect(await warning.textContent()).toContain('Avsnittet ”Arbetsmiljö”: ”Protokollet från skyddsronden finns i pärmen.”');
  await shot(app, 'program-parmen-lovar-for-mycket');
  // A warning, not a stop: the draft is saved and can be published.
  await page.getByRole('button', { name: 'Publicera version 2' }).waitFor();
  expect(await page.getByRole('button', { name: 'Publicera version 2' }).isEnabled()).toBe(true);
  expect(app.errors).toEqual([]);
});
