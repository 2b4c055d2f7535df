import dayjs from 'dayjs';
import 'dayjs/locale/sv';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import type { Api } from '../../electron/shared/api';
import { isMeetingItem } from '../../electron/shared/rules/calendar-events';
import type { HireHours, HireReflection } from '../../electron/shared/schemas/hours';
import { NOW, openHire, settle, windowShot } from '../support/plan-page';
import { calendarProblems } from '../support/ical-check';
import { tempDir } from '../support/paths';
import { SEED_PEOPLE, seedHire } from '../support/seed-hire';
import { launchApp, type LaunchedApp } from './harness';
import { closeAppAfterEach, valueOf } from '../support/app-per-test';

/**
 * Introducer hours and reflection sessions on the hire page, through the UI: log time and see the
 * balance move, refused entries, remove and undo, the booked slot; hold, cancel, move, add and
 * reopen sessions; the calendar file. The clock is Monday 23 November 2026 (week 48).
 */

let app: LaunchedApp | undefined;

closeAppAfterEach(
  () => app,
  () => (app = undefined),
);

const hoursOf = (api: Api, hireId: number): Promise<HireHours> => valueOf(api.hours.getHours({ hireId }));
const sessionsOf = (api: Api, hireId: number): Promise<HireReflection> => valueOf(api.reflection.getSessions({ hireId }));
/** "ons 14 jan 2026", as the page writes a date. */
const day = (iso: string) => dayjs(iso).locale('sv').format('ddd D MMM YYYY');

async function start() {
  // Seed on a first launch, then relaunch with the manager as the one working.
  const seeding = await launchApp({ now: NOW });
  const hire = await seedHire(seeding.api, { startDate: '2026-10-05' });
  await seeding.close();
  expect(seeding.errors).toEqual([]);
  app = await launchApp({ dbPath: seeding.dbPath, now: NOW, userName: SEED_PEOPLE.manager });
  await openHire(app.page, hire.id);
  return { app, page: app.page, api: app.api, hire };
}

