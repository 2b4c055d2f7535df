import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { closeAppAfterEach, valueOf } from '../support/app-per-test';
import { NOW, openHire, settle, windowShot } from '../support/plan-page';
import { TEST_RESULTS, tempDir } from '../support/paths';
import { SEED_PEOPLE, seedHire } from '../support/seed-hire';
import { launchApp, type LaunchedApp } from './harness';

/**
 * Grupper through the UI (issue 19, part 3): a reflection group made, a hire and meetings added,
 * attendance ticked, the calendar and the attendance list saved, the month-12 move to the ordinary
 * group, and the hire's Reflektion tab saying which slots a group session met.
 * Monday 23 November 2026; Sofia Berg started Tuesday 1 December 2025.
 */

let app: LaunchedApp | undefined;
closeAppAfterEach(
  () => app,
  () => (app = undefined),
);

test(
  'the manager starts the new hires’ reflection group, records a meeting and moves Sofia to the ordinary group at month 12',
  { timeout: 150_000 },
  async () => {
    const seeding = await launchApp({ now: NOW });
    const hire = await seedHire(seeding.api, { startDate: '2025-12-01' });
    const people = await valueOf(seeding.api.staff.listPeople());
    await valueOf(
      seeding.api.groups.saveGroup({
        groupId: null,
        group: {
          kind: 'reflection',
          name: 'Reflektionsgrupp IFO',
          leaderId: people.find((p) => p.name === SEED_PEOPLE.manager)!.id,
          leaderName: '',
          place: 'Stadshuset, rum Luossa',
          weekday: 4,
          time: '14:00',
          durationMinutes: 90,
          maxMembers: 12,
          meetingsPerYear: 12,
        },
      }),
    );
    await seeding.close();
    app = await launchApp({ dbPath: seeding.dbPath, now: NOW, userName: SEED_PEOPLE.manager });
    const { page } = app;

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Grupper' }).click();
    await page.getByRole('heading', { name: 'Grupper', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Ny grupp' }).click();
    const form = page.getByRole('dialog', { name: 'Ny grupp' });
    await form.getByRole('button', { name: 'Spara gruppen' }).click();
    await form.getByText('Fältet måste fyllas i.').waitFor();
    await form.getByText('Välj en ledare i personallistan eller skriv namnet på en extern handledare.').waitFor();
    await form.getByLabel('Namn').fill('Reflektionsgrupp nyanställda');
    await form.getByRole('combobox', { name: 'Ledare i personallistan' }).click();
    await page.getByRole('option', { name: SEED_PEOPLE.introducer }).click();
    await form.getByLabel('Plats').fill('Stadshuset, rum Kebne');
    await windowShot(page, 'group-form');
    await form.getByRole('button', { name: 'Spara gruppen' }).click();
    await form.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: 'Reflektionsgrupp nyanställda', level: 1 }).waitFor();

    // Sofia joins from her first day.
    const members = page.getByRole('region', { name: 'Medlemmar' });
    await members.getByRole('button', { name: 'Lägg till medlem' }).click();
    const add = page.getByRole('dialog', { name: 'Lägg till medlem' });
    await add.getByRole('combobox', { name: 'Nyanställd' }).click();
    await page.getByRole('option', { name: 'Sofia Berg' }).click();
    await add.getByLabel('Från och med').fill('2025-12-01');
    await add.getByLabel('Från och med').press('Escape');
    await add.getByRole('button', { name: 'Lägg till medlem' }).click();
    await add.waitFor({ state: 'hidden' });
    await members.getByRole('cell', { name: /^Sofia Berg/ }).waitFor();
    await members.getByText('Till ordinarie grupp tis 1 dec 2026').waitFor();

    // Four meetings from November on Wednesdays at 13:00: the 1st and 3rd Wednesday of each month.
    const sessions = page.getByRole('region', { name: 'Träffar' });
    await sessions.getByRole('button', { name: 'Planera träffar' }).click();
    const plan = page.getByRole('dialog', { name: 'Planera träffar' });
    await plan.getByLabel('Från och med').fill('2026-11-01');
    await plan.getByLabel('Från och med').press('Escape');
    await plan.getByLabel('Antal träffar').fill('4');
    await plan.getByRole('button', { name: 'Planera' }).click();
    await plan.waitFor({ state: 'hidden' });
    const table = sessions.getByRole('table', { name: 'Träffar i Reflektionsgrupp nyanställda' });
    expect(await table.getByRole('row').count()).toBe(5);
    await table.getByRole('cell', { name: 'ons 16 dec 2026', exact: true }).waitFor();

    // The meeting on 4 November: Sofia was there.
    await settle(page);
    await table.getByRole('button', { name: 'Registrera närvaro ons 4 nov 2026' }).click();
    const attendance = page.getByRole('dialog', { name: 'Närvaro ons 4 nov 2026' });
    await expect.poll(() => attendance.getByRole('checkbox', { name: 'Sofia Berg' }).isChecked()).toBe(true);
    // The dialog fades in; the picture is taken once it is there.
    await page.waitForTimeout(400);
    await windowShot(page, 'group-attendance');
    await attendance.getByRole('button', { name: 'Spara närvaron' }).click();
    await attendance.waitFor({ state: 'hidden' });
    const first = table.getByRole('row').filter({ hasText: 'ons 4 nov 2026' });
    await first.getByText('Hållen').waitFor();
    await first.getByText('1 av 1').waitFor();
    await settle(page);
    await windowShot(page, 'group-page');

    // The calendar with the place, and the attendance list to print.
    const ics = path.join(tempDir(), 'grupp.ics');
    app.desktop.answerSave(ics);
    await page.getByRole('button', { name: 'Exportera kalender (.ics)' }).click();
    await page.getByText(/Sparad: grupp\.ics/).waitFor();
    const calendar = readFileSync(ics, 'utf8');
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(calendar).toContain('LOCATION:Stadshuset\\, rum Kebne');
    const pdf = path.join(tempDir(), 'narvaro.pdf');
    app.desktop.answerSave(pdf);
    await page.getByRole('button', { name: 'Skriv ut närvarolista' }).click();
    await page.getByText(/Sparad: narvaro\.pdf/).waitFor();
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');

    // Month 12: Sofia moves to the ordinary group from 1 December, in one step.
    await members.getByRole('button', { name: 'Flytta Sofia Berg till ordinarie reflektionsgrupp' }).click();
    const move = page.getByRole('dialog', { name: 'Flytta Sofia Berg till ordinarie reflektionsgrupp' });
    await expect.poll(() => move.getByRole('combobox', { name: 'Ordinarie reflektionsgrupp' }).inputValue()).toBe('Reflektionsgrupp IFO');
    // The dialog fades in; the picture is taken once it is there.
    await page.waitForTimeout(400);
    await windowShot(page, 'group-move');
    await move.getByRole('button', { name: 'Flytta' }).click();
    await move.waitFor({ state: 'hidden' });
    await members.getByRole('cell', { name: 'mån 30 nov 2026', exact: true }).waitFor();

    // The hire's Reflektion tab: her groups, and the November slot met by the group.
    await openHire(page, hire.id);
    await page.getByRole('tab', { name: 'Reflektion' }).click();
    const card = page.getByRole('region', { name: 'Grupper' });
    await card.getByText(/Reflektionsgrupp IFO · Reflektionsgrupp · tis 1 dec 2026/).waitFor();
    const cadence = card.getByRole('table', { name: 'Hur reflektionsträffarna för Sofia Berg har blivit av' });
    await cadence.getByText('Grupp: Reflektionsgrupp nyanställda').waitFor();
    await cadence.getByText('Saknas').first().waitFor();
    await settle(page);
    await card.screenshot({ path: path.join(TEST_RESULTS, 'screenshots', 'hire-reflection-groups.png') });
  },
);
