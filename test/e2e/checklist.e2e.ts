import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';
import { checkbox, itemOf, itemRow, NOW, openHire, planOf, windowShot } from '../support/plan-page';
import { SEED_PEOPLE } from '../support/seed-hire';
import { closeAppAfterEach } from '../support/app-per-test';
import { launchOnSeededHire } from '../support/seeded-hire-page';

let app: LaunchedApp | undefined;

closeAppAfterEach(
  () => app,
  () => (app = undefined),
);

const start = (options?: Parameters<typeof launchOnSeededHire>[1]) => launchOnSeededHire((launched) => (app = launched), options);

/** What another connection to the file reads: only what has been committed. */
function committedStatus(dbPath: string, itemId: number): string {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT status FROM plan_items WHERE id = ?').get(itemId) as { status: string }).status;
  } finally {
    db.close();
  }
}

test('ticking an item shows it only once it is committed, and it survives a relaunch', async () => {
  const { page, api, hire } = await start();
  const title = 'Utse introduktör';
  const box = checkbox(page, title);
  await page.getByRole('heading', { name: 'Sofia Berg' }).waitFor();
  await page.getByText('måndag 5 oktober 2026').waitFor();
  await page.getByText('Introduktion och inskolning – IFO, version 1').waitFor();
  await app!.screenshot('plan-checklista');
  expect(await box.isChecked()).toBe(false);

  await box.click();
  await expect.poll(() => box.isChecked()).toBe(true);
  // The moment the box shows the tick, another connection already reads it from the file.
  const item = await itemOf(api, hire.id, title);
  expect(committedStatus(app!.dbPath, item.id)).toBe('done');
  expect(item.status).toBe('done');
  expect(item.done?.by?.name).toBe(SEED_PEOPLE.manager);
  await expect.poll(() => itemRow(page, title).textContent()).toContain('Klar 23 nov av Anna Lindqvist');

  const { dbPath } = app!;
  const first = app!;
  app = undefined;
  await first.close();
  expect(first.errors).toEqual([]);

  app = await launchApp({ dbPath, now: NOW, userName: SEED_PEOPLE.manager });
  await openHire(app.page, hire.id);
  await expect.poll(() => checkbox(app!.page, title).isChecked()).toBe(true);

  // Unticking takes it back to "att göra".
  await checkbox(app.page, title).click();
  await expect.poll(() => checkbox(app!.page, title).isChecked()).toBe(false);
  expect((await itemOf(app.api, hire.id, title)).status).toBe('todo');
});

