import dayjs from 'dayjs';
import 'dayjs/locale/sv';
import { expect, test } from 'vitest';
import { closeAppAfterEach, valueOf } from '../support/app-per-test';
import { checkbox, itemOf, windowShot } from '../support/plan-page';
import { launchOnSeededHire } from '../support/seeded-hire-page';
import type { LaunchedApp } from './harness';

/** Dates picked on a day off: said at once, with the first working day offered; kept when the user means it. */

let app: LaunchedApp | undefined;
closeAppAfterEach(
  () => app,
  () => (app = undefined),
);

test('a start date on a Sunday says so and offers the first working day', async () => {
  const { page } = await launchOnSeededHire((launched) => (app = launched));
  await page.getByRole('button', { name: 'Ändra startdatum…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ändra startdatum för Sofia Berg' });
  const field = dialog.getByLabel('Nytt startdatum');
  await field.fill('2027-01-31');
  await field.press('Escape');
  const notice = dialog.getByRole('status').filter({ hasText: 'Söndag 31 januari 2027 är en ledig dag: helg.' });
  await notice.waitFor();
  expect(await notice.textContent()).toContain('Första arbetsdagen är måndag 1 februari 2027');
  await windowShot(page, 'startdatum-ledig-dag');
  await notice.getByRole('button', { name: 'Använd mån 1 feb 2027' }).click();
  await expect.poll(() => field.inputValue()).toBe('1 februari 2027');
  await notice.waitFor({ state: 'detached' });
});

test('an own item due on juldagen is warned about, and saved as chosen when the user keeps it', async () => {
  const { page, api, hire } = await launchOnSeededHire((launched) => (app = launched));
  await page.getByRole('button', { name: 'Lägg till egen punkt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lägg till egen punkt' });
  await dialog.getByLabel('Rubrik').fill('Julfika med arbetsgruppen');
  await dialog.getByLabel('Kategori').fill('Mottagande');
  await dialog.getByLabel('Förväntad tid i minuter').fill('60');
  const due = dialog.getByLabel('Klar senast');
  await due.fill('2026-12-25');
  await due.press('Escape');
  await dialog.getByRole('status').filter({ hasText: 'Fredag 25 december 2026 är en ledig dag: juldagen.' }).waitFor();
  await dialog.getByText('Nästa arbetsdag är måndag 28 december 2026. Du kan spara datumet ändå.').waitFor();
  await dialog.getByRole('button', { name: 'Lägg till punkten' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await checkbox(page, 'Julfika med arbetsgruppen').waitFor();
  expect(await itemOf(api, hire.id, 'Julfika med arbetsgruppen')).toMatchObject({ dueDate: '2026-12-25' });
});

test('a reflection session moved to julafton is warned about, and the next working day is offered', async () => {
  const { page, api, hire } = await launchOnSeededHire((launched) => (app = launched));
  const sessions = (await valueOf(api.reflection.getSessions({ hireId: hire.id }))).sessions;
  const next = sessions.find((s) => s.date >= '2026-11-23' && s.status === 'planned')!;
  await page.getByRole('tab', { name: 'Reflektion' }).click();
  const table = page.getByRole('table', { name: 'Reflektionsträffar för Sofia Berg' });
  const day = (iso: string) => dayjs(iso).locale('sv').format('ddd D MMM YYYY');
  await table.getByRole('button', { name: `Åtgärder för träffen ${day(next.date)}` }).click();
  await page.getByRole('menuitem', { name: 'Flytta…' }).click();
  const dialog = page.getByRole('dialog', { name: `Flytta träffen ${day(next.date)}` });
  const field = dialog.getByLabel('Nytt datum');
  await field.fill('2026-12-24');
  await field.press('Escape');
  const notice = dialog.getByRole('status').filter({ hasText: 'Torsdag 24 december 2026 är en ledig dag: julafton.' });
  await notice.waitFor();
  expect(await notice.textContent()).toContain('Nästa arbetsdag är måndag 28 december 2026');
  await notice.getByRole('button', { name: 'Använd mån 28 dec 2026' }).click();
  await dialog.getByRole('button', { name: 'Flytta träffen' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const moved = (await valueOf(api.reflection.getSessions({ hireId: hire.id }))).sessions.find((s) => s.id === next.id);
  expect(moved).toMatchObject({ date: '2026-12-28', status: 'planned' });
});
