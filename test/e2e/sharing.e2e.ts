import { afterEach, expect, test } from 'vitest';
import { valueOf } from '../support/app-per-test';
import { tempDir } from '../support/paths';
import { checkbox, itemOf, NOW, openHire, windowShot } from '../support/plan-page';
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

/** The manager's computer A shares its data; the introducer's computer B joins from the settings page. */
async function twoComputers() {
  const root = tempDir();
  const a = await launchApp({ now: NOW, sharingPollMs: 400 });
  apps.push(a);
  const hire = await seedHire(a.api, { name: 'Sofia Berg', startDate: '2026-10-05' });
  await a.page.reload();
  await a.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' }).click();
  const sharingA = a.page.getByRole('region', { name: 'Dela med andra datorer' });
  a.desktop.answerFolder(root);
  await sharingA.getByRole('button', { name: 'Skapa delad mapp …' }).click();
  await a.page.getByText(`Uppgifterna delas nu i ${root}.`).waitFor();
  await sharingA
    .getByTestId('sharing-status')
    .getByText(/Delad mapp nådd/)
    .waitFor();

  const b = await launchApp({ now: NOW, sharingPollMs: 400 });
  apps.push(b);
  await b.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' }).click();
  const sharingB = b.page.getByRole('region', { name: 'Dela med andra datorer' });
  await sharingB.getByRole('button', { name: 'Anslut till delad mapp …' }).click();
  const dialog = b.page.getByRole('dialog', { name: 'Anslut till en delad mapp' });
  await dialog.getByRole('radio', { name: 'Börja från mappens uppgifter' }).check();
  await windowShot(b.page, 'dela-anslut');
  b.desktop.answerFolder(root);
  await dialog.getByRole('button', { name: 'Anslut till delad mapp …' }).click();
  await b.page.getByText(`Den här datorn är ansluten till ${root}.`).waitFor();
  await sharingB.getByText('1 annan dator delar mappen.').waitFor();
  return { a, b, hire, root };
}

test('the introducer ticks on computer B; the manager’s overview on computer A shows it after a look at the folder, without a reload', async () => {
  const { a, b } = await twoComputers();
  await b.screenshot('dela-installningar-dator-b');

  // A's manager looks at Översikt; the first open item of Sofia's plan is listed as next.
  await a.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();
  const card = a.page.getByRole('article', { name: 'Sofia Berg' });
  await card.waitFor();
  const hireOnB = (await valueOf(b.api.hires.listHires({ archived: false })))[0]!;
  const planB = await valueOf(b.api.hires.getPlan({ hireId: hireOnB.id }));
  const next = planB.items.filter((i) => i.status === 'todo').sort((x, y) => x.dueDate.localeCompare(y.dueDate))[0]!; // stable: plan order within a day
  await expect.poll(() => card.textContent()).toContain(next.title);
  await a.page.evaluate(() => void ((window as { kept?: boolean }).kept = true));

  // On B, the introducer opens the same hire and ticks the item.
  await workAs(b.api, SEED_PEOPLE.introducer);
  await openHire(b.page, hireOnB.id);
  await checkbox(b.page, next.title).check();
  await expect.poll(async () => (await itemOf(b.api, hireOnB.id, next.title)).status).toBe('done');

  await expect.poll(() => card.textContent(), { timeout: 10_000 }).not.toContain(next.title);
  expect(await a.page.evaluate(() => (window as { kept?: boolean }).kept)).toBe(true);
  const onA = await itemOf(a.api, (await valueOf(a.api.hires.listHires({ archived: false })))[0]!.id, next.title);
  expect(onA).toMatchObject({ status: 'done', done: { by: { name: SEED_PEOPLE.introducer } } });
  await a.screenshot('dela-oversikt-dator-a');
});

test('a status both computers changed is shown on the hire page with both values and who, and a click resolves it on both', async () => {
  const { a, b, hire } = await twoComputers();
  const title = 'Utse introduktör';
  const hireOnB = (await valueOf(b.api.hires.listHires({ archived: false })))[0]!;
  // Both computers are offline while each changes the same item; then each looks at the folder.
  for (const app of [a, b]) app.sharing.stop();
  const itemA = await itemOf(a.api, hire.id, title);
  const itemB = await itemOf(b.api, hireOnB.id, title);
  await workAs(b.api, SEED_PEOPLE.introducer);
  await Promise.all([
    valueOf(a.api.plans.setItemStatus({ itemId: itemA.id, status: 'done' })),
    valueOf(b.api.plans.setItemStatus({ itemId: itemB.id, status: 'notApplicable', reason: 'Redan gjort på förra jobbet' })),
  ]);
  await b.sharing.pass();
  expect(await a.sharing.pass()).toMatchObject({ conflicts: 1 });
  for (const app of [a, b]) app.sharing.start(400);

  await openHire(a.page, hire.id);
  const panel = a.page.getByRole('region', { name: 'Två datorer har ändrat samma uppgift' });
  await panel.waitFor({ timeout: 10_000 });
  await expect.poll(() => panel.textContent()).toContain('Redan gjort på förra jobbet');
  expect(await panel.textContent()).toContain(SEED_PEOPLE.manager);
  expect(await panel.textContent()).toContain(SEED_PEOPLE.introducer);
  await a.page.getByTestId('sharing-status').getByText('1 konflikt att lösa').waitFor();
  await windowShot(a.page, 'dela-konflikt');

  await panel.getByRole('button', { name: `Behåll detta: ${title}, Ej aktuell` }).click();
  await a.page.getByText('Konflikten är löst.').waitFor();
  await panel.waitFor({ state: 'detached' });
  await expect.poll(async () => (await itemOf(b.api, hireOnB.id, title)).status, { timeout: 10_000 }).toBe('notApplicable');
  expect((await itemOf(a.api, hire.id, title)).status).toBe('notApplicable');
  const history = await valueOf(a.api.audit.hireHistory({ hireId: hire.id }));
  expect(history.some((e) => e.action === 'sync.conflict-resolved' && e.actor === SEED_PEOPLE.manager)).toBe(true);
});
