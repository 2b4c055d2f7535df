import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { tempDir } from '../support/paths';
import { launchApp } from './harness';

test('Inställningar can create an example database, switch to it and back, leaving the own database alone', async () => {
  const app = await launchApp();
  const { page } = app;
  const folder = tempDir();
  app.desktop.answerFolder(folder);

  await page.getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('button', { name: 'Skapa exempeldatabas …' }).click();
  await page.getByText('Du provar exempeldatabasen.', { exact: false }).waitFor();
  expect(existsSync(path.join(folder, 'introplan.db'))).toBe(true);
  expect(existsSync(path.join(folder, 'program.json'))).toBe(true);
  await page.getByText(path.join(folder, 'introplan.db')).waitFor();
  // The example database has staff but nobody chosen, so the app asks who is working.
  const who = page.getByRole('dialog', { name: 'Vem är du?' });
  await who.getByRole('button', { name: 'Inte nu' }).click();
  await who.waitFor({ state: 'hidden' });
  await app.screenshot('installningar-exempeldatabas');

  await page.getByRole('link', { name: 'Personal' }).click();
  await page.getByRole('row', { name: /Anna Lindqvist/ }).waitFor();

  await page.getByRole('button', { name: 'Tillbaka till min databas' }).click();
  await page.getByText('Inga personer ännu', { exact: false }).waitFor();
  expect(await page.getByText('Du provar exempeldatabasen.', { exact: false }).count()).toBe(0);
  expect(app.errors).toEqual([]);
  await app.close();
});

test('a folder that already holds a database is refused, so nobody overwrites their own data', async () => {
  const app = await launchApp();
  app.desktop.answerFolder(path.dirname(app.dbPath));
  await app.page.getByRole('link', { name: 'Inställningar' }).click();
  await app.page.getByRole('button', { name: 'Skapa exempeldatabas …' }).click();
  await app.page.getByText('Det finns redan en databas', { exact: false }).waitFor();
  expect(await app.api.app.getInfo()).toMatchObject({ ok: true, value: { usingExample: false } });
  await app.close();
});
