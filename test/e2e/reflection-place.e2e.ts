import dayjs from 'dayjs';
import 'dayjs/locale/sv';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { calendarProblems } from '../support/ical-check';
import { closeAppAfterEach, valueOf } from '../support/app-per-test';
import { tempDir } from '../support/paths';
import { NOW, openHire, windowShot } from '../support/plan-page';
import { SEED_PEOPLE, seedHire } from '../support/seed-hire';
import { launchApp, type LaunchedApp } from './harness';
import { draftOf, openDefaultProgramme, shot } from './program-helpers';

/**
 * Where reflection sessions are held and who leads them: the programme's default in the norms
 * tab, a session's own on the hire's Reflektion tab, and both in the calendar file as LOCATION
 * and ORGANIZER. The clock is Monday 23 November 2026.
 */

let app: LaunchedApp | undefined;
closeAppAfterEach(
  () => app,
  () => (app = undefined),
);

/** "ons 2 dec 2026", as the page writes a date. */
const day = (iso: string) => dayjs(iso).locale('sv').format('ddd D MMM YYYY');

test('the programme’s norms take a default place and leader role, saved with the norms', async () => {
  app = await launchApp({ now: NOW });
  const { page } = app;
  await openDefaultProgramme(page);
  await page.getByRole('tab', { name: 'Normer' }).click();
  const place = page.getByRole('textbox', { name: 'Plats' });
  expect(await place.inputValue()).toBe('');
  expect(await page.getByRole('combobox', { name: 'Leds av' }).inputValue()).toBe('Introduktören');
  await place.fill('Konferensrummet Ripan');
  await page.getByRole('combobox', { name: 'Leds av' }).click();
  await page.getByRole('option', { name: 'Enhetschefen' }).click();
  await page.getByText('Ändringarna är inte sparade.').waitFor();
  await page.getByRole('button', { name: 'Spara normerna' }).click();
  await page.getByText('Normerna har sparats.').waitFor();
  expect((await draftOf(app)).content.norms.reflection).toMatchObject({ place: 'Konferensrummet Ripan', leaderRole: 'manager' });
  await place.scrollIntoViewIfNeeded();
  await shot(app, 'program-normer-plats-ledare');
});

test('a session gets a place and a leader on the Reflektion tab; the calendar file says where and who', async () => {
  const seeding = await launchApp({ now: NOW });
  // The introducer has an e-mail address, so the calendar names her as organizer.
  await valueOf(
    seeding.api.staff.createPerson({
      name: SEED_PEOPLE.introducer,
      title: 'Socialsekreterare',
      team: 'Barn och familj',
      phone: '',
      email: 'maria.nilsson@exempel.se',
      roles: ['introducer'],
    }),
  );
  const hire = await seedHire(seeding.api, { startDate: '2026-10-05' });
  await seeding.close();
  app = await launchApp({ dbPath: seeding.dbPath, now: NOW, userName: SEED_PEOPLE.manager });
  const { page, api } = app;
  await openHire(page, hire.id);
  await page.getByRole('tab', { name: 'Reflektion' }).click();
  const table = page.getByRole('table', { name: 'Reflektionsträffar för Sofia Berg' });
  await table.waitFor();
  // The default programme: the introducer leads, no place yet.
  await page.getByText(`Leds av ${SEED_PEOPLE.introducer}.`).waitFor();
  const { sessions } = await valueOf(api.reflection.getSessions({ hireId: hire.id }));
  const next = sessions.find((s) => s.date >= '2026-11-23')!;
  const row = table.getByRole('row', { name: new RegExp(day(next.date)) });
  expect(await row.textContent()).toContain(`Leds av ${SEED_PEOPLE.introducer}`);

  await row.getByRole('button', { name: `Åtgärder för träffen ${day(next.date)}` }).click();
  await page.getByRole('menuitem', { name: 'Plats och ledare…' }).click();
  const dialog = page.getByRole('dialog', { name: `Plats och ledare för träffen ${day(next.date)}` });
  await dialog.getByText('Skriv inga klientuppgifter här.').waitFor();
  // Nothing changed yet: saying so rather than saving.
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await dialog.getByText('Plats och ledare är redan de här.').waitFor();
  await dialog.getByLabel('Plats').fill('Samtalsrummet Ripan, plan 2');
  await dialog.getByRole('combobox', { name: 'Leds av' }).click();
  await page.getByRole('option', { name: SEED_PEOPLE.manager }).click();
  await page.waitForTimeout(300);
  await windowShot(page, 'reflektion-plats-dialog');
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(() => row.textContent()).toContain('Samtalsrummet Ripan, plan 2');
  expect(await row.textContent()).toContain(`Leds av ${SEED_PEOPLE.manager}`);
  const changed = (await valueOf(api.reflection.getSessions({ hireId: hire.id }))).sessions.find((s) => s.id === next.id)!;
  expect(changed).toMatchObject({ date: next.date, place: 'Samtalsrummet Ripan, plan 2', leader: { name: SEED_PEOPLE.manager } });
  await page.locator('.mantine-Notification-root').first().locator('.mantine-Notification-closeButton').click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await app.screenshot('reflektion-plats-ledare');

  // The change is in the hire's history.
  const history = await valueOf(api.audit.hireHistory({ hireId: hire.id }));
  expect(history.at(-1)).toMatchObject({ action: 'reflection.placed' });

  // The calendar file: LOCATION for the session; the manager has no address, so no organizer
  // there, while the introducer's sessions name her.
  const file = path.join(tempDir(), 'Sofia Berg.ics');
  app.desktop.answerSave(file);
  await page.getByRole('button', { name: 'Exportera kalender (.ics)' }).click();
  await page.getByText('Sparades som Sofia Berg.ics').waitFor();
  const text = readFileSync(file, 'utf8');
  expect(calendarProblems(text)).toEqual([]);
  const events = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent');
  const placed = events.find((e) => e.getFirstPropertyValue('location') !== null)!;
  expect(placed.getFirstPropertyValue('location')).toBe('Samtalsrummet Ripan, plan 2');
  expect(placed.getFirstPropertyValue('organizer')).toBeNull();
  const led = events.filter(
    (e) =>
      String(e.getFirstPropertyValue('summary')).startsWith('Reflektionsträff') &&
      e.getFirstPropertyValue('organizer') === 'mailto:maria.nilsson@exempel.se',
  );
  expect(led.length).toBe(sessions.length - 1);
});
