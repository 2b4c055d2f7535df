import { expect, test } from 'vitest';
import { formatMinutes } from '../../electron/shared/rules/duration';
import { launchApp, type LaunchedApp } from './harness';
import { checkbox, NOW, openHire, scheduleOf, windowShot } from '../support/plan-page';
import { seedHire } from '../support/seed-hire';
import { closeAppAfterEach } from '../support/app-per-test';

let app: LaunchedApp | undefined;

closeAppAfterEach(
  () => app,
  () => (app = undefined),
);

async function openSchedule() {
  app = await launchApp({ now: NOW });
  const hire = await seedHire(app.api, { startDate: '2026-10-05' });
  await openHire(app.page, hire.id);
  return { page: app.page, api: app.api, hire };
}

test('the week schedule opens on this week (v. 48 2026), marked and in view', async () => {
  const { page, api, hire } = await openSchedule();
  // Something ticked in the checklist shows in the schedule too.
  await checkbox(page, 'Upprätta individuell kompetensutvecklingsplan').click();
  await expect.poll(() => checkbox(page, 'Upprätta individuell kompetensutvecklingsplan').isChecked()).toBe(true);

  await page.getByRole('tab', { name: 'Veckoschema' }).click();
  const table = page.getByRole('table', { name: 'Veckoschema för Sofia Berg, en rad per vecka' });
  await table.waitFor();
  const current = table.locator('tbody tr[aria-current="date"]');
  await current.waitFor();
  expect(await current.count()).toBe(1);
  const text = await current.textContent();
  expect(text).toContain('v. 48');
  expect(text).toContain('2026');
  expect(text).toContain('23–29 nov');
  expect(text).toContain('Denna vecka');
  expect(text).toMatch(/Upprätta individuell kompetensutvecklingsplan\s*Klar/);
  await expect
    .poll(() =>
      current.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }),
    )
    .toBe(true);
  await windowShot(page, 'plan-veckoschema');

  const schedule = await scheduleOf(api, hire.id);
  expect(schedule.filter((r) => r.current).map((r) => [r.year, r.week])).toEqual([[2026, 48]]);
  expect(await table.locator('tbody tr').count()).toBe(schedule.length);

  // Away and back again with the button.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: 'Gå till denna vecka' }).click();
  await expect
    .poll(() =>
      current.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight && document.activeElement === el;
      }),
    )
    .toBe(true);
});

test('week 53 exists with nyårsafton, holidays have names, and late items are marked', async () => {
  const { page, api, hire } = await openSchedule();
  await page.getByRole('tab', { name: 'Veckoschema' }).click();
  const table = page.getByRole('table', { name: /^Veckoschema för Sofia Berg/ });
  await table.locator('tbody tr[aria-current="date"]').waitFor();
  const rows = table.locator('tbody tr');
  const week = (week: number, year: number) =>
    rows.filter({ has: page.getByText(`v. ${week}`, { exact: true }) }).filter({ hasText: String(year) });

  const week53 = week(53, 2026);
  expect(await week53.count()).toBe(1);
  expect(await week53.textContent()).toContain('28 dec – 3 jan');
  expect(await week53.textContent()).toContain('nyårsafton (tor 31 dec)');
  expect(await week(52, 2026).textContent()).toContain('julafton (tor 24 dec)');
  expect(await week(25, 2027).textContent()).toContain('midsommarafton (fre 25 jun)');

  const schedule = await scheduleOf(api, hire.id);
  const late = schedule.flatMap((r) => r.items.filter((i) => i.late));
  expect(late.length).toBeGreaterThan(0);
  expect(await table.getByText('Försenad', { exact: true }).count()).toBe(late.length);
  const week45 = await week(45, 2026).textContent();
  for (const item of schedule.find((r) => r.week === 45 && r.year === 2026)!.items) {
    expect(week45).toContain(item.title);
    if (item.late) expect(week45).toContain(`${item.title}Försenad`);
  }

  // Time per week is shown in hours and minutes.
  const row48 = schedule.find((r) => r.current)!;
  const text48 = await week(48, 2026).textContent();
  expect(text48).toContain(formatMinutes(row48.hireMinutes));
  expect(text48).toContain(formatMinutes(row48.introducerMinutes));
  expect(await rows.count()).toBe(schedule.length);
});
