import { expect, test } from 'vitest';
import { launchApp } from './harness';

test('a person added through the UI is still there after a relaunch', async () => {
  const first = await launchApp();
  const { page } = first;
  await page.getByRole('link', { name: 'Personal' }).click();
  await page.getByText('Inga personer ännu', { exact: false }).waitFor();

  await page.getByRole('button', { name: 'Lägg till person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lägg till person' });
  await dialog.getByLabel('Namn').fill('Åsa Lindqvist');
  await dialog.getByLabel('Befattning').fill('Socialsekreterare');
  await dialog.getByLabel('Team').fill('Barn och familj');
  await dialog.getByLabel('Telefon').fill('0980-701 23');
  await dialog.getByLabel('E-post').fill('asa.lindqvist@kiruna.se');
  await dialog.getByRole('checkbox', { name: 'Introduktör' }).check();
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await dialog.waitFor({ state: 'hidden' });

  const row = page.getByRole('row', { name: /Åsa Lindqvist/ });
  await expect.poll(() => row.textContent()).toContain('Introduktör');
  await first.screenshot('personal-efter-tillagd');
  expect(first.errors).toEqual([]);
  await first.close();

  // With staff in the directory the app asks who is working; the harness answers for us.
  const second = await launchApp({ dbPath: first.dbPath, userName: 'Åsa Lindqvist' });
  await second.page.getByRole('link', { name: 'Personal' }).click();
  const again = second.page.getByRole('row', { name: /Åsa Lindqvist/ });
  await expect.poll(() => again.textContent()).toContain('0980-701 23');
  expect(await again.textContent()).toContain('Barn och familj');
  expect((await second.api.staff.listPeople()).ok).toBe(true);
  await second.close();
});
