import { afterEach, expect, test } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';
import { draftOf } from './program-helpers';

let app: LaunchedApp | undefined;
// Each test walks a whole flow over a programme of about 90 items; give it room on a busy machine.
const LONG_FLOW = 120_000;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

test(
  'a new programme starts empty or as a copy; phases are added and removed only when empty; binder lists are edited',
  async () => {
    app = await launchApp();
    const { page } = app;
    const itemCount = (await draftOf(app)).content.items.length;
    await page.getByRole('link', { name: 'Program' }).click();

    // A copy of the published default programme.
    await page.getByRole('button', { name: 'Nytt program' }).click();
    let dialog = page.getByRole('dialog', { name: 'Nytt program' });
    await dialog.getByRole('button', { name: 'Skapa program' }).click();
    await dialog.getByText('Fältet måste fyllas i.').waitFor();
    await dialog.getByLabel('Programmets namn').fill('IFO Barn och familj');
    await dialog.getByRole('button', { name: 'Skapa program' }).click();
    await page.getByRole('heading', { level: 1, name: 'IFO Barn och familj' }).waitFor();
    expect((await draftOf(app, 'IFO Barn och familj')).content.items).toHaveLength(itemCount);

    // An empty one: one phase, no items, not yet published.
    await page.getByRole('link', { name: 'Alla program' }).click();
    await page.getByRole('button', { name: 'Nytt program' }).click();
    dialog = page.getByRole('dialog', { name: 'Nytt program' });
    await dialog.getByLabel('Programmets namn').fill('Tomt program');
    await dialog.getByRole('radio', { name: 'Ett tomt program' }).check();
    await dialog.getByRole('button', { name: 'Skapa program' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tomt program' }).waitFor();
    await page.getByText('Fasen har inga punkter ännu.').waitFor();
    await page.getByRole('button', { name: 'Publicera version 1' }).waitFor();
    // Rename it and give it a description.
    await page.getByRole('button', { name: 'Namn och beskrivning' }).click();
    const rename = page.getByRole('dialog', { name: 'Programmets namn och beskrivning' });
    await rename.getByLabel('Namn').fill('Tomt program för vuxengruppen');
    await rename.getByLabel('Beskrivning').fill('Prövas under hösten.');
    await rename.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tomt program för vuxengruppen' }).waitFor();
    await page.getByText('Prövas under hösten.').waitFor();
    // The only phase cannot be removed.
    expect(await page.getByRole('button', { name: 'Ta bort fasen Fas 1' }).getAttribute('aria-disabled')).toBe('true');

    // Add a phase counted in working days before the start.
    await page.getByRole('button', { name: 'Lägg till fas' }).click();
    const phase = page.getByRole('dialog', { name: 'Lägg till fas' });
    await phase.getByLabel('Fasens namn').fill('Före första dagen');
    await phase.getByLabel('Räknas i').click();
    await page.getByRole('option', { name: 'Arbetsdagar' }).click();
    await phase.getByLabel('Från').fill('-9');
    await phase.getByLabel('Till och med').fill('0');
    await phase.getByText('Visas som: 10–1 arbetsdagar före start').waitFor();
    await phase.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { level: 2, name: 'Före första dagen' }).waitFor();
    let draft = await draftOf(app, 'Tomt program för vuxengruppen');
    expect(draft.content.phases.map((p) => p.id)).toEqual(['fas-1', 'fore-forsta-dagen']);
    expect(draft.content.phases[1]!.window).toEqual({ unit: 'day', start: -9, end: 0 });

    // A phase with items cannot be removed; an empty one can, after a question, with undo.
    await page.getByRole('button', { name: 'Lägg till punkt i Före första dagen' }).click();
    const item = page.getByRole('dialog', { name: 'Lägg till punkt' });
    await item.getByLabel('Rubrik').fill('Skicka välkomstbrev');
    await item.getByLabel('Kategori').fill('Före start');
    await item.getByRole('radio', { name: 'Ett team' }).check();
    await item.getByRole('button', { name: 'Spara' }).click();
    await item.getByText('Fältet måste fyllas i.').waitFor();
    await item.getByRole('combobox', { name: 'Team' }).fill('Barn och familj');
    await item.getByRole('button', { name: 'Spara' }).click();
    await item.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByRole('row', { name: /^Skicka välkomstbrev/ }).textContent()).toContain('Team Barn och familj');
    expect(await page.getByRole('button', { name: 'Ta bort fasen Före första dagen' }).getAttribute('aria-disabled')).toBe('true');

    await page.getByRole('button', { name: 'Ta bort fasen Fas 1' }).click();
    await page.getByRole('dialog', { name: 'Ta bort fasen ”Fas 1”?' }).getByRole('button', { name: 'Ta bort' }).click();
    await page.getByRole('heading', { level: 2, name: 'Fas 1' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Ångra' }).click();
    await page.getByRole('heading', { level: 2, name: 'Fas 1' }).waitFor();
    draft = await draftOf(app, 'Tomt program för vuxengruppen');
    expect(draft.content.phases.map((p) => p.id)).toEqual(['fas-1', 'fore-forsta-dagen']);

    // Binder: add two booklet sections and move the second above the first; add a contact.
    await page.getByRole('tab', { name: 'Pärmens innehåll' }).click();
    for (const title of ['Organisationen', 'Sekretess']) {
      await page.getByRole('button', { name: 'Lägg till avsnitt' }).click();
      const section = page.getByRole('dialog', { name: 'Lägg till avsnitt' });
      await section.getByLabel('Rubrik').fill(title);
      await section.getByLabel('Text').fill(`Om ${title.toLowerCase()}.`);
      await section.getByRole('button', { name: 'Spara' }).click();
      await section.waitFor({ state: 'hidden' });
    }
    await page.getByRole('button', { name: 'Flytta upp Sekretess' }).click();
    await expect
      .poll(async () => (await draftOf(app!, 'Tomt program för vuxengruppen')).content.binder.sections.map((s) => s.id))
      .toEqual(['sekretess', 'organisationen']);
    await page.getByRole('button', { name: 'Lägg till kontakt' }).click();
    const contact = page.getByRole('dialog', { name: 'Lägg till kontakt' });
    await contact.getByLabel('Namn').fill('Åsa Öberg');
    await contact.getByLabel('Roll eller uppgift').fill('Administratör');
    await contact.getByLabel('Telefon').fill('0980-700 00');
    await contact.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => page.getByRole('row', { name: /^Åsa Öberg/ }).textContent()).toContain('0980-700 00');
    expect((await draftOf(app, 'Tomt program för vuxengruppen')).content.binder.contacts[0]).toMatchObject({
      id: 'asa-oberg',
      name: 'Åsa Öberg',
    });
    expect(app.errors).toEqual([]);
  },
  LONG_FLOW,
);
