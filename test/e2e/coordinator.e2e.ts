import { expect, test } from 'vitest';
import { closeAppAfterEach, valueOf } from '../support/app-per-test';
import { NOW, openHire, settle, windowShot } from '../support/plan-page';
import { SEED_PEOPLE, seedHire } from '../support/seed-hire';
import { launchApp, type LaunchedApp } from './harness';

/**
 * The samordnare and the substitute introducer through the UI (issue 19, part 4): the manager
 * names a samordnare for one hire, filters Översikt by samordnare, names a substitute for the
 * introducer's holiday, logs the substitute's time, and removes the period with undo.
 * Monday 23 November 2026.
 */

let app: LaunchedApp | undefined;
closeAppAfterEach(
  () => app,
  () => (app = undefined),
);

const person = (name: string, roles: ('coordinator' | 'introducer')[]) => ({ name, title: '', team: 'IFO', phone: '', email: '', roles });

test('the manager names a samordnare, finds the hire by samordnare, and a substitute whose time counts', { timeout: 120_000 }, async () => {
  const seeding = await launchApp({ now: NOW });
  const sofia = await seedHire(seeding.api, { startDate: '2026-10-05' });
  await seedHire(seeding.api, { name: 'Oskar Lind', startDate: '2026-11-02' });
  await valueOf(seeding.api.staff.createPerson(person('Ulrika Lantto', ['coordinator'])));
  await valueOf(seeding.api.staff.createPerson(person('Henrik Sarri', ['coordinator'])));
  await valueOf(seeding.api.staff.createPerson(person('Johan Pettersson', ['introducer'])));
  await seeding.close();
  app = await launchApp({ dbPath: seeding.dbPath, now: NOW, userName: SEED_PEOPLE.manager });
  const { page, api } = app;
  await openHire(page, sofia.id);

  // Without one of her own, the unit's samordnare (the directory's first) follows her.
  const details = page.getByRole('group', { name: 'Uppgifter om introduktionen' });
  await details.getByText('Henrik Sarri').waitFor();
  await details.getByText('(enhetens)').waitFor();
  await page.getByRole('button', { name: 'Ändra uppgifter' }).click();
  const edit = page.getByRole('dialog');
  await edit.getByRole('combobox', { name: 'Samordnare' }).click();
  await page.getByRole('option', { name: 'Ulrika Lantto' }).click();
  await edit.getByRole('button', { name: 'Spara' }).click();
  await edit.waitFor({ state: 'hidden' });
  await details.getByText('Ulrika Lantto').waitFor();
  expect(await details.getByText('(enhetens)').count()).toBe(0);

  // Översikt shows Ulrika's one hire when filtered to her.
  await page.getByRole('navigation').getByRole('link', { name: 'Översikt' }).click();
  await page.getByRole('combobox', { name: 'Samordnare' }).click();
  await page.getByRole('option', { name: 'Ulrika Lantto' }).click();
  await page.getByText('1 introduktion visas.').waitFor();
  await page.getByRole('heading', { name: 'Sofia Berg' }).waitFor();
  expect(await page.getByRole('heading', { name: 'Oskar Lind' }).count()).toBe(0);
  await settle(page);
  await windowShot(page, 'coordinator-overview');

  // Maria is on holiday for two weeks: Johan stands in.
  await openHire(page, sofia.id);
  await page.getByRole('tab', { name: 'Introduktörstid' }).click();
  const card = page.getByRole('region', { name: 'Vikarierande introduktör' });
  await card.getByText('Ingen vikarie har utsetts.').waitFor();
  await card.getByRole('button', { name: 'Utse vikarie …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Utse vikarierande introduktör' });
  // The introducer herself is not offered; a missing person and end date are refused next to the fields.
  await dialog.getByRole('combobox', { name: 'Vikarie' }).click();
  expect(await page.getByRole('option', { name: SEED_PEOPLE.introducer }).count()).toBe(0);
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Spara vikarien' }).click();
  await dialog.getByText('Välj vem som står in.').waitFor();
  await dialog.getByText('Ange ett datum som åååå-mm-dd.').waitFor();
  await dialog.getByRole('combobox', { name: 'Vikarie' }).click();
  await page.getByRole('option', { name: 'Johan Pettersson' }).click();
  await dialog.getByLabel('Till och med').fill('2026-12-04');
  await dialog.getByLabel('Till och med').press('Escape');
  await dialog.getByLabel('Kommentar (valfri)').fill('Semester');
  await dialog.getByRole('button', { name: 'Spara vikarien' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await card.getByRole('cell', { name: 'Johan Pettersson', exact: true }).waitFor();
  await settle(page);
  await windowShot(page, 'coordinator-header');
  await details.getByText(/^Vikarie: Johan Pettersson t\.o\.m\. fre 4 dec/).waitFor();

  // "Logga tid" offers the substitute; his two hours count for Sofia and are marked as his.
  const log = page.getByRole('region', { name: 'Logga tid' });
  await expect.poll(() => log.getByRole('combobox', { name: 'Vem' }).inputValue()).toBe('Johan Pettersson');
  await log.getByRole('textbox', { name: 'Tid', exact: true }).fill('2 h');
  await log.getByRole('button', { name: 'Logga tid' }).click();
  await page.getByRole('cell', { name: 'Johan Pettersson (vikarie)' }).waitFor();
  const hours = await valueOf(api.hours.getHours({ hireId: sofia.id }));
  expect(hours.entries.map((e) => [e.person?.name, e.minutes])).toEqual([['Johan Pettersson', 120]]);
  await settle(page);
  await card.scrollIntoViewIfNeeded();
  await windowShot(page, 'coordinator-substitute');

  // Removing the period asks first, keeps the time, and can be undone.
  await card.getByRole('button', { name: 'Ta bort vikarieperioden för Johan Pettersson' }).click();
  await page.getByRole('dialog', { name: 'Ta bort vikarieperioden?' }).getByRole('button', { name: 'Ta bort' }).click();
  await card.getByText('Ingen vikarie har utsetts.').waitFor();
  await page.getByRole('button', { name: 'Ångra' }).click();
  await card.getByRole('cell', { name: 'Johan Pettersson', exact: true }).waitFor();
  expect((await valueOf(api.hours.getHours({ hireId: sofia.id }))).substitutes).toHaveLength(1);
});
