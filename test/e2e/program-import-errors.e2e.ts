import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { TemplateSummary } from '../../electron/shared/schemas/template-api';
import { tempDir } from '../support/paths';
import { launchApp, type LaunchedApp } from './harness';
import { shot } from './program-helpers';

let app: LaunchedApp;
let folder: string;
let valid: string;
let before: TemplateSummary[];

const summaries = async () => {
  const list = await app.api.templates.listTemplates();
  if (!list.ok) throw new Error(list.error.message);
  return list.value;
};

beforeEach(async () => {
  app = await launchApp();
  folder = tempDir();
  before = await summaries();
  // A good file to break: the default programme's version 1, exported through the contract.
  valid = path.join(folder, 'program.introplan.json');
  app.desktop.answerSave(valid);
  expect(await app.api.templates.exportVersion({ versionId: before[0]!.versions[0]!.id })).toMatchObject({ ok: true });
  await app.page.getByRole('link', { name: 'Program' }).click();
  await app.page.getByRole('row', { name: /Introduktion och inskolning/ }).waitFor();
});

afterEach(async () => {
  expect(app.errors).toEqual([]);
  await app.close();
});

async function importFile(file: string) {
  app.desktop.answerOpen(file);
  await app.page.getByRole('button', { name: 'Importera program…' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Filen kunde inte importeras' });
  await dialog.waitFor();
  return dialog;
}

async function expectNothingChanged() {
  expect(await summaries()).toEqual(before);
  await expect.poll(() => app.page.getByRole('row').count()).toBe(before.length + 1);
}

test('a truncated file is refused with a Swedish explanation, and the list is unchanged', async () => {
  const truncated = path.join(folder, 'avkortad.introplan.json');
  const text = readFileSync(valid, 'utf8');
  writeFileSync(truncated, text.slice(0, Math.floor(text.length / 2)));

  const dialog = await importFile(truncated);
  await dialog.getByText('Inget har ändrats.', { exact: false }).waitFor();
  await dialog.getByText('Filen är inte en läsbar programfil. Den kan vara avkortad eller skadad.', { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Stäng' }).last().click();
  await dialog.waitFor({ state: 'hidden' });
  await expectNothingChanged();
});

test('items that point to a missing phase are each named in the problem list, and nothing is imported', async () => {
  const file = JSON.parse(readFileSync(valid, 'utf8')) as { content: { items: { title: string; phaseId: string }[] } };
  const [first, second] = file.content.items;
  first!.phaseId = 'fas-som-inte-finns';
  second!.phaseId = 'fas-som-inte-finns';
  const broken = path.join(folder, 'trasig.introplan.json');
  writeFileSync(broken, JSON.stringify(file));

  const dialog = await importFile(broken);
  const problems = dialog.getByRole('listitem');
  await expect.poll(() => problems.count()).toBe(2);
  expect(await problems.nth(0).textContent()).toBe(
    `Punkt 1 (”${first!.title}”): Punkten ”${first!.title}” hör till fasen ”fas-som-inte-finns”, som inte finns.`,
  );
  expect(await problems.nth(1).textContent()).toContain(`Punkt 2 (”${second!.title}”)`);
  await shot(app, 'program-importfel');
  await dialog.getByRole('button', { name: 'Stäng' }).last().click();
  await expectNothingChanged();
});

test('a file with several schema errors lists every one of them', async () => {
  const file = JSON.parse(readFileSync(valid, 'utf8')) as {
    content: { items: { title: string; expectedMinutes: number }[]; norms: { reflection: { time: string } } };
  };
  file.content.items[2]!.title = '';
  file.content.items[3]!.expectedMinutes = -5;
  file.content.norms.reflection.time = '25:00';
  const broken = path.join(folder, 'fel.introplan.json');
  writeFileSync(broken, JSON.stringify(file));

  const dialog = await importFile(broken);
  const problems = dialog.getByRole('listitem');
  await expect.poll(() => problems.count()).toBe(3);
  const texts = await problems.allTextContents();
  expect(texts).toEqual(
    expect.arrayContaining([
      expect.stringContaining('Fältet måste fyllas i.'),
      expect.stringContaining('Ange mellan 0 och 6 000 minuter.'),
      expect.stringContaining('Ange klockslag som tt:mm'),
    ]),
  );
  await dialog.getByRole('button', { name: 'Stäng' }).last().click();
  await expectNothingChanged();
});
