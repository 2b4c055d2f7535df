import Database from 'better-sqlite3';
import dayjs from 'dayjs';
import 'dayjs/locale/sv';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { valueOf } from '../support/app-per-test';
import { TEST_RESULTS } from '../support/paths';
import { E2E_NOW, launchApp, type LaunchedApp } from './harness';

const ANNA = 'Anna Lindqvist';

async function addDayOff(app: LaunchedApp, date: string, label: string) {
  const card = app.page.getByRole('region', { name: 'Egna lediga dagar' });
  await card.getByLabel('Datum').fill(date);
  await card.getByLabel('Datum').press('Escape');
  await card.getByLabel('Benämning').fill(label);
  await card.getByRole('button', { name: 'Lägg till' }).click();
  await card.getByRole('row', { name: new RegExp(label) }).waitFor();
}

test('Säkerhetskopior: back up, change, restore through the confirmation; the change is gone and the state before is kept', async () => {
  const app = await launchApp();
  const { page, api } = app;
  const anna = await valueOf(
    api.staff.createPerson({ name: ANNA, title: 'Enhetschef', team: '', phone: '', email: '', roles: ['manager'] }),
  );
  await valueOf(api.session.setCurrentUser({ personId: anna.id }));
  await page.reload();
  await page.getByRole('link', { name: 'Inställningar' }).click();

  const backups = page.getByRole('region', { name: 'Säkerhetskopior' });
  await backups.getByText('Inga säkerhetskopior ännu.').waitFor();
  await addDayOff(app, '2026-12-28', 'Före kopian');
  await backups.getByRole('button', { name: 'Säkerhetskopiera nu' }).click();
  await page.getByText('Säkerhetskopian är sparad och kontrollerad.').waitFor();
  const manual = backups.getByRole('row', { name: /Manuell/ });
  // Taken at the pinned clock; the row shows it as the app's date format (dayjs, Swedish) does.
  const [backup] = (await valueOf(api.backup.getStatus())).backups;
  const taken = dayjs(backup!.takenAt).locale('sv');
  expect(backup!.takenAt.slice(0, 10)).toBe(E2E_NOW.slice(0, 10));
  await expect.poll(() => manual.textContent()).toMatch(new RegExp(`^${taken.format('ddd D MMM YYYY [kl.] HH.mm')}Manuell\\d+ kBOK`));
  await addDayOff(app, '2026-12-29', 'Efter kopian');
  await backups.screenshot({ path: path.join(TEST_RESULTS, 'screenshots', 'sakerhetskopior-kort.png') });

  const when = taken.format('dddd D MMMM YYYY [kl.] HH.mm');
  await manual.getByRole('button', { name: `Återställ säkerhetskopian från ${when}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Återställa säkerhetskopian?' });
  await confirm.getByText(`Uppgifterna ersätts med läget från ${when}. Det nuvarande läget sparas först som en säkerhetskopia.`).waitFor();
  await page.waitForTimeout(300); // let the dialog finish fading in for the picture
  await app.screenshot('sakerhetskopior-aterstall-bekrafta');
  await confirm.getByRole('button', { name: 'Återställ' }).click();

  // The page reloads on the restored database; the computer account still names Anna, who is in
  // its staff list, so she is recognised without being asked.
  await page.getByText(`Säkerhetskopian från ${when} är återställd.`, { exact: false }).waitFor();
  await page.getByRole('button', { name: `Inloggad som: ${ANNA}` }).waitFor();
  expect(await page.getByRole('dialog', { name: 'Vem är du?' }).count()).toBe(0);

  const daysOff = page.getByRole('region', { name: 'Egna lediga dagar' });
  await daysOff.getByRole('row', { name: /Före kopian/ }).waitFor();
  expect(await daysOff.getByRole('row', { name: /Efter kopian/ }).count()).toBe(0);
  await backups.getByRole('row', { name: /Före återställning/ }).waitFor();
  expect(await backups.getByRole('row', { name: /Manuell/ }).count()).toBe(1);
  expect((await valueOf(api.settings.listDaysOff())).map((d) => d.label)).toEqual(['Före kopian']);
  await backups.screenshot({ path: path.join(TEST_RESULTS, 'screenshots', 'sakerhetskopior-efter-aterstallning.png') });
  expect(app.errors).toEqual([]);
  await app.close();
});

test('a damaged backup shows as unusable without "Återställ", and a failed automatic backup is reported', async () => {
  const app = await launchApp();
  const { page, api } = app;
  const anna = await valueOf(api.staff.createPerson({ name: ANNA, title: '', team: '', phone: '', email: '', roles: ['manager'] }));
  await valueOf(api.session.setCurrentUser({ personId: anna.id }));
  const { folder } = await valueOf(api.backup.getStatus());
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'introplan-20261120-080000-auto.db'), 'inte en databas');
  // What the scheduler in main stores when the share is offline at quit (it does not run in this harness).
  const failure = { at: '2026-11-20T16:30:00.000Z', ok: false, takenAt: null, failure: 'folder-unreachable' };
  const sqlite = new Database(app.dbPath);
  sqlite.prepare("INSERT INTO preferences (key, value) VALUES ('backup.lastAutomatic', ?)").run(JSON.stringify(failure));
  sqlite.close();
  await page.reload();
  await page.getByRole('link', { name: 'Inställningar' }).click();
  const card = page.getByRole('region', { name: 'Säkerhetskopior' });
  const row = card.getByRole('row', { name: /Automatisk/ });
  await row.getByText('Obrukbar: filen är ingen Introplan-databas.').waitFor();
  expect(await row.getByRole('button').count()).toBe(0);
  await card
    .getByRole('alert')
    .getByText(
      'Den automatiska säkerhetskopieringen fredag 20 november 2026 kl. 17.30 misslyckades: mappen för säkerhetskopior går inte att nå',
      { exact: false },
    )
    .waitFor();
  await card.screenshot({ path: path.join(TEST_RESULTS, 'screenshots', 'sakerhetskopior-obrukbar.png') });
  expect(app.errors).toEqual([]);
  await app.close();
});
