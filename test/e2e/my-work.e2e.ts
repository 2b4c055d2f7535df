import { afterEach, expect, test } from 'vitest';
import { valueOf } from '../support/app-per-test';
import { NOW, windowShot } from '../support/plan-page';
import { SEED_PEOPLE, seedHire, workAs } from '../support/seed-hire';
import { launchApp, type LaunchedApp } from './harness';

const apps: LaunchedApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) {
    const { errors } = app;
    await app.close();
    expect(errors).toEqual([]);
  }
});

/** Maria introduces three hires at different stages; the app is opened on her computer account. */
async function introducerWithThreeHires() {
  const app = await launchApp({ now: NOW });
  apps.push(app);
  const hires = [
    await seedHire(app.api, { name: 'Sofia Berg', startDate: '2026-10-05' }),
    await seedHire(app.api, { name: 'Ylva Östlund', startDate: '2026-11-02' }),
    await seedHire(app.api, { name: 'Per Holm', startDate: '2026-11-16' }),
  ];
  await workAs(app.api, SEED_PEOPLE.introducer);
  await app.page.reload();
  await app.page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
  return { app, hires };
}

const openMyWork = async (app: LaunchedApp) => {
  await app.page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: /Mina uppgifter/ })
    .click();
  await app.page.getByRole('heading', { name: 'Mina uppgifter', level: 1 }).waitFor();
};

test('an introducer with three hires ticks four items and logs last week’s hours from Mina uppgifter alone', async () => {
  const { app, hires } = await introducerWithThreeHires();
  // Recognised from the computer account: no "Vem är du?".
  await expect.poll(() => app.page.getByRole('button', { name: 'Inloggad som: Maria Nilsson' }).isVisible()).toBe(true);
  await openMyWork(app);
  const late = app.page.getByRole('region', { name: 'Försenat' });
  const before = await valueOf(app.api.tasks.getMine());
  const lateTasks = before.tasks.filter((t) => t.group === 'late');
  expect(new Set(before.tasks.map((t) => t.hireName))).toEqual(new Set(['Sofia Berg', 'Ylva Östlund', 'Per Holm']));
  expect(lateTasks.length).toBeGreaterThanOrEqual(4);
  await expect.poll(() => late.getByRole('row').count()).toBe(lateTasks.length + 1);
  await app.screenshot('mina-uppgifter-introduktor');

  const ticked = lateTasks.slice(0, 4);
  for (const task of ticked) {
    await late.getByRole('button', { name: `Markera ”${task.title}” för ${task.hireName} som klar` }).click();
    await app.page.getByText(`”${task.title}” är klar.`).first().waitFor();
  }
  await expect.poll(() => late.getByRole('row').count()).toBe(lateTasks.length - 4 + 1);
  for (const task of ticked) {
    const plan = await valueOf(app.api.hires.getPlan({ hireId: task.hireId }));
    expect(plan.items.find((i) => i.id === task.itemId)).toMatchObject({ status: 'done', done: { by: { name: 'Maria Nilsson' } } });
  }

  // Last week (16–22 November) has no introducer time for Sofia and Ylva: one click opens the prefilled form.
  const hoursDue = app.page.getByRole('region', { name: 'Introduktörstid att logga för förra veckan' });
  await hoursDue
    .getByRole('group', { name: 'Sofia Berg' })
    .getByRole('button', { name: /Logga .* …/ })
    .click();
  const dialog = app.page.getByRole('dialog', { name: 'Logga tid – Sofia Berg' });
  await expect.poll(() => dialog.getByLabel('Datum').inputValue()).toBe('17 november 2026');
  await windowShot(app.page, 'mina-uppgifter-logga-tid');
  await dialog.getByRole('button', { name: 'Logga tid' }).click();
  await dialog.waitFor({ state: 'detached' });
  const hours = await valueOf(app.api.hours.getHours({ hireId: hires[0]!.id }));
  expect(hours.entries[0]).toMatchObject({ date: '2026-11-17', person: { name: 'Maria Nilsson' } });
  await expect.poll(() => hoursDue.getByRole('group', { name: 'Sofia Berg' }).count()).toBe(0);
});

