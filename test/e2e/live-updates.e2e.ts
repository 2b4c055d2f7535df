import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { closeAppAfterEach, valueOf } from '../support/app-per-test';
import { checkbox, itemOf, itemRow, NOW, openHire, windowShot } from '../support/plan-page';
import { SEED_PEOPLE, seedHire } from '../support/seed-hire';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp | undefined;

closeAppAfterEach(
  () => app,
  () => (app = undefined),
);

type Marked = Window & { keptSinceLoad?: boolean };

/** Marks the loaded page, so a test can show afterwards that it was never loaded again. */
const markPage = (page: Page) => page.evaluate(() => void ((window as Marked).keptSinceLoad = true));
const sameLoad = (page: Page) => page.evaluate(() => (window as Marked).keptSinceLoad === true);

test('an item ticked in another window shows ticked in the open checklist, without a reload', async () => {
  app = await launchApp({ now: NOW });
  // The manager is the one working, for the page and for the other window alike.
  const hire = await seedHire(app.api, { startDate: '2026-10-05' });
  await openHire(app.page, hire.id);
  const title = 'Utse introduktör';
  const box = checkbox(app.page, title);
  expect(await box.isChecked()).toBe(false);
  await markPage(app.page);

  const item = await itemOf(app.api, hire.id, title);
  await valueOf(app.api.plans.setItemStatus({ itemId: item.id, status: 'done' }));

  await expect.poll(() => box.isChecked()).toBe(true);
  await expect.poll(() => itemRow(app!.page, title).textContent()).toContain(`Klar 23 nov av ${SEED_PEOPLE.manager}`);
  expect(await sameLoad(app.page)).toBe(true);
  await windowShot(app.page, 'live-bockad-i-annat-fonster');
});

test('Översikt shows a hire created in another window, without a reload', async () => {
  app = await launchApp({ now: NOW });
  const { page, api } = app;
  await seedHire(api, { name: 'Sofia Berg', startDate: '2026-10-05' });
  await page.reload();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();
  await page.getByRole('article', { name: 'Sofia Berg' }).waitFor();
  expect(await page.getByRole('article', { name: 'Johan Ek' }).count()).toBe(0);
  await markPage(page);

  await seedHire(api, { name: 'Johan Ek', startDate: '2026-11-30', withIntroducer: false });

  const johan = page.getByRole('article', { name: 'Johan Ek' });
  await johan.waitFor();
  await expect.poll(() => johan.textContent()).toContain('mån 30 nov 2026 (v. 49)');
  expect(await page.getByRole('article', { name: 'Sofia Berg' }).count()).toBe(1);
  expect(await sameLoad(page)).toBe(true);
  await app.screenshot('live-oversikt-ny-nyanstalld');
});
