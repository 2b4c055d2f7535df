import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { tempDir } from '../support/paths';
import { readPdf } from '../support/read-pdf';
import { closeAppAfterEach, valueOf } from '../support/app-per-test';
import { NOW, openHire, settle, windowShot } from '../support/plan-page';
import { SEED_PEOPLE, seedHire } from '../support/seed-hire';
import { launchApp, type LaunchedApp } from './harness';
import { draftOf, openDefaultProgramme } from './program-helpers';

/**
 * The competence plan on the hire page, through the UI (issue 19, part 1): the Nivå-1 protection
 * with its co-handler, the mapping, a level decision with its history, the programme's
 * recommended trainings and one of the manager's own with its cost. Monday 23 November 2026.
 */

let app: LaunchedApp | undefined;
closeAppAfterEach(
  () => app,
  () => (app = undefined),
);

test(
  'the manager keeps the competence plan: co-handler at Nivå 1, mapping, a new level, trainings with their cost',
  { timeout: 120_000 },
  async () => {
    const seeding = await launchApp({ now: NOW });
    const hire = await seedHire(seeding.api, { startDate: '2026-10-05', newlyGraduated: false });
    await seeding.close();
    app = await launchApp({ dbPath: seeding.dbPath, now: NOW, userName: SEED_PEOPLE.manager });
    const { page, api } = app;
    await openHire(page, hire.id);

    // Every hire starts at Nivå 1, experienced or not, and the page says nobody handles cases with them yet.
    await page.getByText('Nivå 1 · medhandläggare saknas').waitFor();
    await page.getByRole('tab', { name: 'Kompetens' }).click();
    const level = page.getByRole('region', { name: 'Kompetensnivå' });
    await level.getByText('Nivå 1 – utgångsläge, ingen bedömning gjord ännu').waitFor();
    await level.getByText('Ingen medhandläggare är utsedd.').waitFor();
    await level.getByRole('combobox', { name: 'Medhandläggare' }).click();
    await page.getByRole('option', { name: SEED_PEOPLE.introducer }).click();
    await page.getByText('Medhandläggaren är sparad.').waitFor();
    await page.getByText(`Nivå 1 · medhandläggare ${SEED_PEOPLE.introducer}`).waitFor();

    const mapping = page.getByRole('region', { name: 'Kartläggning av tidigare utbildning och erfarenhet' });
    await mapping.getByLabel('Utbildning eller erfarenhet').fill('BBIC grundutbildning');
    await mapping.getByLabel('År').fill('1900');
    await mapping.getByRole('button', { name: 'Lägg till' }).click();
    await mapping.getByText('Ange ett år mellan 1950 och 2100.').waitFor();
    await mapping.getByLabel('År').fill('2021');
    await mapping.getByLabel('Var').fill('Luleå kommun');
    await mapping.getByLabel('Intyg visat').check();
    await mapping.getByRole('button', { name: 'Lägg till' }).click();
    await mapping.getByRole('cell', { name: 'BBIC grundutbildning', exact: true }).waitFor();

    const trainings = page.getByRole('region', { name: 'Planerade utbildningar' });
    await trainings
      .getByText('Programmet rekommenderar för nivå 1: Journalföring, BBIC, Signs of Safety, Motiverande samtal (MI)')
      .waitFor();
    await trainings.getByRole('button', { name: 'Lägg till rekommenderade (4)' }).click();
    await trainings.getByRole('cell', { name: 'Signs of Safety', exact: true }).waitFor();
    await trainings.getByRole('button', { name: 'Ändra ”Signs of Safety”' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ändra utbildning' });
    await dialog.getByLabel('Kostnad (kr)').fill('8 500');
    await dialog.getByLabel('När').fill('VT 2027');
    await dialog.getByRole('textbox', { name: 'Budgetår' }).fill('2027');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await trainings.getByText('Planerat 8 500 kr · genomfört 0 kr').waitFor();
    await settle(page);
    await windowShot(page, 'kompetens-niva-1');

    // Experience elsewhere: the manager decides Nivå 2; the protection and its flag go, the history stays.
    await level.getByRole('button', { name: 'Besluta om nivå …' }).click();
    const decide = page.getByRole('dialog', { name: 'Besluta om kompetensnivå' });
    await decide.getByText('Nivå 2', { exact: true }).click();
    await decide.getByLabel('Motivering (valfri)').fill('Fem år som handläggare i Luleå');
    await decide.getByRole('button', { name: 'Spara beslutet' }).click();
    await level.getByText('Nivå 2: 3–5 år').waitFor();
    await level.getByText(`Beslutad mån 23 nov 2026 av ${SEED_PEOPLE.manager}`).waitFor();
    expect(await page.getByText(/^Nivå 1 · medhandläggare/).count()).toBe(0);
    await trainings
      .getByText('Programmet rekommenderar för nivå 2: Fördjupning i barnsamtal, Handläggning av försörjningsstöd, fördjupning')
      .waitFor();

    const saved = await valueOf(api.competence.getPlan({ hireId: hire.id }));
    expect(saved).toMatchObject({ level: 2, coHandler: { name: SEED_PEOPLE.introducer }, cost: { planned: 8500, spent: 0 } });
    expect(saved.mappings).toEqual([
      expect.objectContaining({ course: 'BBIC grundutbildning', year: 2021, place: 'Luleå kommun', evidence: true }),
    ]);
    expect(saved.trainings.find((t) => t.name === 'Signs of Safety')).toMatchObject({ planned: 'VT 2027', year: 2027, costKr: 8500 });
    // The one-page plan for the medarbetarsamtal, through the save dialog.
    const file = path.join(tempDir(), 'plan.pdf');
    app.desktop.answerSave(file);
    await page.getByRole('button', { name: 'Skriv ut planen (PDF)' }).click();
    await page.getByText('Planen är sparad som ”plan.pdf”.').waitFor();
    expect(app.desktop.asked.at(-1)).toMatchObject({ kind: 'save', defaultName: 'Sofia Berg – kompetensplan.pdf' });
    const pdf = await readPdf(readFileSync(file));
    expect(pdf.numPages).toBe(1);
    expect(pdf.pages[0]).toContain('Nivå 2: 3–5 år');
    expect(pdf.pages[0]).toContain('BBIC grundutbildning');
    await settle(page);
    await windowShot(page, 'kompetens-niva-2');
    // Inställningar: the unit's budget for the year the training is counted in, against the amount per employee.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' }).click();
    const budget = page.getByRole('table', { name: 'Kompetensbudget per år' });
    const row2027 = budget.getByRole('row').filter({ has: page.getByRole('cell', { name: '2027', exact: true }) });
    await row2027.getByRole('cell', { name: '8 500 kr', exact: true }).waitFor();
    await row2027.getByRole('cell', { name: '3 500 kr', exact: true }).waitFor();
    const card = page.getByRole('region', { name: 'Kompetensbudget' });
    await card.getByLabel('Belopp per anställd och år (kr)').fill('15000');
    await card.getByRole('button', { name: 'Spara' }).click();
    await row2027.getByRole('cell', { name: '6 500 kr', exact: true }).waitFor();
    await card.scrollIntoViewIfNeeded();
    await windowShot(page, 'kompetensbudget');
    expect(app.errors).toEqual([]);
  },
);

test('the programme says what each level means and recommends; the manager edits Nivå 2 in the draft', { timeout: 60_000 }, async () => {
  app = await launchApp({ now: NOW });
  const { page } = app;
  await openDefaultProgramme(page);
  await page.getByRole('tab', { name: 'Kompetensnivåer' }).click();
  const level2 = page.getByRole('region', { name: 'Nivå 2' });
  expect(await level2.getByLabel('Rubrik').inputValue()).toBe('Nivå 2: 3–5 år');
  await level2.getByLabel('Rekommenderade utbildningar').fill('Fördjupning i barnsamtal – Barnafrid\nVåld i nära relationer');
  await level2.getByRole('button', { name: 'Spara nivå 2' }).click();
  await page.getByText('Nivå 2 är sparad i utkastet.').waitFor();
  const draft = await draftOf(app);
  expect(draft.content.competence[1]!.trainings).toEqual([
    { name: 'Fördjupning i barnsamtal', provider: 'Barnafrid' },
    { name: 'Våld i nära relationer', provider: '' },
  ]);
  // An empty heading is refused next to the field, and nothing is saved.
  await level2.getByLabel('Rubrik').fill('');
  await level2.getByRole('button', { name: 'Spara nivå 2' }).click();
  await level2.getByText('Fältet måste fyllas i.').waitFor();
  expect((await draftOf(app)).content.competence[1]!.title).toBe('Nivå 2: 3–5 år');
  await windowShot(page, 'program-kompetensnivaer');
  expect(app.errors).toEqual([]);
});
