import { expect, test } from 'vitest';
import type { LaunchedApp } from './harness';
import { checkbox, itemOf, itemRow, planOf, windowShot } from '../support/plan-page';
import { SEED_PEOPLE } from '../support/seed-hire';
import { closeAppAfterEach } from '../support/app-per-test';
import { launchOnSeededHire } from '../support/seeded-hire-page';

/** The hire page's header actions: the start date, the introducer, own items, finishing and reopening. */

let app: LaunchedApp | undefined;

closeAppAfterEach(
  () => app,
  () => (app = undefined),
);

const start = (options?: Parameters<typeof launchOnSeededHire>[1]) => launchOnSeededHire((launched) => (app = launched), options);

test('changing the start date shows what moves before saving, then moves open items only', async () => {
  const { page, api, hire } = await start();
  const before = await planOf(api, hire.id);
  const done = before.items.find((i) => i.title === 'Utse introduktör')!;
  const handSet = before.items.find((i) => i.title === 'Skicka välkomstmejl')!;
  await api.plans.setItemStatus({ itemId: done.id, status: 'done' });
  await api.plans.updateItem({ itemId: handSet.id, note: '', startDate: '2026-09-21', dueDate: '2026-09-30' });
  const expected = await api.hires.previewStartDate({ hireId: hire.id, startDate: '2026-10-12' });
  if (!expected.ok) throw new Error(expected.error.message);
  const changes = expected.value;

  await page.getByRole('button', { name: 'Ändra startdatum…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ändra startdatum för Sofia Berg' });
  await dialog.getByText('Nuvarande startdatum: måndag 5 oktober 2026 (v. 41).').waitFor();
  await dialog.getByLabel('Nytt startdatum').fill('2026-10-12');
  await dialog.getByLabel('Nytt startdatum').press('Escape');
  const list = dialog.getByRole('table', { name: `${changes.length} punkter får nya datum:` });
  await list.waitFor();
  await dialog.getByText('måndag 12 oktober 2026, v. 42').waitFor();
  expect(await list.locator('tbody tr').count()).toBe(changes.length);
  const listed = await list.locator('tbody tr td:first-child').allTextContents();
  expect(listed).toEqual(changes.map((c) => c.title));
  expect(listed).not.toContain(done.title);
  expect(listed).not.toContain(handSet.title);
  await windowShot(page, 'plan-nytt-startdatum');
  // Nothing is saved by looking.
  expect((await planOf(api, hire.id)).hire.startDate).toBe('2026-10-05');

  await dialog.getByRole('button', { name: 'Spara nytt startdatum' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('group', { name: 'Uppgifter om introduktionen' }).getByText('måndag 12 oktober 2026').waitFor();

  const after = await planOf(api, hire.id);
  expect(after.hire.startDate).toBe('2026-10-12');
  const byId = new Map(after.items.map((i) => [i.id, i]));
  expect(byId.get(done.id)).toMatchObject({ startDate: done.startDate, dueDate: done.dueDate });
  expect(byId.get(handSet.id)).toMatchObject({ startDate: '2026-09-21', dueDate: '2026-09-30' });
  for (const c of changes) expect(byId.get(c.itemId)).toMatchObject(c.to);
});

test('a plan without an introducer says so, and one can be named from the warning', async () => {
  const { page, api, hire } = await start({ withIntroducer: false });
  const warning = page.getByText('Ingen introduktör är utsedd – punkter som introduktören ansvarar för saknar ansvarig person.');
  await warning.waitFor();
  expect(await itemRow(page, 'Rundvandring i lokalerna').textContent()).toContain('Introduktör: saknas');

  await page.getByRole('button', { name: 'Utse introduktör…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ändra uppgifter för Sofia Berg' });
  await dialog.getByLabel('Introduktör', { exact: true }).click();
  await page.getByRole('option', { name: SEED_PEOPLE.introducer }).click();
  await windowShot(page, 'plan-andra-uppgifter');
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await warning.waitFor({ state: 'hidden' });
  await expect.poll(() => itemRow(page, 'Rundvandring i lokalerna').textContent()).toContain(`Introduktör: ${SEED_PEOPLE.introducer}`);
  expect((await planOf(api, hire.id)).hire.introducer?.name).toBe(SEED_PEOPLE.introducer);
});

test('an own item can be added, and the introduction finished and reopened', async () => {
  const { page, api, hire } = await start();
  await page.getByRole('button', { name: 'Lägg till egen punkt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lägg till egen punkt' });
  await dialog.getByLabel('Rubrik').fill('Studiebesök på HVB-hemmet');
  await dialog.getByLabel('Kategori').fill('Studiebesök');
  await dialog.getByLabel('Förväntad tid i minuter').fill('120');
  await dialog.getByRole('button', { name: 'Lägg till punkten' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await checkbox(page, 'Studiebesök på HVB-hemmet').waitFor();
  expect(await itemOf(api, hire.id, 'Studiebesök på HVB-hemmet')).toMatchObject({
    templateItemId: null,
    expectedMinutes: 120,
    category: 'Studiebesök',
    startDate: '2026-11-23',
    datesEdited: true,
  });
  expect(await itemRow(page, 'Studiebesök på HVB-hemmet').textContent()).toContain('2 h');

  await page.getByRole('button', { name: 'Avsluta introduktionen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Avsluta introduktionen för Sofia Berg?' });
  await confirm.getByRole('button', { name: 'Avsluta introduktionen' }).click();
  await page.getByText('Avslutad 23 nov').waitFor();
  expect((await planOf(api, hire.id)).hire.finishedAt).not.toBeNull();

  await page.getByRole('button', { name: 'Återuppta' }).click();
  await page.getByRole('dialog', { name: 'Återuppta introduktionen för Sofia Berg?' }).getByRole('button', { name: 'Återuppta' }).click();
  await page.getByRole('button', { name: 'Avsluta introduktionen' }).waitFor();
  expect((await planOf(api, hire.id)).hire.finishedAt).toBeNull();
});
