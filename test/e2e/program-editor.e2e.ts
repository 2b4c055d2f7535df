import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { TemplateDraft } from '../../electron/shared/schemas/template-api';
import { minimalPdf } from '../support/pdf-fixture';
import { tempDir } from '../support/paths';
import { launchApp, type LaunchedApp } from './harness';
import { DEFAULT_PROGRAMME, draftOf, itemIds, openDefaultProgramme, rowOf, shot } from './program-helpers';

const NEW_TITLE = 'Genomgång av kommunens lönesystem';
const COPY_TITLE = `${NEW_TITLE} (kopia)`;

let app: LaunchedApp | undefined;
// Each test walks a whole flow over a programme of about 90 items; give it room on a busy machine.
const LONG_FLOW = 120_000;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

test(
  'the default programme is listed; an item edit is saved at once and survives a reload and a relaunch; bad input saves nothing',
  async () => {
    app = await launchApp();
    const { page } = app;
    const first = (await draftOf(app)).content.items[0]!;

    await page.getByRole('link', { name: 'Program' }).click();
    const row = page.getByRole('row', { name: new RegExp(DEFAULT_PROGRAMME) });
    await expect.poll(() => row.textContent()).toContain('Version 1');
    expect(await row.textContent()).toContain('Publicerad som version 1');
    await shot(app, 'program-lista');

    await openDefaultProgramme(page);
    await page.getByRole('tab', { name: 'Faser och punkter', selected: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: (await draftOf(app)).content.phases[0]!.name }).waitFor();
    await shot(app, 'program-faser-och-punkter');

    // Edit the expected time of the first item.
    await page.getByRole('button', { name: `Redigera ${first.title}`, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Redigera ”${first.title}”` });
    await dialog.getByLabel('Förväntad tid i minuter').fill('150');
    await dialog.getByText('Visas som 2 h 30 min.').waitFor();
    await shot(app, 'program-punkt-redigera');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const firstRow = rowOf(page, first.title);
    await expect.poll(() => firstRow.textContent()).toContain('2 h 30 min');
    expect((await draftOf(app)).content.items[0]!.expectedMinutes).toBe(150);
    await page.getByText('Opublicerade ändringar').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: DEFAULT_PROGRAMME }).waitFor();
    await expect.poll(() => firstRow.textContent()).toContain('2 h 30 min');

    // Invalid input: Swedish messages next to the fields, and nothing is saved.
    const before = await draftOf(app);
    await page.getByRole('button', { name: `Redigera ${first.title}`, exact: true }).click();
    await dialog.getByLabel('Rubrik').fill('   ');
    await dialog.getByLabel('Från').fill('5');
    await dialog.getByLabel('Till och med').fill('2');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByText('Fältet måste fyllas i.').waitFor();
    await dialog.getByText('Slutet kan inte ligga före början.').waitFor();
    expect(await dialog.getByLabel('Rubrik').getAttribute('aria-invalid')).toBe('true');
    await shot(app, 'program-punkt-valideringsfel');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await draftOf(app)).content).toEqual(before.content);

    expect(app.errors).toEqual([]);
    const dbPath = app.dbPath;
    await app.close();

    app = await launchApp({ dbPath });
    await openDefaultProgramme(app.page);
    await expect.poll(() => rowOf(app!.page, first.title).textContent()).toContain('2 h 30 min');
    expect(app.errors).toEqual([]);
  },
  LONG_FLOW,
);

test(
  'an item can be added, duplicated, moved, and removed after a question, with undo',
  async () => {
    app = await launchApp();
    const { page } = app;
    const phase = (await draftOf(app)).content.phases[0]!;
    await openDefaultProgramme(page);

    // Add an item to the first phase.
    await page.getByRole('button', { name: `Lägg till punkt i ${phase.name}` }).click();
    const add = page.getByRole('dialog', { name: 'Lägg till punkt' });
    await add.getByLabel('Rubrik').fill(NEW_TITLE);
    await add.getByLabel('Kategori').fill('System och teknik');
    await add.getByLabel('Förväntad tid i minuter').fill('45');
    await add.getByRole('button', { name: 'Spara' }).click();
    await add.waitFor({ state: 'hidden' });
    await expect.poll(() => rowOf(page, NEW_TITLE).textContent()).toContain('45 min');
    let draft = await draftOf(app);
    const added = draft.content.items.find((i) => i.title === NEW_TITLE)!;
    expect(added).toMatchObject({ id: 'genomgang-av-kommunens-lonesystem', expectedMinutes: 45, phaseId: phase.id });

    // Duplicate: the copy comes right after the original, with its own id.
    await page.getByRole('button', { name: `Duplicera ${NEW_TITLE}` }).click();
    await rowOf(page, COPY_TITLE).waitFor();
    draft = await draftOf(app);
    const at = itemIds(draft).indexOf(added.id);
    expect(draft.content.items[at + 1]).toMatchObject({ id: 'genomgang-av-kommunens-lonesystem-kopia', title: COPY_TITLE });

    // Move the copy up, above the original.
    await page.getByRole('button', { name: `Flytta upp ${COPY_TITLE}` }).click();
    await expect.poll(async () => itemIds(await draftOf(app!)).indexOf('genomgang-av-kommunens-lonesystem-kopia')).toBe(at);
    expect(itemIds(await draftOf(app)).indexOf(added.id)).toBe(at + 1);

    // Remove asks first, and can be undone.
    await page.getByRole('button', { name: `Ta bort ${COPY_TITLE}` }).click();
    const confirm = page.getByRole('dialog', { name: `Ta bort ”${COPY_TITLE}”?` });
    await confirm.getByRole('button', { name: 'Avbryt' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(itemIds(await draftOf(app))).toContain('genomgang-av-kommunens-lonesystem-kopia');
    await page.getByRole('button', { name: `Ta bort ${COPY_TITLE}` }).click();
    await confirm.getByRole('button', { name: 'Ta bort' }).click();
    await page.getByText(`”${COPY_TITLE}” har tagits bort.`).waitFor();
    expect(itemIds(await draftOf(app))).not.toContain('genomgang-av-kommunens-lonesystem-kopia');
    await page.getByRole('button', { name: 'Ångra' }).click();
    await expect.poll(async () => itemIds(await draftOf(app!)).indexOf('genomgang-av-kommunens-lonesystem-kopia')).toBe(at);
    await page.getByRole('button', { name: `Ta bort ${COPY_TITLE}` }).waitFor();

    expect(app.errors).toEqual([]);
  },
  LONG_FLOW,
);

test(
  'norms are saved with validation; publishing makes version 2, which exports, imports and exports again unchanged',
  async () => {
    app = await launchApp();
    const { page, desktop } = app;
    const folder = tempDir();
    const original = await draftOf(app);
    await openDefaultProgramme(page);

    // Norms: a bad time is refused in Swedish and saves nothing; good values are saved.
    await page.getByRole('tab', { name: 'Normer' }).click();
    const year1 = page.getByLabel('Timmar per vecka år 1');
    await year1.fill('5');
    await page.getByLabel('Klockslag').fill('25:00');
    await page.getByRole('button', { name: 'Spara normerna' }).click();
    await page.getByText('Ange klockslag som tt:mm, till exempel 13:00.').waitFor();
    expect((await draftOf(app)).content.norms).toEqual(original.content.norms);
    await page.getByLabel('Klockslag').fill('14:30');
    await page.getByRole('button', { name: 'Lägg till period' }).click();
    await page.getByLabel('Träffar per månad, Period 3').fill('1');
    await shot(app, 'program-normer');
    await page.getByRole('button', { name: 'Spara normerna' }).click();
    await page.getByText('Normerna har sparats.').waitFor();
    const norms = (await draftOf(app)).content.norms;
    expect(norms.introducerHoursPerWeek.year1).toBe(5);
    expect(norms.reflection.time).toBe('14:30');
    expect(norms.reflection.segments).toHaveLength(original.content.norms.reflection.segments.length + 1);

    // Attach a PDF to the first document of the binder.
    const doc = original.content.binder.documents[0]!;
    const pdf = path.join(folder, 'tystnadsplikt.pdf');
    writeFileSync(pdf, minimalPdf('Tystnadsplikt'));
    await page.getByRole('tab', { name: 'Pärmens innehåll' }).click();
    await page.getByRole('button', { name: `Redigera ${doc.title}`, exact: true }).click();
    const docDialog = page.getByRole('dialog', { name: `Redigera dokumentet ”${doc.title}”` });
    desktop.answerOpen(pdf);
    await docDialog.getByRole('button', { name: 'Bifoga PDF …' }).click();
    await docDialog.getByText('tystnadsplikt.pdf (', { exact: false }).waitFor();
    await docDialog.getByRole('button', { name: 'Spara' }).click();
    await docDialog.waitFor({ state: 'hidden' });
    await expect.poll(() => rowOf(page, doc.title).textContent()).toContain('tystnadsplikt.pdf');
    await shot(app, 'program-parmens-innehall');

    // Publish version 2.
    await page.getByRole('button', { name: 'Publicera version 2' }).click();
    const publish = page.getByRole('dialog', { name: 'Publicera version 2?' });
    await publish.getByText('Planer som redan har startats behåller den version de gjordes från.', { exact: false }).waitFor();
    await publish.getByRole('button', { name: 'Publicera' }).click();
    await page.getByText('Publicerad som version 2').waitFor();
    await page.getByRole('tab', { name: 'Versioner' }).click();
    const versions = page.getByRole('tabpanel', { name: 'Versioner' }).getByRole('row');
    await expect.poll(() => versions.count()).toBe(3);
    expect(await versions.nth(1).textContent()).toContain('Version 2');
    expect(await versions.nth(2).textContent()).toContain('Version 1');
    await shot(app, 'program-versioner');

    // Export version 2 through the save dialog.
    const exported = path.join(folder, 'ifo v2.introplan.json');
    desktop.answerSave(exported);
    await page.getByRole('button', { name: 'Exportera version 2' }).click();
    await page.getByText('Sparades som ifo v2.introplan.json').waitFor();
    const file = JSON.parse(readFileSync(exported, 'utf8')) as {
      formatVersion: number;
      template: { version: number };
      content: TemplateDraft['content'];
      attachments: unknown[];
    };
    const published = await draftOf(app);
    expect(file.formatVersion).toBe(1);
    expect(file.template.version).toBe(2);
    expect(file.content.items).toHaveLength(published.content.items.length);
    expect(file.content.norms.introducerHoursPerWeek.year1).toBe(5);
    expect(file.attachments).toHaveLength(1);

    // Import it: a new programme, opened in the editor.
    await page.getByRole('link', { name: 'Alla program' }).click();
    desktop.answerOpen(exported);
    await page.getByRole('button', { name: 'Importera program…' }).click();
    await page.getByText(`Programmet ”${DEFAULT_PROGRAMME}” har importerats som ett nytt utkast.`).waitFor();
    await page.getByText('Opublicerade ändringar').waitFor();
    expect(page.url()).not.toContain(`/program/${original.templateId}`);
    const list = await app.api.templates.listTemplates();
    expect(list.ok && list.value).toHaveLength(2);

    // Export the imported draft: the same content and attachments as the first file.
    const again = path.join(folder, 'ifo importerat.introplan.json');
    desktop.answerSave(again);
    await page.getByRole('button', { name: 'Exportera utkast' }).click();
    await page.getByText('Sparades som ifo importerat.introplan.json').waitFor();
    const second = JSON.parse(readFileSync(again, 'utf8')) as typeof file;
    expect(second.template.version).toBeNull();
    expect(second.content).toEqual(file.content);
    expect(second.attachments).toEqual(file.attachments);

    await page.getByRole('link', { name: 'Alla program' }).click();
    await expect.poll(() => page.getByRole('row', { name: new RegExp(DEFAULT_PROGRAMME) }).count()).toBe(2);
    await shot(app, 'program-lista-efter-import');
    expect(app.errors).toEqual([]);
  },
  LONG_FLOW,
);
