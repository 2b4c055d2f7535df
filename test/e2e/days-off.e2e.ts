import { expect, test } from 'vitest';
import { launchApp } from './harness';

const NOW = () => '2026-11-23T09:00:00.000Z';
const ANNA = 'Anna Lindqvist';

test('own days off: refused until you say who you are, then added, kept after a relaunch, removed after confirming', async () => {
  const app = await launchApp({ now: NOW });
  const { page, api } = app;
  await api.staff.createPerson({ name: ANNA, title: 'Enhetschef', team: '', phone: '', email: '', roles: ['manager'] });
  await page.reload();

  // Asked at start; "Inte nu" leaves the header saying so.
  const who = page.getByRole('dialog', { name: 'Vem är du?' });
  await who.getByRole('button', { name: 'Inte nu' }).click();
  await who.waitFor({ state: 'hidden' });
  const header = page.getByRole('banner');
  await header.getByRole('button', { name: 'Välj vem du är' }).waitFor();

  await page.getByRole('link', { name: 'Inställningar' }).click();
  const card = page.getByRole('region', { name: 'Egna lediga dagar' });
  await card.getByText('Inga egna lediga dagar är inlagda.').waitFor();
  // Calendars exported before a change still hold the old days.
  await card.getByText('Exportera kalendrarna (.ics) igen efter en ändring', { exact: false }).waitFor();
  await card.getByLabel('Datum').fill('2026-07-20');
  await card.getByLabel('Datum').press('Escape');
  await card.getByLabel('Benämning').fill('Sommarstängning');
  await card.getByRole('button', { name: 'Lägg till' }).click();
  // Main refuses a change from nobody, with its Swedish message.
  await page.getByText('Välj vem du är innan du ändrar något', { exact: false }).waitFor();
  expect(await api.settings.listDaysOff()).toEqual({ ok: true, value: [] });
  await app.screenshot('lediga-dagar-valj-vem-du-ar');

  await header.getByRole('button', { name: 'Välj vem du är' }).click();
  await who.getByRole('combobox', { name: 'Ditt namn' }).click();
  await page.getByRole('option', { name: ANNA }).click();
  await who.getByRole('button', { name: 'Det är jag' }).click();
  await header.getByRole('button', { name: `Inloggad som: ${ANNA}` }).waitFor();

  await card.getByRole('button', { name: 'Lägg till' }).click();
  const row = card.getByRole('row', { name: /Sommarstängning/ });
  await expect.poll(() => row.textContent()).toContain('mån 20 jul 2026 (v. 30)');
  expect(await api.settings.listDaysOff()).toEqual({ ok: true, value: [{ date: '2026-07-20', label: 'Sommarstängning' }] });
  await app.screenshot('lediga-dagar-tillagd');
  expect(app.errors).toEqual([]);
  await app.close();

  const again = await launchApp({ dbPath: app.dbPath, now: NOW, userName: ANNA });
  await again.page.getByRole('link', { name: 'Inställningar' }).click();
  const kept = again.page.getByRole('region', { name: 'Egna lediga dagar' });
  await kept.getByRole('row', { name: /Sommarstängning/ }).waitFor();

  await kept.getByRole('button', { name: 'Ta bort Sommarstängning mån 20 jul 2026' }).click();
  const confirm = again.page.getByRole('dialog', { name: 'Ta bort ”Sommarstängning”?' });
  await confirm.getByRole('button', { name: 'Avbryt' }).click();
  await confirm.waitFor({ state: 'hidden' });
  expect(await kept.getByRole('row', { name: /Sommarstängning/ }).count()).toBe(1);

  await kept.getByRole('button', { name: 'Ta bort Sommarstängning mån 20 jul 2026' }).click();
  await confirm.getByRole('button', { name: 'Ta bort' }).waitFor();
  await again.page.waitForTimeout(300); // let the dialog finish fading in for the picture
  await again.screenshot('lediga-dagar-ta-bort');
  await confirm.getByRole('button', { name: 'Ta bort' }).click();
  await kept.getByRole('row', { name: /Sommarstängning/ }).waitFor({ state: 'detached' });
  await kept.getByText('Inga egna lediga dagar är inlagda.').waitFor();
  expect(await again.api.settings.listDaysOff()).toEqual({ ok: true, value: [] });
  expect(again.errors).toEqual([]);
  await again.close();
});
