import { expect } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Api } from '../../electron/shared/api';
import type { HirePlan, PlanItemView, WeekRow } from '../../electron/shared/schemas/plan';
import { TEST_RESULTS } from './paths';
import { valueOf } from './app-per-test';

/** The fixed clock of the plan tests: Monday 23 November 2026, ISO week 48. */
export const NOW = () => '2026-11-23T09:00:00.000Z';

export const planOf = (api: Api, hireId: number): Promise<HirePlan> => valueOf(api.hires.getPlan({ hireId }));
export const scheduleOf = (api: Api, hireId: number): Promise<WeekRow[]> => valueOf(api.plans.getSchedule({ hireId }));

export async function itemOf(api: Api, hireId: number, title: string): Promise<PlanItemView> {
  const item = (await planOf(api, hireId)).items.find((i) => i.title === title);
  if (!item) throw new Error(`No item "${title}" in the plan`);
  return item;
}

/** Opens the hire's page and reloads, so every store reads what the test set up through the API. */
export async function openHire(page: Page, hireId: number, { reload = true } = {}): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, `#/nyanstallda/${hireId}`));
  if (reload) await page.reload();
  await page.getByRole('tab', { name: 'Checklista' }).waitFor();
}

/** The checklist row (list item) that holds the item's checkbox. */
export const itemRow = (page: Page, title: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: title, exact: true }) });

export const checkbox = (page: Page, title: string) => page.getByRole('checkbox', { name: title, exact: true });

/**
 * What the window shows right now (app.screenshot takes the whole page, which for a plan of
 * ~90 items is too tall to read a dialog or the current week in).
 */
export async function windowShot(page: Page, name: string): Promise<void> {
  mkdirSync(path.join(TEST_RESULTS, 'screenshots'), { recursive: true });
  await page.screenshot({ path: path.join(TEST_RESULTS, 'screenshots', `${name}.png`) });
}

/** Lets dialogs finish closing and dismisses notifications, so a screenshot shows the page itself. */
export async function settle(page: Page) {
  await page.locator('.mantine-Modal-overlay').waitFor({ state: 'detached' });
  const notices = page.locator('.mantine-Notification-root');
  for (let left = await notices.count(); left > 0; left = await notices.count()) {
    await notices.first().locator('.mantine-Notification-closeButton').click();
    await expect.poll(() => notices.count()).toBeLessThan(left);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