test('follow up, undo, mark not applicable with a reason; late items say so', async () => {
  const { page, api, hire } = await start();
  const title = 'Utse introduktör';
  await checkbox(page, title).click();
  await expect.poll(() => checkbox(page, title).isChecked()).toBe(true);

  await page.getByRole('button', { name: `Följ upp ${title}` }).click();
  await expect.poll(() => itemRow(page, title).textContent()).toContain('Uppföljd 23 nov av Anna Lindqvist');
  expect(await itemOf(api, hire.id, title)).toMatchObject({ status: 'followedUp', followedUp: { by: { name: SEED_PEOPLE.manager } } });
  // A followed-up item stays ticked; the follow-up can be undone from the notification.
  expect(await checkbox(page, title).isChecked()).toBe(true);
  await page.getByRole('button', { name: 'Ångra' }).click();
  await page.getByRole('button', { name: `Följ upp ${title}` }).waitFor();
  expect((await itemOf(api, hire.id, title)).status).toBe('done');

  const other = 'Schemalägg introduktörstid';
  await page.getByRole('button', { name: `Fler val för ${other}` }).click();
  await page.getByRole('menuitem', { name: 'Markera ej aktuell…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Markera som ej aktuell' });
  await dialog.getByRole('button', { name: 'Markera ej aktuell' }).click();
  await dialog.getByText('Skriv varför punkten inte är aktuell.').waitFor();
  await dialog.getByLabel('Varför är punkten inte aktuell?').fill('Introduktören har redan fasta tider.');
  await windowShot(page, 'plan-ej-aktuell');
  await dialog.getByRole('button', { name: 'Markera ej aktuell' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(() => itemRow(page, other).textContent()).toContain('Ej aktuell: Introduktören har redan fasta tider.');
  expect(await itemOf(api, hire.id, other)).toMatchObject({
    status: 'notApplicable',
    notApplicableReason: 'Introduktören har redan fasta tider.',
  });
  expect(await checkbox(page, other).isDisabled()).toBe(true);

  // And back again.
  await page.getByRole('button', { name: `Fler val för ${other}` }).click();
  await page.getByRole('menuitem', { name: 'Gör aktuell igen' }).click();
  await expect.poll(() => checkbox(page, other).isDisabled()).toBe(false);
  expect((await itemOf(api, hire.id, other)).status).toBe('todo');

  const late = (await planOf(api, hire.id)).items.find((i) => i.late)!;
  expect(await itemRow(page, late.title).textContent()).toContain('Försenad');
  const notLate = (await planOf(api, hire.id)).items.find((i) => !i.late && i.status === 'todo')!;
  expect(await itemRow(page, notLate.title).textContent()).not.toContain('Försenad');
});

test('filters show the late, this week, mine and not followed-up items', async () => {
  const { page, api, hire } = await start();
  for (const title of ['Utse introduktör', 'Skicka välkomstmejl']) {
    await checkbox(page, title).click();
    await expect.poll(() => checkbox(page, title).isChecked()).toBe(true);
  }
  const plan = await planOf(api, hire.id);
  const visibleCount = () => page.getByRole('checkbox').count();
  const choose = (name: RegExp) => page.getByRole('radiogroup', { name: 'Visa punkter' }).getByText(name).click();

  const late = plan.items.filter((i) => i.late);
  await choose(/^Försenade/);
  await expect.poll(visibleCount).toBe(late.length);
  await page.getByText(`Visar ${late.length} punkter`).waitFor();
  expect(await page.getByRole('radio', { name: `Försenade (${late.length})` }).count()).toBe(1);

  await choose(/^Ej uppföljda/);
  await expect.poll(visibleCount).toBe(2);
  await checkbox(page, 'Utse introduktör').waitFor();
  await checkbox(page, 'Skicka välkomstmejl').waitFor();

  const thisWeek = plan.items.filter((i) => i.dueDate >= '2026-11-23' && i.dueDate <= '2026-11-29');
  await choose(/^Denna vecka/);
  await expect.poll(visibleCount).toBe(thisWeek.length);
  expect(thisWeek.length).toBeGreaterThan(0);

  const manager = plan.hire.manager!;
  const mine = plan.items.filter((i) => i.responsiblePerson?.id === manager.id);
  await choose(/^Mina/);
  await expect.poll(visibleCount).toBe(mine.length);

  await choose(/^Alla/);
  await expect.poll(visibleCount).toBe(plan.items.length);
});

test("editing an item's note and dates saves them", async () => {
  const { page, api, hire } = await start();
  const title = 'Upprätta individuell kompetensutvecklingsplan';
  await page.getByRole('button', { name: `Fler val för ${title}` }).click();
  await page.getByRole('menuitem', { name: 'Redigera…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Redigera punkt' });
  await dialog.getByText('Datum som du ändrar här behålls om startdatumet ändras senare.').waitFor();
  await dialog.getByLabel('Anteckning').fill('Boka tid med HR om kurserna.');
  await dialog.getByLabel('Från').fill('2026-12-18');
  await dialog.getByLabel('Från').press('Escape');
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await dialog.getByText('Slutet kan inte ligga före början.').waitFor();
  await dialog.getByLabel('Från').fill('2026-11-30');
  await dialog.getByLabel('Klar senast').fill('2026-12-18');
  // Escape closes the calendar and leaves the dialog open.
  await dialog.getByLabel('Klar senast').press('Escape');
  await windowShot(page, 'plan-redigera-punkt');
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await dialog.waitFor({ state: 'hidden' });

  const row = itemRow(page, title);
  await expect.poll(() => row.textContent()).toContain('Anteckning: Boka tid med HR om kurserna.');
  expect(await row.textContent()).toContain('30 nov – 18 dec');
  expect(await itemOf(api, hire.id, title)).toMatchObject({
    note: 'Boka tid med HR om kurserna.',
    startDate: '2026-11-30',
    dueDate: '2026-12-18',
    datesEdited: true,
  });
});

test('without a chosen user a change is refused with the Swedish message, and nothing is ticked', async () => {
  const first = await start();
  const { dbPath, errors } = first.app;
  app = undefined;
  await first.app.close();
  expect(errors).toEqual([]);

  // Another computer account, which has remembered nobody: the app asks who is working.
  app = await launchApp({ dbPath, now: NOW, account: 'gemensam' });
  // The app asks who is working at start; this test goes on without answering.
  const asked = app.page.getByRole('dialog');
  if (
    await asked.waitFor({ timeout: 5000 }).then(
      () => true,
      () => false,
    )
  ) {
    // Escape closes an open list first, then the dialog.
    await expect
      .poll(async () => {
        if (await asked.isVisible()) await app!.page.keyboard.press('Escape');
        return asked.isVisible();
      })
      .toBe(false);
  }
  // No reload: that would ask who is working again.
  await openHire(app.page, first.hire.id, { reload: false });
  const box = checkbox(app.page, 'Utse introduktör');
  await box.click();
  await app.page.getByText('Välj vem du är innan du ändrar något, så att ändringen kan knytas till dig.').waitFor();
  expect(await box.isChecked()).toBe(false);
  expect(await box.isDisabled()).toBe(false);
  expect((await itemOf(app.api, first.hire.id, 'Utse introduktör')).status).toBe('todo');
});
