import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { createDemo } from '../../electron/main/demo/create-demo';
import { valueOf, closeAppAfterEach } from '../support/app-per-test';
import { MIGRATIONS, tempDir } from '../support/paths';
import { windowShot } from '../support/plan-page';
import { launchApp, type LaunchedApp } from './harness';

/** Archiving a finished plan, retention, erasing behind a typed name, and a hire's history, on the example database. */

let app: LaunchedApp | undefined;
closeAppAfterEach(
  () => app,
  () => (app = undefined),
);

let clock = '2026-11-23T09:00:00.000Z';

async function start() {
  clock = '2026-11-23T09:00:00.000Z';
  const folder = tempDir();
  const [dbPath] = await createDemo({ outDir: folder, migrationsFolder: MIGRATIONS, appVersion: 'e2e', now: clock });
  app = await launchApp({ dbPath, now: () => clock, userName: 'Anna Lindqvist' });
  return app;
}

const go = (app: LaunchedApp, hash: string) => app.page.goto(app.page.url().replace(/#.*$/, `#${hash}`));

test('a finished plan is archived, read-only, proposed for erasing after the retention years, and erased by typing the name', async () => {
  const { page, api } = await start();
  const [finished] = await valueOf(api.hires.listHires({ archived: true }));
  expect(finished?.name).toBe('Per Niemi');

  await go(app!, '/nyanstallda?visa=arkiv');
  await page.getByRole('table', { name: 'Avslutade introduktioner' }).getByRole('link', { name: 'Per Niemi' }).click();
  await page.getByRole('button', { name: 'Personuppgifter för Per Niemi' }).click();
  await page.getByRole('menuitem', { name: 'Arkivera planen …' }).click();
  const confirm = page.getByRole('dialog', { name: 'Arkivera planen för Per Niemi?' });
  await confirm.getByText('När den har legat i arkivet i 2 år', { exact: false }).waitFor();
  await confirm.getByRole('button', { name: 'Arkivera' }).click();
  await page.getByText('Planen arkiverades', { exact: false }).waitFor();
  await windowShot(page, 'integritet-arkiverad-plan');

  // Read-only: main refuses, and the page says why.
  await page.getByRole('button', { name: 'Återuppta' }).click();
  await page.getByRole('dialog', { name: 'Återuppta introduktionen för Per Niemi?' }).getByRole('button', { name: 'Återuppta' }).click();
  await page.getByText('Planen är arkiverad och kan inte ändras. Ta fram den ur arkivet först.').waitFor();
  expect((await valueOf(api.hires.getPlan({ hireId: finished!.id }))).hire.finishedAt).not.toBeNull();

  await page.getByRole('link', { name: 'Nyanställda', exact: true }).click();
  await page.locator('label', { hasText: /^Arkiverade$/ }).click();
  const archived = page.getByRole('table', { name: 'Arkiverade planer' });
  await archived.getByRole('row', { name: /Per Niemi/ }).waitFor();
  expect(await page.getByRole('table', { name: 'Avslutade introduktioner' }).count()).toBe(0);
  await windowShot(page, 'integritet-arkiverade');

  // Three years later the retention card proposes it; nothing has been erased by itself.
  clock = '2029-11-23T09:00:00.000Z';
  await page.getByRole('link', { name: 'Inställningar' }).click();
  const proposed = page.getByRole('table', { name: 'Planer som föreslås för radering' });
  await proposed.getByRole('row', { name: /Per Niemi/ }).waitFor();
  await page.getByText('1 plan har legat i arkivet längre än gallringstiden.').waitFor();
  await proposed.scrollIntoViewIfNeeded();
  await windowShot(page, 'integritet-gallring');

  // A backup from before the erase will still hold him; the erase names it.
  await valueOf(api.backup.createNow());
  clock = '2029-11-23T09:30:00.000Z';
  await proposed.getByRole('button', { name: 'Radera Per Niemi …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Radera Per Niemi för alltid?' });
  await dialog.getByText('Äldre säkerhetskopior innehåller fortfarande uppgifterna tills de roteras bort.', { exact: false }).waitFor();
  const erase = dialog.getByRole('button', { name: 'Radera för alltid' });
  expect(await erase.isDisabled()).toBe(true);
  await dialog.getByLabel('Skriv namnet för att bekräfta').fill('per niemi');
  expect(await erase.isDisabled()).toBe(true);
  await dialog.getByLabel('Skriv namnet för att bekräfta').fill('Per Niemi');
  expect(await erase.isDisabled()).toBe(false);
  await windowShot(page, 'integritet-radera');
  await erase.click();
  await dialog.waitFor({ state: 'hidden' });
  const result = page.getByRole('dialog', { name: 'Per Niemi har raderats' });
  await result.getByText('databasfilen är rensad', { exact: false }).waitFor();
  await result.getByText('Uppgifterna finns fortfarande i 1 säkerhetskopia', { exact: false }).waitFor();
  await result.getByText(/introplan-20291123-\d{6}-manuell\.db \(Manuell, /).waitFor();
  await page.waitForTimeout(400); // the modal fades in; the picture is for a person to look at
  await windowShot(page, 'integritet-raderad');
  await result.getByRole('button', { name: 'Stäng' }).last().click();
  await result.waitFor({ state: 'hidden' });
  await page.getByText('Ingen arkiverad plan har legat i arkivet längre än 2 år.').waitFor();

  // Gallring lists the copy that still holds him, and deletes it on request.
  const copies = page.getByRole('table', { name: 'Säkerhetskopior med raderade nyanställda' });
  await copies.getByRole('row', { name: /Manuell/ }).waitFor();
  await copies.scrollIntoViewIfNeeded();
  await windowShot(page, 'integritet-gallring-kopior');
  await page.getByRole('button', { name: 'Radera dessa kopior …' }).click();
  await page.getByRole('dialog', { name: 'Radera kopiorna?' }).getByRole('button', { name: 'Radera kopiorna' }).click();
  await page.getByText('Ingen säkerhetskopia innehåller någon som har raderats.').waitFor();

  expect(await valueOf(api.privacy.listArchived())).toEqual([]);
  expect(await api.hires.getPlan({ hireId: finished!.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  // The event outlives the person: the trail keeps it, without a name.
  const trail = await valueOf(api.audit.hireHistory({ hireId: finished!.id }));
  expect(trail.at(-1)).toMatchObject({ action: 'hire.erased', actor: 'Anna Lindqvist' });
  expect(JSON.stringify(trail)).not.toContain('Per Niemi');

  const target = path.join(tempDir(), 'hela-historiken.csv');
  app!.desktop.answerSave(target);
  await page.getByRole('button', { name: 'Exportera hela historiken …' }).click();
  await page.getByText('Historiken har sparats som hela-historiken.csv.').waitFor();
  const csv = readFileSync(target, 'utf8');
  expect(csv).toContain(
    `;Anna Lindqvist;Raderade den nyanställda med hela planen;Nyanställd;hire.erased;${finished!.id};${finished!.id}\r\n`,
  );
  expect(csv).not.toContain('Per Niemi');
});

test('another hire’s Historik tab says who did what and when, exports it as CSV, and free-text fields warn about client data', async () => {
  const { page, api } = await start();
  const hire = (await valueOf(api.hires.listHires({ archived: false }))).find((h) => h.name === 'Ahmed Hassan')!;
  const item = (await valueOf(api.hires.getPlan({ hireId: hire.id }))).items.find((i) => i.status === 'todo')!;
  await valueOf(api.plans.setItemStatus({ itemId: item.id, status: 'done' }));

  await go(app!, `/nyanstallda/${hire.id}`);
  await page.getByRole('tab', { name: 'Historik' }).click();
  const table = page.getByRole('table', { name: 'Historik för Ahmed Hassan' });
  const ticked = table.getByRole('row', {
    name: new RegExp(`Anna Lindqvist.*Bockade av punkten ”${item.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`),
  });
  await ticked.waitFor();
  await table.getByRole('row', { name: /Skapade planen \(\d+ punkter\)/ }).waitFor();
  // Newest first.
  expect(await table.locator('tbody tr').first().textContent()).toContain('Bockade av');
  await windowShot(page, 'integritet-historik');

  const target = path.join(tempDir(), 'historik.csv');
  app!.desktop.answerSave(target);
  await page.getByRole('button', { name: 'Exportera historik …' }).click();
  await page.getByText('Historiken har sparats som historik.csv.').waitFor();
  const csv = readFileSync(target);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.subarray(3).toString('utf8')).toMatch(/^Tidpunkt;Vem;Vad;Typ;Händelse;Id;Nyanställd \(id\)\r\n/);

  await page.getByRole('tab', { name: 'Checklista' }).click();
  await page.getByRole('button', { name: `Fler val för ${item.title}` }).click();
  await page.getByRole('menuitem', { name: 'Redigera…' }).click();
  const edit = page.getByRole('dialog', { name: 'Redigera punkt' });
  await edit.getByText('Skriv inga klientuppgifter här.').waitFor();
});
