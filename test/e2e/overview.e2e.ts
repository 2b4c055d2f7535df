import { expect, test } from 'vitest';
import type { HireSummary } from '../../electron/shared/schemas/plan';
import { seedHire } from '../support/seed-hire';
import { launchApp } from './harness';

const NOW = () => '2026-11-23T09:00:00.000Z';
const late = (n: number) => (n === 1 ? '1 försenad' : `${n} försenade`);

test('Översikt shows every running introduction with progress per phase and late counts; finished ones move to the archive', async () => {
  const app = await launchApp({ now: NOW });
  const { page, api } = app;
  // Started in August, so by 23 November many items are past due.
  const sofia = await seedHire(api, { name: 'Sofia Berg', startDate: '2026-08-17' });
  await seedHire(api, { name: 'Johan Ek', startDate: '2026-11-30', withIntroducer: false });
  // Some of Sofia's first items are done, two of them also followed up.
  const plan = await api.hires.getPlan({ hireId: sofia.id });
  if (!plan.ok) throw new Error(plan.error.message);
  const first = plan.value.items.filter((i) => i.status === 'todo').slice(0, 5);
  for (const item of first) expect((await api.plans.setItemStatus({ itemId: item.id, status: 'done' })).ok).toBe(true);
  for (const item of first.slice(0, 2)) expect((await api.plans.setItemStatus({ itemId: item.id, status: 'followedUp' })).ok).toBe(true);
  await page.reload();

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();
  const listed = await api.hires.listHires({ archived: false });
  if (!listed.ok) throw new Error(listed.error.message);
  const summaries: HireSummary[] = listed.value;
  expect(summaries.map((h) => h.name).sort()).toEqual(['Johan Ek', 'Sofia Berg']);
  expect(summaries.find((h) => h.name === 'Sofia Berg')).toMatchObject({ late: expect.any(Number), notFollowedUp: 3 });
  expect(summaries.find((h) => h.name === 'Sofia Berg')!.late).toBeGreaterThan(0);
  await page.getByRole('article', { name: 'Sofia Berg' }).getByText('3 ej uppföljda').waitFor();

  for (const hire of summaries) {
    const card = page.getByRole('article', { name: hire.name });
    await card.waitFor();
    expect(hire.progress.length).toBeGreaterThan(0);
    for (const phase of hire.progress) {
      const bar = card.getByRole('progressbar', { name: `${phase.name}: ${phase.done} av ${phase.total} klara` });
      expect(await bar.count()).toBe(1);
    }
    expect(await card.textContent()).toContain(late(hire.late));
    // The next two things due (the compact card shows two; the checklist has the rest).
    for (const next of hire.next.slice(0, 2)) expect(await card.textContent()).toContain(next.title);
  }
  const johan = page.getByRole('article', { name: 'Johan Ek' });
  expect(await johan.textContent()).toContain('Introduktör saknas');
  expect(await johan.textContent()).toContain('mån 30 nov 2026 (v. 49)');
  await app.screenshot('oversikt-tva-nyanstallda');

  // Finishing a hire takes it off the overview and into the archive.
  expect((await api.hires.setFinished({ hireId: sofia.id, finished: true })).ok).toBe(true);
  await page.reload();
  await johan.waitFor();
  expect(await page.getByRole('article', { name: 'Sofia Berg' }).count()).toBe(0);

  await page.getByRole('link', { name: 'Visa avslutade introduktioner' }).click();
  const archived = page.getByRole('table', { name: 'Avslutade introduktioner' });
  await archived.getByRole('row', { name: /Sofia Berg/ }).waitFor();
  expect(await archived.getByRole('row', { name: /Johan Ek/ }).count()).toBe(0);
  await expect.poll(() => archived.getByRole('row', { name: /Sofia Berg/ }).textContent()).toContain('mån 23 nov 2026');
  await app.screenshot('nyanstallda-arkiv');

  await page.getByText('Pågående', { exact: true }).click();
  const running = page.getByRole('table', { name: 'Pågående introduktioner' });
  await running.getByRole('row', { name: /Johan Ek/ }).waitFor();
  expect(await running.getByRole('row', { name: /Sofia Berg/ }).count()).toBe(0);
  expect(app.errors).toEqual([]);
  await app.close();
});

test('with no hires, Översikt says so and offers to create one', async () => {
  const app = await launchApp({ now: NOW });
  await app.page.getByText('Inga pågående introduktioner').waitFor();
  await app.page.getByRole('main').getByRole('link', { name: 'Ny nyanställd' }).click();
  await app.page.getByRole('heading', { level: 1, name: 'Ny nyanställd' }).waitFor();
  expect(app.errors).toEqual([]);
  await app.close();
});