test('logging introducer time through the form moves the balance; bad entries are refused; removing can be undone', async () => {
  const { page, api, hire } = await start();
  const before = await hoursOf(api, hire.id);
  // Eight weeks of 4 h (weeks 41–48, no days off) and nothing logged: 32 h behind, and behind the rule.
  expect(before.summary).toMatchObject({ expected: 8 * 240, logged: 0, balance: -8 * 240, behind: true, behindLastFourWeeks: 4 * 240 });

  await page.getByRole('tab', { name: 'Introduktörstid' }).click();
  const balance = page.getByRole('group', { name: 'Saldo' });
  await balance.getByText('−32 h').waitFor();
  await page.getByRole('group', { name: 'Förväntat hittills' }).getByText('32 h').waitFor();
  await page.getByRole('alert').filter({ hasText: 'Introduktören ligger efter: 16 h under normen de senaste fyra veckorna.' }).waitFor();
  await page.getByText('4 h/vecka år 1, 2 h/vecka år 2').waitFor();
  await page.getByText('Ingen tid är loggad ännu.').waitFor();

  const form = page.getByRole('region', { name: 'Logga tid' });
  // Defaults: today, the hire's introducer.
  expect(await form.getByLabel('Datum').inputValue()).toBe('23 november 2026');
  expect(await form.getByRole('combobox', { name: 'Vem' }).inputValue()).toBe(SEED_PEOPLE.introducer);
  await form.getByText('Skriv inga klientuppgifter här.').waitFor();

  // 2 hours: the balance moves by exactly +120 minutes.
  await form.getByRole('textbox', { name: 'Tid', exact: true }).fill('2 h');
  await form.getByText('Loggas som 2 h.').waitFor();
  await form.getByLabel('Vad tiden användes till').fill('Genomgång av utredningsmallen');
  await form.getByRole('button', { name: 'Logga tid' }).click();
  await balance.getByText('−30 h').waitFor();
  const after = await hoursOf(api, hire.id);
  expect(after.summary.balance - before.summary.balance).toBe(120);
  expect(after.summary.logged).toBe(120);
  expect(after.entries).toHaveLength(1);
  expect(after.entries[0]).toMatchObject({
    date: '2026-11-23',
    minutes: 120,
    purpose: 'Genomgång av utredningsmallen',
    person: { name: SEED_PEOPLE.introducer },
    loggedBy: { name: SEED_PEOPLE.manager },
  });
  const entries = page.getByRole('table', { name: 'Loggad introduktörstid för Sofia Berg, senaste först' });
  const row = entries.getByRole('row', { name: /mån 23 nov 2026/ });
  await row.waitFor();
  expect(await row.textContent()).toContain('Genomgång av utredningsmallen');
  expect(await row.textContent()).toContain(SEED_PEOPLE.introducer);
  expect(await row.textContent()).toContain('2 h');
  // The form is ready for the next entry.
  expect(await form.getByRole('textbox', { name: 'Tid', exact: true }).inputValue()).toBe('');
  // The week table has this week's 2 h and the running balance.
  const weeks = page.getByRole('table', { name: 'Introduktörstid per vecka, senaste först' });
  const week48 = weeks.getByRole('row', { name: /v\. 48 2026/ });
  expect(await week48.textContent()).toContain('−30 h');
  await settle(page);
  await app!.screenshot('tid-loggad');

  // A 30-hour day is a typing mistake: refused in the form, nothing sent.
  await form.getByRole('textbox', { name: 'Tid', exact: true }).fill('30');
  await form.getByRole('button', { name: 'Logga tid' }).click();
  await form.getByText('Högst 12 timmar per dag.').waitFor();
  expect(await form.getByRole('textbox', { name: 'Tid', exact: true }).getAttribute('aria-invalid')).toBe('true');
  // Unreadable text says how to write it.
  await form.getByRole('textbox', { name: 'Tid', exact: true }).fill('två timmar');
  await form.getByRole('button', { name: 'Logga tid' }).click();
  await form.getByText('Skriv tiden som 2 h, 1:30 eller 90 min.').waitFor();
  // Before the start date: main refuses with its Swedish message, shown at the date.
  await form.getByRole('textbox', { name: 'Tid', exact: true }).fill('1:30');
  await form.getByText('Loggas som 1 h 30 min.').waitFor();
  await form.getByLabel('Datum').fill('2026-10-01');
  await form.getByLabel('Datum').press('Escape');
  await form.getByRole('button', { name: 'Logga tid' }).click();
  await form.getByText('Datumet ligger före startdatumet (2026-10-05).').waitFor();
  await windowShot(page, 'tid-fel-datum');
  // And 11 more hours on a day that already has 2 is more than 12 in a day.
  await form.getByLabel('Datum').fill('2026-11-23');
  await form.getByLabel('Datum').press('Escape');
  await form.getByRole('textbox', { name: 'Tid', exact: true }).fill('11 h');
  await form.getByRole('button', { name: 'Logga tid' }).click();
  await form.getByText('Det ryms högst 10 h till den dagen (högst 12 timmar per dag).').waitFor();
  expect((await hoursOf(api, hire.id)).entries).toHaveLength(1);

  // Remove asks first, then offers the way back.
  await row.getByRole('button', { name: 'Ta bort tidsposten mån 23 nov 2026, 2 h' }).click();
  const confirm = page.getByRole('dialog', { name: 'Ta bort tidsposten?' });
  await confirm.getByText('2 h den mån 23 nov 2026 tas bort från introduktörstiden.').waitFor();
  await confirm.getByRole('button', { name: 'Ta bort' }).click();
  await page.getByText('Tidsposten mån 23 nov 2026, 2 h togs bort.').waitFor();
  await balance.getByText('−32 h').waitFor();
  expect((await hoursOf(api, hire.id)).entries).toHaveLength(0);
  await page.getByRole('button', { name: 'Ångra' }).click();
  await page.getByText('Tidsposten mån 23 nov 2026, 2 h är tillbaka.').waitFor();
  await balance.getByText('−30 h').waitFor();
  const restored = await hoursOf(api, hire.id);
  expect(restored.entries).toHaveLength(1);
  expect(restored.entries[0]).toMatchObject({
    date: '2026-11-23',
    minutes: 120,
    purpose: 'Genomgång av utredningsmallen',
    person: { name: SEED_PEOPLE.introducer },
  });

  // The booked weekly slot.
  expect(before.slot).toEqual({ weekday: expect.any(Number), time: expect.any(String) });
  await page.getByRole('button', { name: 'Ändra bokad tid' }).click();
  const slotDialog = page.getByRole('dialog', { name: 'Bokad introduktörstid för Sofia Berg' });
  await slotDialog.getByRole('combobox', { name: 'Veckodag' }).click();
  await page.getByRole('option', { name: 'torsdag' }).click();
  await slotDialog.getByRole('textbox', { name: 'Klockslag' }).fill('9.30');
  await slotDialog.getByRole('button', { name: 'Spara bokad tid' }).click();
  await slotDialog.getByText('Ange klockslag som tt:mm, till exempel 13:00.').waitFor();
  await slotDialog.getByRole('textbox', { name: 'Klockslag' }).fill('09:30');
  await slotDialog.getByRole('button', { name: 'Spara bokad tid' }).click();
  await slotDialog.waitFor({ state: 'hidden' });
  await page.getByTestId('introducer-slot').getByText('torsdagar kl. 09:30').waitFor();
  expect((await hoursOf(api, hire.id)).slot).toEqual({ weekday: 4, time: '09:30' });
  await settle(page);
  await app!.screenshot('tid-introduktorstid');
});