test('a reminder comes on a pinned clock with what is late, and clicking it opens Mina uppgifter', async () => {
  const { app } = await introducerWithThreeHires();
  await app.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();
  const { counts } = await valueOf(app.api.tasks.getMine());
  // The menu's badge says the same as the reminder.
  await app.page.getByLabel(`${counts.late + counts.dueToday} försenade eller att göra i dag`).waitFor();
  const note = app.remind();
  expect(note?.body).toContain(`${counts.late} försenade punkter`);
  expect(app.desktop.notifications.map((n) => n.title)).toEqual(['Introplan – dina uppgifter']);
  // Once a day: a second look the same day sends nothing.
  expect(app.remind()).toBeNull();
  app.desktop.notifications[0]!.click();
  await app.page.getByRole('heading', { name: 'Mina uppgifter', level: 1 }).waitFor();
  expect(new URL(app.page.url()).hash).toBe('#/mina-uppgifter');
});

test('an IT contact sees only the IT items of every hire', async () => {
  const { app } = await introducerWithThreeHires();
  await valueOf(app.api.staff.createPerson({ name: 'Ida Holm', title: 'IT-samordnare', team: 'IT', phone: '', email: '', roles: ['it'] }));
  app.desktop.account = 'ida';
  await workAs(app.api, 'Ida Holm');
  await app.page.reload();
  await openMyWork(app);
  const mine = await valueOf(app.api.tasks.getMine());
  expect(mine.tasks.length).toBeGreaterThan(0);
  expect(mine.tasks.every((t) => t.responsible.kind === 'role' && t.responsible.role === 'it')).toBe(true);
  const shown = await app.page.locator('.my-work-table tbody tr').count();
  expect(shown).toBe(mine.tasks.length);
  await app.screenshot('mina-uppgifter-it');
});

test('the new hire ticks their own item in Min introduktion and cannot tick the manager’s', async () => {
  const { app, hires } = await introducerWithThreeHires();
  await app.page.getByRole('button', { name: 'Inloggad som: Maria Nilsson' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Vem är du?' });
  await dialog.getByText('Nyanställd', { exact: true }).click();
  await dialog.getByLabel('Ditt namn (nyanställd)').click();
  await app.page.getByRole('option', { name: 'Sofia Berg' }).click();
  await dialog.getByRole('button', { name: 'Det är jag' }).click();
  await app.page.getByRole('heading', { name: 'Min introduktion – Sofia Berg', level: 1 }).waitFor();
  // Only their own page in the menu.
  await expect
    .poll(() => app.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link').allTextContents())
    .toEqual(['Min introduktion']);
  const own = await valueOf(app.api.tasks.getIntroduction());
  const mine = own.plan.items.find((i) => i.responsible.kind === 'role' && i.responsible.role === 'newHire' && i.status === 'todo')!;
  const managers = own.plan.items.find((i) => i.responsible.kind === 'role' && i.responsible.role === 'manager' && i.status === 'todo')!;
  const ownSection = app.page.getByRole('region', { name: 'Mina punkter' });
  // The box follows main's answer (it is checked once the tick is saved).
  await ownSection.getByRole('checkbox', { name: mine.title }).click();
  await app.page.getByText(`”${mine.title}” är klar.`).waitFor();
  await expect.poll(() => ownSection.getByRole('checkbox', { name: mine.title }).isChecked()).toBe(true);
  await app.screenshot('min-introduktion');
  // The manager's item has no box to tick here, and main refuses it whatever the page asks.
  expect(await app.page.getByRole('checkbox', { name: managers.title }).count()).toBe(0);
  const refused = await app.api.plans.setItemStatus({ itemId: managers.id, status: 'done' });
  expect(refused.ok ? null : refused.error.code).toBe('forbidden');
  const staff = await app.api.staff.listPeople();
  expect(staff.ok).toBe(false);
  const done = (await valueOf(app.api.tasks.getIntroduction())).plan.items.find((i) => i.id === mine.id);
  expect(done?.status).toBe('done');
  expect(hires[0]!.name).toBe('Sofia Berg');
});
