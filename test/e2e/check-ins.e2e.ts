import { expect, test } from 'vitest';
import { closeAppAfterEach, valueOf } from '../support/app-per-test';
import { NOW, openHire, settle, windowShot } from '../support/plan-page';
import { SEED_PEOPLE, seedHire } from '../support/seed-hire';
import { launchApp, type LaunchedApp } from './harness';
import { draftOf, openDefaultProgramme } from './program-helpers';

/**
 * Check-ins on the hire page through the UI (issue 19, part 2): the programme's checkpoints with
 * their days, the form with its scales, agreed actions into the plan, editing and removing.
 * Monday 23 November 2026; Sofia Berg started Monday 5 October.
 */

let app: LaunchedApp | undefined;
closeAppAfterEach(
  () => app,
  () => (app = undefined),
);

test('the manager records the week-1 check-in with the hire; the agreed actions land in the checklist', { timeout: 120_000 }, async () => {
  const seeding = await launchApp({ now: NOW });
  const hire = await seedHire(seeding.api, { startDate: '2026-10-05' });
  await seeding.close();
  app = await launchApp({ dbPath: seeding.dbPath, now: NOW, userName: SEED_PEOPLE.manager });
  const { page, api } = app;
  await openHire(page, hire.id);
  await page.getByRole('tab', { name: 'Uppföljning' }).click();
  const table = page.getByRole('table', { name: 'Uppföljningar för Sofia Berg' });
  const row = (label: string) => table.getByRole('row').filter({ hasText: label });
  // Week 1 and week 4 are behind; month 2 (7 December) is soon; the rest are planned.
  await row('Uppföljning efter vecka 1').getByText('Försenad').waitFor();
  await row('Uppföljning efter månad 2').getByText('Snart').waitFor();
  await row('Uppföljning efter månad 6').getByText('Planerad').waitFor();

  await row('Uppföljning efter vecka 1').getByRole('button', { name: 'Fyll i Uppföljning efter vecka 1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Uppföljning efter vecka 1 med Sofia Berg' });
  await dialog.getByRole('button', { name: 'Spara uppföljningen' }).click();
  expect(await dialog.getByText('Välj ett värde från 1 till 5.').count()).toBe(2);
  await dialog
    .getByRole('radiogroup', { name: /Arbetsbelastning/ })
    .getByRole('radio', { name: '4' })
    .check();
  await dialog
    .getByRole('radiogroup', { name: /Stöd från introduktören/ })
    .getByRole('radio', { name: '2' })
    .check();
  await dialog.getByLabel('Vad fungerar bra?').fill('Introduktören tar sig tid');
  await dialog.getByLabel('Vad behöver ändras?').fill('För många nya ärenden på en gång');
  await dialog.getByLabel('Överenskomna åtgärder').fill('Inga nya ärenden i två veckor\nMedhandläggare i första utredningen');
  await windowShot(page, 'check-in-form');
  await dialog.getByRole('button', { name: 'Spara uppföljningen' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText('Uppföljningen är sparad och 2 åtgärder lades till i planen.').waitFor();
  await row('Uppföljning efter vecka 1').getByText('Hållen').waitFor();
  await row('Uppföljning efter vecka 1').getByText('mån 12 okt 2026').waitFor();
  await row('Uppföljning efter vecka 1').getByText('4 / 2').waitFor();
  await settle(page);
  await windowShot(page, 'check-ins');

  const plan = await valueOf(api.hires.getPlan({ hireId: hire.id }));
  const actions = plan.items.filter((i) => i.category === 'Överenskommen åtgärd');
  expect(actions.map((i) => [i.title, i.responsiblePerson?.name])).toEqual([
    ['Inga nya ärenden i två veckor', SEED_PEOPLE.manager],
    ['Medhandläggare i första utredningen', SEED_PEOPLE.manager],
  ]);
  await page.getByRole('tab', { name: 'Checklista' }).click();
  await page.getByText('Inga nya ärenden i två veckor').first().waitFor();

  // Removing the record asks first; the items stay.
  await page.getByRole('tab', { name: 'Uppföljning' }).click();
  await row('Uppföljning efter vecka 1').getByRole('button', { name: 'Ta bort registreringen av Uppföljning efter vecka 1' }).click();
  await page.getByRole('dialog', { name: 'Ta bort den registrerade uppföljningen?' }).getByRole('button', { name: 'Ta bort' }).click();
  await row('Uppföljning efter vecka 1').getByText('Försenad').waitFor();
  expect((await valueOf(api.hires.getPlan({ hireId: hire.id }))).items.length).toBe(plan.items.length);
  // Undo puts the record back as it was, without adding the actions to the plan a second time.
  await page.getByRole('button', { name: 'Ångra' }).click();
  await page.getByText('Registreringen är tillbaka.').waitFor();
  await row('Uppföljning efter vecka 1').getByText('4 / 2').waitFor();
  expect((await valueOf(api.hires.getPlan({ hireId: hire.id }))).items.length).toBe(plan.items.length);
});

test(
  'the programme’s check-ins are a suggestion the manager edits: a new one, a bad number refused, saved in the draft',
  { timeout: 120_000 },
  async () => {
    app = await launchApp({ now: NOW });
    const { page } = app;
    await seedHire(app.api);
    await page.reload();
    await openDefaultProgramme(page);
    await page.getByRole('tab', { name: 'Uppföljningar' }).click();
    const section = page.getByRole('region', { name: 'Uppföljningssamtal' });
    await section.getByText(/Förslag: efter vecka 1 och 4/).waitFor();
    expect(await section.getByRole('textbox', { name: 'Benämning 1' }).inputValue()).toBe('Uppföljning efter vecka 1');
    await section.getByRole('button', { name: 'Ta bort Uppföljning efter ett år' }).click();
    await section.getByRole('button', { name: 'Lägg till uppföljning' }).click();
    await section.getByRole('textbox', { name: 'Benämning 6' }).fill('Uppföljning efter månad 9');
    await section.getByRole('textbox', { name: 'Antal 6' }).fill('0');
    await section.getByRole('button', { name: 'Spara' }).click();
    await section.getByText('Ange ett helt antal mellan 1 och 104.').waitFor();
    await section.getByRole('textbox', { name: 'Antal 6' }).fill('9');
    await section.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Uppföljningarna är sparade i utkastet.').waitFor();
    const draft = await draftOf(app);
    expect(draft.content.checkIns.map((c) => [c.label, c.count, c.unit])).toEqual([
      ['Uppföljning efter vecka 1', 1, 'weeks'],
      ['Uppföljning efter vecka 4', 4, 'weeks'],
      ['Uppföljning efter månad 2', 2, 'months'],
      ['Uppföljning efter månad 4', 4, 'months'],
      ['Uppföljning efter månad 6', 6, 'months'],
      ['Uppföljning efter månad 9', 9, 'months'],
    ]);
    await settle(page);
    await windowShot(page, 'check-ins-programme');
  },
);
