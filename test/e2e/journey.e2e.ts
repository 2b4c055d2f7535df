/**
 * The daily use end to end: a manager creates a hire in the UI, the introducer (switching user)
 * ticks items, the manager follows one up, the overview shows the progress, and after a relaunch
 * everything is still there with who and when.
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SEED_PEOPLE } from '../support/seed-hire';
import { launchApp } from './harness';

const NOW = () => '2026-11-23T09:00:00.000Z';
const TICKED = ['Välkomnande av enhetschefen', 'Rundvandring i lokalerna'];

async function becomeUser(page: Page, name: string) {
  await page
    .getByRole('banner')
    .getByRole('button', { name: /^(Inloggad som|Välj vem du är)/ })
    .click();
  const who = page.getByRole('dialog', { name: 'Vem är du?' });
  await who.getByRole('combobox', { name: 'Ditt namn' }).click();
  await page.getByRole('option', { name }).click();
  await who.getByRole('button', { name: 'Det är jag' }).click();
  await who.waitFor({ state: 'hidden' });
  await page
    .getByRole('banner')
    .getByRole('button', { name: `Inloggad som: ${name}` })
    .waitFor();
}

test(
  'manager creates a hire, the introducer ticks, the manager follows up, and it all survives a relaunch',
  { timeout: 180_000 },
  async () => {
    const app = await launchApp({ now: NOW });
    const { page, api } = app;
    for (const [name, role] of [
      [SEED_PEOPLE.manager, 'manager'],
      [SEED_PEOPLE.introducer, 'introducer'],
    ] as const) {
      await api.staff.createPerson({ name, title: '', team: 'Barn och familj', phone: '', email: '', roles: [role] });
    }
    await page.reload();
    const ask = page.getByRole('dialog', { name: 'Vem är du?' });
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Inte nu' }).click();
    await becomeUser(page, SEED_PEOPLE.manager);

    // The manager creates the hire through the form.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Nyanställda' }).click();
    await page.getByRole('link', { name: 'Ny nyanställd' }).click();
    await page.getByLabel('Namn').fill('Sofia Berg');
    await page.getByRole('combobox', { name: 'Team' }).fill('Barn och familj');
    await page.getByLabel('Startdatum').fill('2026-11-16');
    await page.getByLabel('Startdatum').press('Escape');
    await page.getByRole('combobox', { name: 'Introduktör' }).click();
    await page.getByRole('option', { name: SEED_PEOPLE.introducer }).click();
    await page.getByRole('radio', { name: 'Nyexaminerad' }).check();
    await page.getByRole('button', { name: 'Nästa: Granska planen' }).click();
    await page.getByRole('button', { name: 'Nästa: Spara' }).click();
    await page.getByRole('button', { name: 'Spara planen' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/nyanstallda\/\d+$/);
    const hireId = Number(/(\d+)$/.exec(page.url())![1]);

    // The introducer takes over the keyboard and ticks two items.
    await becomeUser(page, SEED_PEOPLE.introducer);
    for (const title of TICKED) {
      const box = page.getByRole('checkbox', { name: title, exact: true });
      await box.check();
      await expect.poll(() => box.isChecked()).toBe(true);
    }
    await app.screenshot('resa-introduktoren-bockar');

    // The manager follows one of them up.
    await becomeUser(page, SEED_PEOPLE.manager);
    await page.getByRole('button', { name: `Följ upp ${TICKED[0]}` }).click();
    await page.getByText('Uppföljd 23 nov av Anna Lindqvist', { exact: false }).first().waitFor();

    // The overview shows the progress.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();
    await page.getByRole('progressbar', { name: /^Vecka 1–4: 2 av \d+ klara$/ }).waitFor();
    await page.getByText('1 ej uppföljd', { exact: false }).waitFor();
    await app.screenshot('resa-oversikt');
    expect(app.errors).toEqual([]);
    await app.close();

    // Relaunch on the same file: still ticked, with who and when.
    const again = await launchApp({ dbPath: app.dbPath, now: NOW, userName: SEED_PEOPLE.manager });
    await again.page.goto(again.page.url().replace(/#.*$/, `#/nyanstallda/${hireId}`));
    for (const title of TICKED) {
      await expect.poll(() => again.page.getByRole('checkbox', { name: title, exact: true }).isChecked()).toBe(true);
    }
    await again.page.getByText('Klar 23 nov av Maria Nilsson', { exact: false }).first().waitFor();
    await again.page.getByText('Uppföljd 23 nov av Anna Lindqvist', { exact: false }).waitFor();
    const plan = await again.api.hires.getPlan({ hireId });
    if (!plan.ok) throw new Error(plan.error.message);
    const [welcomed, toured] = TICKED.map((title) => plan.value.items.find((i) => i.title === title)!);
    expect(welcomed).toMatchObject({
      status: 'followedUp',
      done: { by: { name: SEED_PEOPLE.introducer } },
      followedUp: { at: '2026-11-23T09:00:00.000Z', by: { name: SEED_PEOPLE.manager } },
    });
    expect(toured).toMatchObject({
      status: 'done',
      done: { at: '2026-11-23T09:00:00.000Z', by: { name: SEED_PEOPLE.introducer } },
      followedUp: null,
    });
    expect(again.errors).toEqual([]);
    await again.close();
  },
);
