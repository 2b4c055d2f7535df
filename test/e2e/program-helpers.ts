import type { Page } from 'playwright-core';
import type { TemplateDraft } from '../../electron/shared/schemas/template-api';
import type { LaunchedApp } from './harness';

/** Shared steps for the programme editor's end-to-end tests. */

export const DEFAULT_PROGRAMME = 'Introduktion och inskolning – IFO';

/**
 * Screenshots wait for Mantine's modal and notification transitions (about 200 ms) to end, and
 * start from the top: a full-page shot of a scrolled page draws the fixed header mid-page.
 */
export async function shot(app: LaunchedApp, name: string) {
  await app.page.evaluate(() => window.scrollTo(0, 0));
  await app.page.waitForTimeout(400);
  await app.screenshot(name);
}

/** The saved draft of the programme with this name, read through the contract. */
export async function draftOf(app: LaunchedApp, name = DEFAULT_PROGRAMME): Promise<TemplateDraft> {
  const list = await app.api.templates.listTemplates();
  if (!list.ok) throw new Error(list.error.message);
  const summary = list.value.find((t) => t.name === name);
  if (!summary) throw new Error(`No programme named ${name}`);
  const draft = await app.api.templates.getDraft({ templateId: summary.id });
  if (!draft.ok) throw new Error(draft.error.message);
  return draft.value;
}

export async function openDefaultProgramme(page: Page) {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Program' }).click();
  await page.getByRole('heading', { level: 1, name: 'Program' }).waitFor();
  await page.getByRole('link', { name: DEFAULT_PROGRAMME }).click();
  await page.getByRole('heading', { level: 1, name: DEFAULT_PROGRAMME }).waitFor();
}

export const itemIds = (draft: TemplateDraft) => draft.content.items.map((i) => i.id);

/** A table row whose accessible name starts with this title. */
export const rowOf = (page: Page, title: string) =>
  page.getByRole('row', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
