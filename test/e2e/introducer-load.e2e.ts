import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { isMeetingItem } from '../../electron/shared/rules/calendar-events';
import { calendarProblems } from '../support/ical-check';
import { NOW } from '../support/plan-page';
import { tempDir } from '../support/paths';
import { SEED_PEOPLE, seedHire } from '../support/seed-hire';
import { launchApp } from './harness';

/** Översikt: the introducers' load, who is behind, and every hire's calendar in one file. */

test('two hires with the same introducer and no logged hours: 8 h of norm, both behind; a third makes it too many', async () => {
  const app = await launchApp({ now: NOW });
  const { page, api } = app;
  // Both started at least five weeks before Monday 23 November 2026, so four complete weeks lie behind them.
  const sofia = await seedHire(api, { name: 'Sofia Berg', startDate: '2026-10-05' });
  const johan = await seedHire(api, { name: 'Johan Ek', startDate: '2026-10-12' });
  const load = await api.hours.introducerLoad();
  if (!load.ok) throw new Error(load.error.message);
  expect(load.value).toHaveLength(1);
  expect(load.value[0]).toMatchObject({
    introducer: { name: SEED_PEOPLE.introducer },
    normHours: 8,
    loggedHoursPerWeek: 0,
    overloaded: false,
  });
  expect(load.value[0]!.hires.map((h) => [h.name, h.behind])).toEqual(
    expect.arrayContaining([
      ['Sofia Berg', true],
      ['Johan Ek', true],
    ]),
  );
  await page.reload();

  const section = page.getByRole('region', { name: 'Introduktörernas belastning' });
  const table = section.getByRole('table', { name: 'Introduktörernas belastning' });
  const row = table.getByRole('row', { name: new RegExp(SEED_PEOPLE.introducer) });
  await row.waitFor();
  const cells = row.getByRole('cell');
  expect(await cells.nth(0).textContent()).toBe(SEED_PEOPLE.introducer);
  expect(await cells.nth(1).textContent()).toBe('2');
  expect(await cells.nth(2).textContent()).toBe('8 h');
  expect(await cells.nth(3).textContent()).toBe('0 h');
  expect(await row.getByText('Hög belastning').count()).toBe(0);
  for (const name of ['Sofia Berg', 'Johan Ek']) {
    const hire = row.getByRole('listitem').filter({ has: page.getByRole('link', { name }) });
    await hire.getByText('Ligger efter').waitFor();
    await hire.getByText('4 h', { exact: true }).waitFor();
    // The hire's card says so too.
    await page.getByRole('article', { name }).getByText('Introduktörstiden ligger efter').waitFor();
  }

  // Logging two hours for Sofia shows as an average over the last four weeks.
  expect(
    (await api.hours.logHours({ hireId: sofia.id, date: '2026-11-18', minutes: 120, purpose: '', personId: load.value[0]!.introducer.id }))
      .ok,
  ).toBe(true);
  // A third year-1 hire for the same introducer is more than 8 h a week: too many introductions.
  const third = await seedHire(api, { name: 'Lina Holm', startDate: '2026-11-16' });
  await page.reload();
  await row.getByText('Hög belastning').waitFor();
  expect(await cells.nth(1).textContent()).toBe('3');
  expect(await cells.nth(2).textContent()).toBe('12 h');
  expect(await cells.nth(3).textContent()).toBe('0,5 h');
  const lina = row.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Lina Holm' }) });
  await lina.waitFor();
  // One week in: nothing complete enough to be behind.
  expect(await lina.getByText('Ligger efter').count()).toBe(0);
  expect(await page.getByRole('article', { name: 'Lina Holm' }).getByText('Introduktörstiden ligger efter').count()).toBe(0);
  await app.screenshot('oversikt-belastning');

  // The name links to the hire's page.
  await lina.getByRole('link', { name: 'Lina Holm' }).click();
  await page.getByRole('heading', { level: 1, name: 'Lina Holm' }).waitFor();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();

  // Every running hire's calendar in one file.
  const file = path.join(tempDir(), 'Introduktioner.ics');
  app.desktop.answerSave(file);
  await page.getByRole('button', { name: 'Exportera alla kalendrar (.ics)' }).click();
  await page.getByText('Sparades som Introduktioner.ics').waitFor();
  const ics = readFileSync(file, 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
  expect(calendarProblems(ics)).toEqual([]);
  let events = 0;
  for (const hire of [sofia, johan, third]) {
    const reflection = await api.reflection.getSessions({ hireId: hire.id });
    const plan = await api.hires.getPlan({ hireId: hire.id });
    if (!reflection.ok || !plan.ok) throw new Error('could not read the hire');
    // The sessions, two years of introducer time and the plan's follow-up talks.
    events += reflection.value.sessions.length + 2 + plan.value.items.filter(isMeetingItem).length;
    expect(ics).toContain(`Reflektionsträff – ${hire.name}`);
  }
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(events);
  expect(app.errors).toEqual([]);
  await app.close();
});
