import { expect, test } from 'vitest';
import { channelPath } from '../../electron/shared/api';
import { channels } from '../../electron/shared/contract';
import { launchApp } from './harness';

const SECTIONS = ['Översikt', 'Nyanställda', 'Program', 'Personal', 'Inställningar'];

test('every section opens under the production CSP without errors', async () => {
  const app = await launchApp();
  const { page } = app;
  for (const name of SECTIONS) {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await app.screenshot(`sektion-${name.toLowerCase()}`);
  }
  expect(app.errors).toEqual([]);
  await app.close();
});

test('the language can be switched to English and the choice survives a relaunch', async () => {
  const app = await launchApp();
  await app.page.getByRole('link', { name: 'Inställningar' }).click();
  await app.page.getByText('English', { exact: true }).click();
  await app.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  expect(await app.page.locator('html').getAttribute('lang')).toBe('en');
  await app.page.getByText(app.dbPath).waitFor();
  await app.close();

  const again = await launchApp({ dbPath: app.dbPath });
  await again.page.getByRole('link', { name: 'Staff' }).click();
  await again.page.getByRole('heading', { level: 1, name: 'Staff' }).waitFor();
  expect(again.errors).toEqual([]);
  await again.close();
});

test('the page has window.api with exactly the contract calls, and no Node or ipcRenderer', async () => {
  const app = await launchApp();
  const surface = await app.page.evaluate(() => {
    const api = (window as unknown as { api: Record<string, Record<string, unknown>> }).api;
    return {
      calls: Object.entries(api)
        .flatMap(([domain, calls]) => Object.keys(calls).map((c) => `${domain}.${c}`))
        .sort(),
      frozen: Object.isFrozen(api),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      ipcRenderer: 'ipcRenderer' in window,
    };
  });
  expect(surface).toEqual({
    // Every channel of the contract, and nothing else (templates:list-templates → templates.listTemplates).
    calls: channels.map((c) => channelPath(c).join('.')).sort(),
    frozen: true,
    require: 'undefined',
    process: 'undefined',
    ipcRenderer: false,
  });
  await app.close();
});
