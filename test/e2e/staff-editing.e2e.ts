import { afterEach, beforeEach, expect, test } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp;

beforeEach(async () => {
  app = await launchApp();
  // The app has read the empty staff list at start: a person added now does not make it ask "Vem är du?".
  await app.page.getByRole('banner').getByText('Lägg först till personal').waitFor();
  await app.api.staff.createPerson({
    name: 'Maria Nilsson',
    title: 'Enhetschef',
    team: 'Barn och familj',
    phone: '',
    email: 'maria.nilsson@kiruna.se',
    roles: ['manager'],
  });
  await app.page.getByRole('link', { name: 'Personal' }).click();
  await app.page.getByRole('row', { name: /Maria Nilsson/ }).waitFor();
});

afterEach(async () => {
  expect(app.errors).toEqual([]);
  await app.close();
});

test('bad input is refused with Swedish messages next to the fields, and nothing is saved', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Lägg till person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lägg till person' });
  await dialog.getByLabel('Telefon').fill('ring mig');
  await dialog.getByLabel('E-post').fill('per@');
  await dialog.getByRole('button', { name: 'Spara' }).click();

  await dialog.getByText('Fältet måste fyllas i.').waitFor();
  await dialog.getByText('Ange en giltig e-postadress', { exact: false }).waitFor();
  await dialog.getByText('Ange ett telefonnummer med siffror', { exact: false }).waitFor();
  // The message is tied to its field for screen readers.
  const name = dialog.getByLabel('Namn');
  expect(await name.getAttribute('aria-invalid')).toBe('true');
  await app.screenshot('personal-valideringsfel');

  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  const people = await app.api.staff.listPeople();
  expect(people.ok && people.value.map((p) => p.name)).toEqual(['Maria Nilsson']);
});

test('main refuses bad input on its own, with Swedish field messages', async () => {
  const result = await app.api.staff.createPerson({
    name: '   ',
    title: '',
    team: '',
    phone: '',
    email: 'inte-en-adress',
    roles: [],
  });
  expect(result).toMatchObject({
    ok: false,
    error: { code: 'invalid-input', fields: { name: 'Fältet måste fyllas i.', email: expect.stringContaining('e-postadress') } },
  });
});

test('editing a person saves the change', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Redigera Maria Nilsson' }).click();
  const dialog = page.getByRole('dialog', { name: 'Redigera Maria Nilsson' });
  await dialog.getByLabel('Telefon').fill('0980-702 00');
  await dialog.getByRole('checkbox', { name: 'Introduktör' }).check();
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await dialog.waitFor({ state: 'hidden' });

  const row = page.getByRole('row', { name: /Maria Nilsson/ });
  await expect.poll(() => row.textContent()).toContain('0980-702 00');
  const people = await app.api.staff.listPeople();
  expect(people.ok && people.value[0]).toMatchObject({ phone: '0980-702 00', roles: ['manager', 'introducer'] });
});

test('removing asks first, and can be undone', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Ta bort Maria Nilsson' }).click();
  const confirm = page.getByRole('dialog', { name: 'Ta bort Maria Nilsson?' });
  await confirm.getByRole('button', { name: 'Avbryt' }).click();
  await page.getByRole('row', { name: /Maria Nilsson/ }).waitFor();

  await page.getByRole('button', { name: 'Ta bort Maria Nilsson' }).click();
  await confirm.getByRole('button', { name: 'Ta bort' }).click();
  await page.getByRole('row', { name: /Maria Nilsson/ }).waitFor({ state: 'detached' });
  await page.getByText('Maria Nilsson har tagits bort.').waitFor();
  await app.screenshot('personal-borttagen-med-angra');

  await page.getByRole('button', { name: 'Ångra' }).click();
  await page.getByRole('row', { name: /Maria Nilsson/ }).waitFor();
  const people = await app.api.staff.listPeople();
  expect(people.ok && people.value.map((p) => p.name)).toEqual(['Maria Nilsson']);
});