test('reflection sessions: mark held, cancel with a reason, move, add an extra one, undo; then export the calendar', async () => {
  const { page, api, hire } = await start();
  const initial = await sessionsOf(api, hire.id);
  expect(initial.sessions.length).toBeGreaterThan(10);
  expect(initial.ordinaryGroupFrom).not.toBeNull();

  await page.getByRole('tab', { name: 'Reflektion' }).click();
  const table = page.getByRole('table', { name: 'Reflektionsträffar för Sofia Berg' });
  await table.waitFor();
  expect(await table.locator('tbody tr').count()).toBe(initial.sessions.length);
  await page.getByText(`Från ${day(initial.ordinaryGroupFrom!)} går Sofia Berg över till den ordinarie reflektionsgruppen.`).waitFor();

  const past = initial.sessions.filter((s) => s.date < '2026-11-23');
  const future = initial.sessions.filter((s) => s.date >= '2026-11-23');
  expect(past.length).toBeGreaterThan(1);
  expect(future.length).toBeGreaterThan(2);
  const rowOf = (date: string) => table.getByRole('row', { name: new RegExp(day(date)) });
  const menu = async (date: string, item: string) => {
    await rowOf(date)
      .getByRole('button', { name: `Åtgärder för träffen ${day(date)}` })
      .click();
    await page.getByRole('menuitem', { name: item }).click();
  };
  // A past session not yet marked says so.
  expect(await rowOf(past[0]!.date).textContent()).toContain('Passerad – markera som hållen eller inställd');

  // Mark the first session held, with who attended and a theme.
  const held = past[0]!;
  await menu(held.date, 'Markera som hållen…');
  const holdDialog = page.getByRole('dialog', { name: `Markera träffen ${day(held.date)} som hållen` });
  expect(await holdDialog.getByLabel('Vilka deltog').inputValue()).toBe(`Sofia Berg, ${SEED_PEOPLE.introducer}`);
  expect(await holdDialog.getByText('Skriv inga klientuppgifter här.').count()).toBe(2);
  await holdDialog.getByLabel('Vilka deltog').fill('Sofia Berg, Maria Nilsson, Anna Lindqvist');
  await holdDialog.getByLabel('Tema').fill('Myndighetsrollen');
  await windowShot(page, 'reflektion-markera-hallen');
  await holdDialog.getByRole('button', { name: 'Markera som hållen' }).click();
  await holdDialog.waitFor({ state: 'hidden' });
  await rowOf(held.date).getByText('Hållen', { exact: true }).waitFor();
  expect(await rowOf(held.date).textContent()).toContain('Tema: Myndighetsrollen');
  expect(await rowOf(held.date).textContent()).toContain('Deltog: Sofia Berg, Maria Nilsson, Anna Lindqvist');
  expect((await sessionsOf(api, hire.id)).sessions.find((s) => s.id === held.id)).toMatchObject({
    status: 'held',
    attendees: 'Sofia Berg, Maria Nilsson, Anna Lindqvist',
    theme: 'Myndighetsrollen',
  });

  // Cancel the next one; a reason is required.
  const cancelled = future[0]!;
  await menu(cancelled.date, 'Ställ in…');
  const cancelDialog = page.getByRole('dialog', { name: `Ställ in träffen ${day(cancelled.date)}` });
  await cancelDialog.getByText('Skriv inga klientuppgifter här.').waitFor();
  await cancelDialog.getByRole('button', { name: 'Ställ in träffen' }).click();
  await cancelDialog.getByText('Fältet måste fyllas i.').waitFor();
  await cancelDialog.getByLabel('Orsak').fill('Introduktören på utbildning');
  await cancelDialog.getByRole('button', { name: 'Ställ in träffen' }).click();
  await cancelDialog.waitFor({ state: 'hidden' });
  await rowOf(cancelled.date).getByText('Inställd', { exact: true }).waitFor();
  expect(await rowOf(cancelled.date).textContent()).toContain('Orsak: Introduktören på utbildning');
  expect((await sessionsOf(api, hire.id)).sessions.find((s) => s.id === cancelled.id)).toMatchObject({
    status: 'cancelled',
    cancelReason: 'Introduktören på utbildning',
  });

  // Move the one after it by a day, to another time.
  const moved = future[1]!;
  const newDate = dayjs(moved.date).add(1, 'day').format('YYYY-MM-DD');
  await menu(moved.date, 'Flytta…');
  const moveDialog = page.getByRole('dialog', { name: `Flytta träffen ${day(moved.date)}` });
  await moveDialog.getByLabel('Nytt datum').fill(newDate);
  await moveDialog.getByLabel('Nytt datum').press('Escape');
  await moveDialog.getByLabel('Klockslag').fill('10:15');
  await moveDialog.getByRole('button', { name: 'Flytta träffen' }).click();
  await moveDialog.waitFor({ state: 'hidden' });
  await page.getByText(`Träffen flyttades till ${day(newDate)} kl. 10:15.`).waitFor();
  expect((await sessionsOf(api, hire.id)).sessions.find((s) => s.id === moved.id)).toMatchObject({
    date: newDate,
    time: '10:15',
    status: 'planned',
  });
  expect(await rowOf(newDate).textContent()).toContain('10:15–');

  // An extra session.
  await page.getByRole('button', { name: 'Lägg till extra träff' }).click();
  const addDialog = page.getByRole('dialog', { name: 'Lägg till en extra reflektionsträff' });
  await addDialog.getByLabel('Datum').fill('2026-12-03');
  await addDialog.getByLabel('Datum').press('Escape');
  await addDialog.getByLabel('Klockslag').fill('14:00');
  await addDialog.getByLabel('Längd i minuter').fill('60');
  await addDialog.getByRole('button', { name: 'Lägg till träffen' }).click();
  await addDialog.waitFor({ state: 'hidden' });
  const extraRow = rowOf('2026-12-03');
  await extraRow.getByText('Extra', { exact: true }).waitFor();
  expect(await extraRow.textContent()).toContain('14:00–15:00');
  const withExtra = await sessionsOf(api, hire.id);
  expect(withExtra.sessions).toHaveLength(initial.sessions.length + 1);
  expect(withExtra.sessions.find((s) => s.date === '2026-12-03')).toMatchObject({
    time: '14:00',
    durationMinutes: 60,
    extra: true,
    status: 'planned',
  });
  expect(await table.locator('tbody tr').count()).toBe(initial.sessions.length + 1);
  await settle(page);
  await app!.screenshot('reflektion-traffar');

  // Ångra makes a held session planned again, and it can be marked again.
  await menu(held.date, 'Ångra');
  await page.getByText(`Träffen ${day(held.date)} är planerad igen.`).waitFor();
  await rowOf(held.date).getByText('Planerad', { exact: true }).waitFor();
  expect((await sessionsOf(api, hire.id)).sessions.find((s) => s.id === held.id)!.status).toBe('planned');
  await menu(held.date, 'Markera som hållen…');
  await page
    .getByRole('dialog', { name: `Markera träffen ${day(held.date)} som hållen` })
    .getByRole('button', { name: 'Markera som hållen' })
    .click();
  await rowOf(held.date).getByText('Hållen', { exact: true }).waitFor();

  // The calendar: every session (cancelled ones as CANCELLED) and the weekly introducer time per year.
  const file = path.join(tempDir(), 'Sofia Berg.ics');
  app!.desktop.answerSave(file);
  await page.getByRole('button', { name: 'Exportera kalender (.ics)' }).click();
  await page.getByText('Sparades som Sofia Berg.ics').waitFor();
  const ics = readFileSync(file, 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
  const sessions = (await sessionsOf(api, hire.id)).sessions;
  expect(calendarProblems(ics)).toEqual([]);
  // Sessions, the introducer time of two years, and the plan's follow-up talks.
  const meetings = (await valueOf(api.hires.getPlan({ hireId: hire.id }))).items.filter(isMeetingItem);
  expect(meetings.length).toBeGreaterThan(5);
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(sessions.length + 2 + meetings.length);
  expect(ics).toContain('STATUS:CANCELLED');
  expect(app!.desktop.asked.at(-1)).toMatchObject({ kind: 'save', defaultName: 'Sofia Berg.ics' });
});

test("without a current user, logging is refused with main's message and the choice of who you are", async () => {
  const seeding = await launchApp({ now: NOW });
  const hire = await seedHire(seeding.api, { startDate: '2026-10-05' });
  await seeding.close();
  // Another computer account, which has remembered nobody: the app asks who is working.
  app = await launchApp({ dbPath: seeding.dbPath, now: NOW, account: 'gemensam' });
  const { page, api } = app;
  await page.getByRole('button', { name: 'Inte nu' }).click();
  await openHire(page, hire.id);
  await page.getByRole('button', { name: 'Inte nu' }).click();
  await page.getByRole('tab', { name: 'Introduktörstid' }).click();
  const form = page.getByRole('region', { name: 'Logga tid' });
  await form.getByRole('textbox', { name: 'Tid', exact: true }).fill('1 h');
  await form.getByRole('button', { name: 'Logga tid' }).click();
  const notice = page.locator('.mantine-Notification-root').filter({ hasText: 'Välj vem du är innan du ändrar något' });
  await notice.getByRole('button', { name: 'Välj vem du är' }).waitFor();
  expect((await hoursOf(api, hire.id)).entries).toHaveLength(0);
});

test('before the start date the tab says when the introduction starts, and shows no figures yet', async () => {
  app = await launchApp({ now: NOW });
  const hire = await seedHire(app.api, { name: 'Johan Ek', startDate: '2026-12-07' });
  await openHire(app.page, hire.id);
  await app.page.getByRole('tab', { name: 'Introduktörstid' }).click();
  await app.page
    .getByText('Johan Ek börjar måndag 7 december 2026. Tid kan loggas från startdagen, och normen räknas från den veckan.')
    .waitFor();
  expect(await app.page.getByRole('region', { name: 'Logga tid' }).count()).toBe(0);
  expect(await app.page.getByRole('group', { name: 'Saldo' }).count()).toBe(0);
  await app.page.getByRole('button', { name: 'Exportera kalender (.ics)' }).waitFor();
});
