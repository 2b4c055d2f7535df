import { expect, test } from 'vitest';
import type { Api } from '../../electron/shared/api';
import { SEED_PEOPLE, seedHire } from '../support/seed-hire';
import { launchApp } from './harness';

const NOW = () => '2026-11-23T09:00:00.000Z';
const LEFT_OUT = 'Lunch med introduktören';
const OWN = 'Studiebesök hos familjehemsenheten';

async function addStaff(api: Api) {
  const person = (name: string, role: 'manager' | 'introducer' | 'administrator') =>
    api.staff.createPerson({ name, title: '', team: 'Barn och familj', phone: '', email: '', roles: [role] });
  await person(SEED_PEOPLE.manager, 'manager');
  await person(SEED_PEOPLE.introducer, 'introducer');
  await person(SEED_PEOPLE.administrator, 'administrator');
}

test('with an empty staff list nobody is asked who they are; the header says to add staff first', async () => {
  const app = await launchApp({ now: NOW });
  const { page } = app;
  const header = page.getByRole('banner');
  await header.getByText('Lägg först till personal').waitFor();
  expect(await page.getByRole('dialog', { name: 'Vem är du?' }).count()).toBe(0);
  await header.getByRole('button', { name: 'Välj vem du är' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vem är du?' });
  await dialog.getByText('Personallistan är tom.', { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Gå till Personal' }).click();
  await page.getByRole('heading', { level: 1, name: 'Personal' }).waitFor();
  expect(app.errors).toEqual([]);
  await app.close();
});

test('a new hire is made through the whole flow: form, review (leave out, own item), save', async () => {
  const app = await launchApp({ now: NOW });
  const { page, api } = app;
  await addStaff(api);
  await page.reload();

  // Staff exists and nobody is chosen: the app asks at start.
  const who = page.getByRole('dialog', { name: 'Vem är du?' });
  await who.waitFor();
  await app.screenshot('nyanstalld-vem-ar-du');
  await who.getByRole('combobox', { name: 'Ditt namn' }).click();
  await page.getByRole('option', { name: SEED_PEOPLE.manager }).click();
  await who.getByRole('button', { name: 'Det är jag' }).click();
  await who.waitFor({ state: 'hidden' });
  await page
    .getByRole('banner')
    .getByRole('button', { name: `Inloggad som: ${SEED_PEOPLE.manager}` })
    .waitFor();
  expect(await api.session.getCurrentUser()).toMatchObject({ ok: true, value: { name: SEED_PEOPLE.manager } });

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Nyanställda' }).click();
  await page.getByRole('link', { name: 'Ny nyanställd' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ny nyanställd' }).waitFor();

  // Swedish messages next to the fields before anything is sent.
  await page.getByRole('button', { name: 'Nästa: Granska planen' }).click();
  await page.getByText('Fältet måste fyllas i.').waitFor();
  await page.getByText('Ange ett datum som åååå-mm-dd.').waitFor();
  expect(await page.getByLabel('Namn').getAttribute('aria-invalid')).toBe('true');
  await app.screenshot('nyanstalld-formular-fel');

  await page.getByLabel('Namn').fill('Sofia Berg');
  await page.getByRole('combobox', { name: 'Team' }).fill('Barn och familj');
  await page.getByLabel('Startdatum').fill('2026-12-07');
  await page.getByLabel('Startdatum').press('Escape');
  await page.getByText('Börjar mån 7 dec 2026, vecka 50.').waitFor();
  // The person working is a unit manager, so they are suggested as the manager.
  expect(await page.getByRole('combobox', { name: 'Enhetschef' }).inputValue()).toBe(SEED_PEOPLE.manager);
  await page.getByRole('combobox', { name: 'Introduktör' }).click();
  await page.getByRole('option', { name: SEED_PEOPLE.introducer }).click();
  expect(await page.getByRole('combobox', { name: 'Program' }).inputValue()).toMatch(/ – version 1$/);
  await page.getByRole('radio', { name: 'Nyexaminerad' }).check();
  await app.screenshot('nyanstalld-formular');
  await page.getByRole('button', { name: 'Nästa: Granska planen' }).click();

  // Review: dates in Swedish, leave one item out, add one of our own.
  const leaveOut = page.getByRole('checkbox', { name: `Ta med: ${LEFT_OUT}` });
  await leaveOut.waitFor();
  await leaveOut.uncheck();
  await page.getByText('Du har valt bort 1 punkt.').waitFor();
  await page.getByRole('button', { name: 'Lägg till egen punkt' }).click();
  const own = page.getByRole('dialog', { name: 'Lägg till egen punkt' });
  await own.getByLabel('Titel').fill(OWN);
  await own.getByRole('combobox', { name: 'Kategori' }).fill('Studiebesök');
  await own.getByLabel('Förväntad tid (minuter)').fill('120');
  await own.getByRole('button', { name: 'Lägg till' }).click();
  await own.waitFor({ state: 'hidden' });
  await page.getByRole('table', { name: 'Individuell planering' }).getByText(OWN).waitFor();
  await app.screenshot('nyanstalld-granska-planen');

  await page.getByRole('button', { name: 'Nästa: Spara' }).click();
  await page.getByRole('heading', { name: 'Planen för Sofia Berg' }).waitFor();
  await app.screenshot('nyanstalld-spara');
  // Nothing is stored before the final save.
  expect(await api.hires.listHires({ archived: false })).toEqual({ ok: true, value: [] });
  await page.getByRole('button', { name: 'Spara planen' }).click();

  await expect.poll(() => page.url()).toMatch(/#\/nyanstallda\/\d+$/);
  const hireId = Number(/(\d+)$/.exec(page.url())![1]);
  const plan = await api.hires.getPlan({ hireId });
  if (!plan.ok) throw new Error(plan.error.message);
  expect(plan.value.hire).toMatchObject({ name: 'Sofia Berg', startDate: '2026-12-07', introducer: { name: SEED_PEOPLE.introducer } });
  const titles = plan.value.items.map((i) => i.title);
  expect(titles).not.toContain(LEFT_OUT);
  expect(plan.value.items.find((i) => i.title === OWN)).toMatchObject({
    templateItemId: null,
    category: 'Studiebesök',
    expectedMinutes: 120,
  });

  // The list shows the hire; a plan without an introducer says so.
  await seedHire(api, { name: 'Karin Ek', startDate: '2026-12-14', withIntroducer: false });
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Nyanställda' }).click();
  const row = page.getByRole('row', { name: /Sofia Berg/ });
  await expect.poll(() => row.textContent()).toContain(SEED_PEOPLE.introducer);
  expect(await row.textContent()).toContain('mån 7 dec 2026');
  const noIntroducer = page.getByRole('row', { name: /Karin Ek/ });
  await expect.poll(() => noIntroducer.textContent()).toContain('Introduktör saknas');
  await app.screenshot('nyanstallda-lista');
  expect(app.errors).toEqual([]);
  await app.close();
});
