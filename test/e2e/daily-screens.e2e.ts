import { expect, test } from 'vitest';
import { closeAppAfterEach, valueOf } from '../support/app-per-test';
import { checkbox, NOW, windowShot } from '../support/plan-page';
import { SEED_PEOPLE, seedHire, workAs } from '../support/seed-hire';
import { launchApp, type LaunchedApp } from './harness';

/** The screens a manager and an introducer open every day (issue 15), at a municipal laptop's 1366×768 and at 1920×1080. */
let app: LaunchedApp | undefined;
closeAppAfterEach(
  () => app,
  () => (app = undefined),
);

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** Four hires: one without an introducer, one far along, two that started this autumn; the introducer is working. */
async function withHires(viewport: { width: number; height: number }) {
  app = await launchApp({ now: NOW, viewport });
  const { api, page } = app;
  const first = await seedHire(api, { name: 'Sofia Berg', startDate: '2026-10-05' });
  await seedHire(api, { name: 'Karin Ek', startDate: '2026-11-02', withIntroducer: false });
  await seedHire(api, { name: 'Ali Hassan', startDate: '2026-06-01' });
  await seedHire(api, { name: 'Emma Lund', startDate: '2026-11-16' });
  const other = await valueOf(
    api.staff.createPerson({ name: 'Jonas Ek', title: '', team: '', phone: '', email: '', roles: ['introducer'] }),
  );
  const hires = await valueOf(api.hires.listHires({ archived: false }));
  const emma = hires.find((h) => h.name === 'Emma Lund')!;
  const { title, team, newlyGraduated } = emma;
  await valueOf(
    api.hires.updateHire({
      hireId: emma.id,
      name: emma.name,
      title,
      team,
      newlyGraduated,
      managerId: emma.manager!.id,
      introducerId: other.id,
    }),
  );
  await workAs(api, SEED_PEOPLE.introducer);
  await page.reload();
  return { app, page, api, first };
}

test.each(SIZES)(
  'Översikt at $width×$height: urgent first, filters, the load summary near the top, cards that fit',
  { timeout: 120_000 },
  async (size) => {
    const { page } = await withHires(size);
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    const cards = page.locator('article');
    await expect.poll(() => cards.count()).toBe(4);
    // Late items and a missing introducer first.
    const names = await cards.locator('h2').allInnerTexts();
    expect(names.indexOf('Karin Ek')).toBeLessThan(names.indexOf('Emma Lund'));
    expect(names[0]).not.toBe('Emma Lund');
    // The introducers' time is summarised above the first card.
    const summary = (await page.getByRole('region', { name: 'Introduktörernas tid' }).boundingBox())!;
    expect(summary.y + summary.height).toBeLessThan(size.height);
    // More than one and a half cards are on the first screen.
    const boxes = await Promise.all((await cards.all()).slice(0, 3).map((c) => c.boundingBox()));
    const visible = boxes.reduce((n, b) => n + Math.max(0, Math.min(1, (size.height - b!.y) / b!.height)), 0);
    expect(visible).toBeGreaterThan(1.5);
    await windowShot(page, `oversikt-${size.width}`);

    await page
      .locator('label')
      .filter({ hasText: /^Mina$/ })
      .click();
    await expect.poll(() => cards.count()).toBe(2);
    expect(await cards.locator('h2').allInnerTexts()).not.toContain('Emma Lund');
    await page
      .locator('label')
      .filter({ hasText: /^Alla$/ })
      .click();
    await page.getByRole('combobox', { name: 'Introduktör' }).click();
    await page.getByRole('option', { name: 'Jonas Ek' }).click();
    await expect.poll(() => cards.locator('h2').allInnerTexts()).toEqual(['Emma Lund']);
    await page
      .locator('label')
      .filter({ hasText: /^Tabell$/ })
      .click();
    await page.getByRole('table', { name: 'Översikt' }).waitFor();
    await windowShot(page, `oversikt-tabell-${size.width}`);
  },
);

test(
  'a count on Översikt opens the checklist with that filter, and the filter chosen is remembered for the person',
  { timeout: 120_000 },
  async () => {
    const { page, api, first } = await withHires(SIZES[0]);
    await page.getByRole('link', { name: 'Visa de försenade punkterna för Sofia Berg' }).click();
    await page.getByRole('tab', { name: 'Checklista' }).waitFor();
    expect(await page.getByRole('radio', { name: /^Försenade/ }).isChecked()).toBe(true);

    await page
      .locator('label')
      .filter({ hasText: /^Denna vecka/ })
      .click();
    const openFirst = async () => {
      await page.goto(page.url().replace(/#.*$/, '#/oversikt'));
      await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
      await page.goto(page.url().replace(/#.*$/, `#/nyanstallda/${first.id}`));
      await page.reload();
      await page.getByRole('tab', { name: 'Checklista' }).waitFor();
    };
    await openFirst();
    expect(await page.getByRole('radio', { name: /^Denna vecka/ }).isChecked()).toBe(true);

    // Someone else at the same computer starts from their own choice, not the introducer's.
    await workAs(api, SEED_PEOPLE.manager);
    await openFirst();
    expect(await page.getByRole('radio', { name: /^Alla/ }).isChecked()).toBe(true);
  },
);

test.each(SIZES)('the hire page at $width×$height starts its checklist on the first screen', { timeout: 120_000 }, async (size) => {
  const { page, api, first } = await withHires(size);
  await page.goto(page.url().replace(/#.*$/, `#/nyanstallda/${first.id}`));
  await page.getByRole('tab', { name: 'Checklista' }).waitFor();
  const plan = await valueOf(api.hires.getPlan({ hireId: first.id }));
  const box = (await checkbox(page, plan.items[0]!.title).boundingBox())!;
  expect(box.y + box.height).toBeLessThan(size.height);
  await windowShot(page, `hire-page-${size.width}`);
});

test.each(SIZES)('Nyanställda at $width×$height filters by introducer and by unit manager', { timeout: 120_000 }, async (size) => {
  const { page } = await withHires(size);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Nyanställda' }).click();
  const rows = page.getByRole('table').locator('tbody tr');
  await expect.poll(() => rows.count()).toBe(4);
  await page.getByRole('combobox', { name: 'Introduktör' }).click();
  await page.getByRole('option', { name: 'Jonas Ek' }).click();
  await expect.poll(() => rows.count()).toBe(1);
  await page.getByRole('combobox', { name: 'Enhetschef' }).click();
  await page.getByRole('option', { name: SEED_PEOPLE.manager }).click();
  await expect.poll(() => rows.count()).toBe(1);
  await windowShot(page, `nyanstallda-${size.width}`);
});
