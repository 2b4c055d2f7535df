import dayjs from 'dayjs';
import 'dayjs/locale/sv';
import { expect, test } from 'vitest';
import { NOW, openHire, windowShot } from '../support/plan-page';
import { closeAppAfterEach, valueOf } from '../support/app-per-test';
import { SEED_PEOPLE, seedHire } from '../support/seed-hire';
import { launchApp, type LaunchedApp } from './harness';

/** The forms people fill in daily (issue 15): asked who they are in time, warned of namesakes and of dates that are not. */
let app: LaunchedApp | undefined;

/** An app with one hire seeded (Karin Ek unless named), the manager working, and the page reloaded to read it. */
async function withHire(options: Parameters<typeof launchApp>[0] = {}, name = 'Karin Ek') {
  app = await launchApp({ now: NOW, ...options });
  const hire = await seedHire(app.api, { name });
  await app.page.reload();
  return { app, page: app.page, api: app.api, hire };
}
closeAppAfterEach(
  () => app,
  () => (app = undefined),
);

test('"Vem är du?" is asked once the first person is added, a namesake is warned of, and pickers tell namesakes apart', async () => {
  app = await launchApp({ now: NOW });
  const { page } = app;
  await page.getByRole('link', { name: 'Personal' }).click();
  const add = async (name: string, title: string) => {
    await page.getByRole('button', { name: 'Lägg till person' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lägg till person' });
    await dialog.getByLabel('Namn').fill(name);
    await dialog.getByLabel('Befattning').fill(title);
    return dialog;
  };
  const first = await add('Anna Lind', 'Enhetschef');
  await first.getByRole('checkbox', { name: 'Enhetschef' }).check();
  await first.getByRole('button', { name: 'Spara' }).click();
  await first.waitFor({ state: 'hidden' });

  // Asked right away, not when the first save is refused.
  const who = page.getByRole('dialog', { name: 'Vem är du?' });
  await who.waitFor();
  await who.getByRole('button', { name: 'Inte nu' }).click();
  await who.waitFor({ state: 'hidden' });

  const second = await add('anna lind ', 'Socialsekreterare');
  await second.getByRole('status').getByText('Det finns redan en Anna Lind i personallistan (Enhetschef).').waitFor();
  await app.screenshot('personal-samma-namn');
  await second.getByRole('button', { name: 'Spara' }).click();
  await second.waitFor({ state: 'hidden' });
  // Said "Inte nu" once: a second person added does not ask again.
  expect(await who.count()).toBe(0);

  await page.getByRole('banner').getByRole('button', { name: 'Välj vem du är' }).click();
  await who.getByRole('combobox', { name: 'Ditt namn' }).click();
  await page.getByRole('option', { name: 'Anna Lind (Enhetschef)' }).waitFor();
  await page.getByRole('option', { name: 'anna lind (Socialsekreterare)' }).waitFor();
  await page.keyboard.press('Escape');
  await who.getByRole('button', { name: 'Avbryt' }).click();

  // The new-hire form says at once that a name is needed, not at its last step.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Nyanställda' }).click();
  await page.getByRole('link', { name: 'Ny nyanställd' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ny nyanställd' }).waitFor();
  await page.getByText('Planen sparas med ditt namn. Välj vem du är innan du sparar.').waitFor();
  expect(app.errors).toEqual([]);
});

test('a typed start date closes the calendar; text that is no date stays with an error and is not saved', async () => {
  const { app, page } = await withHire();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Nyanställda' }).click();
  await page.getByRole('link', { name: 'Ny nyanställd' }).click();
  const start = page.getByLabel('Startdatum');
  const calendar = page.locator('.mantine-Popover-dropdown:visible');

  await start.click();
  await calendar.waitFor();
  await start.pressSequentially('2026-12-07');
  await expect.poll(() => calendar.count()).toBe(0);
  await page.getByText('Börjar mån 7 dec 2026, vecka 50.').waitFor();
  // The next field is not covered: a click on it lands on it.
  await page.getByRole('combobox', { name: 'Team' }).click({ trial: true, timeout: 2_000 });

  await start.fill('');
  await start.pressSequentially('2026-13-45');
  await start.press('Tab');
  await page.getByText('”2026-13-45” är inget datum. Skriv till exempel 2026-10-12 eller 12 okt 2026.').waitFor();
  expect(await start.inputValue()).toBe('2026-13-45');
  expect(await start.getAttribute('aria-invalid')).toBe('true');
  // Nothing is said about the start of a date that does not exist.
  expect(await page.getByText(/^Börjar /).count()).toBe(0);
  await page.getByLabel('Namn').fill('Sofia Berg');
  await page.getByRole('button', { name: 'Nästa: Granska planen' }).click();
  // Refused before anything is sent: still the form, the text and its message kept.
  expect(await page.getByRole('table', { name: 'Individuell planering' }).count()).toBe(0);
  await page.getByText('”2026-13-45” är inget datum.', { exact: false }).waitFor();
  expect(await start.inputValue()).toBe('2026-13-45');
  await app.screenshot('nyanstalld-felaktigt-datum');
  expect(app.errors).toEqual([]);
});

test('the review keeps Spara in view at 1366×768, and saving from there stores the plan', async () => {
  const { app, page, api } = await withHire({ viewport: { width: 1366, height: 768 } });
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Nyanställda' }).click();
  await page.getByRole('link', { name: 'Ny nyanställd' }).click();
  await page.getByLabel('Namn').fill('Sofia Berg');
  await page.getByRole('combobox', { name: 'Team' }).fill('Barn och familj');
  await page.getByLabel('Startdatum').fill('2026-12-07');
  await page.getByLabel('Startdatum').press('Escape');
  await page.getByRole('combobox', { name: 'Introduktör' }).click();
  await page.getByRole('option', { name: SEED_PEOPLE.introducer }).click();
  await page.getByRole('button', { name: 'Nästa: Granska planen' }).click();
  await page.getByText('86 av 86 punkter från programmet tas med.').waitFor();

  const save = page.getByRole('button', { name: 'Spara planen' });
  for (const y of [0, 3000, 100_000]) {
    await page.evaluate((top) => window.scrollTo({ top }), y);
    const box = (await save.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    expect(box.y).toBeGreaterThanOrEqual(0);
  }
  await page.evaluate(() => window.scrollTo({ top: 3000 }));
  await windowShot(page, 'nyanstalld-granska-spara-synlig');
  await save.click();
  await expect.poll(() => page.url()).toMatch(/#\/nyanstallda\/\d+$/);
  const hires = await valueOf(api.hires.listHires({ archived: false }));
  expect(hires.map((h) => h.name).sort()).toEqual(['Karin Ek', 'Sofia Berg']);
  expect(app.errors).toEqual([]);
});

test('a session ahead is marked held only after a deliberate confirmation', async () => {
  const { app, page, api, hire } = await withHire({}, 'Sofia Berg');
  await openHire(page, hire.id);
  const sessionsNow = async () => (await valueOf(api.reflection.getSessions({ hireId: hire.id }))).sessions;
  const ahead = (await sessionsNow()).find((s) => s.status === 'planned' && s.date > NOW().slice(0, 10))!;
  const day = dayjs(ahead.date).locale('sv').format('ddd D MMM YYYY');
  await page.getByRole('tab', { name: 'Reflektion' }).click();
  await page.getByRole('button', { name: `Åtgärder för träffen ${day}` }).click();
  await page.getByRole('menuitem', { name: 'Markera som hållen…' }).click();
  const dialog = page.getByRole('dialog', { name: /som hållen/ });
  await dialog.getByText('och den dagen har inte kommit än.', { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Markera som hållen' }).click();
  await dialog.getByText('Bekräfta att träffen redan har hållits, eller avbryt.').waitFor();
  expect((await sessionsNow()).find((s) => s.id === ahead.id)!.status).toBe('planned');
  await app.screenshot('reflektion-framtida-bekrafta');
  await dialog.getByRole('checkbox', { name: 'Träffen har redan hållits, före det planerade datumet' }).check();
  await dialog.getByRole('button', { name: 'Markera som hållen' }).click();
  await dialog.waitFor({ state: 'hidden' });
  expect((await sessionsNow()).find((s) => s.id === ahead.id)!.status).toBe('held');
  expect(app.errors).toEqual([]);
});

test('in English: one word for a new hire, the usual job title and public holidays in English', async () => {
  const { app, page, hire } = await withHire({ language: 'en' }, 'Sofia Berg');
  await page.goto(page.url().replace(/#.*$/, `#/nyanstallda/${hire.id}`));
  await page.reload();
  await page.getByRole('tab', { name: 'Week schedule' }).click();
  await page
    .getByText(/Christmas Eve \(/)
    .first()
    .waitFor();
  expect(await page.getByText(/julafton/).count()).toBe(0);
  await page.getByRole('link', { name: 'All new hires' }).click();
  await page.getByRole('link', { name: 'New hire', exact: true }).click();
  expect(await page.getByLabel('Job title').inputValue()).toBe('Social worker');
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/new employee/i);
  expect(app.errors).toEqual([]);
});
