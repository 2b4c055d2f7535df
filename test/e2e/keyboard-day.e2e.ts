import dayjs from 'dayjs';
import 'dayjs/locale/sv';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { closeAppAfterEach, valueOf } from '../support/app-per-test';
import { NOW } from '../support/plan-page';
import { SEED_PEOPLE, seedHire, workAs } from '../support/seed-hire';
import { launchApp, type LaunchedApp } from './harness';

/**
 * The introducer's day with the keyboard only (issue 15): open the hire from Översikt, tick an
 * item, mark one "ej aktuell" with a reason, log hours, mark a session held. After every step
 * focus is where the user was, never on the page body, and every key is counted.
 */
let app: LaunchedApp | undefined;
closeAppAfterEach(
  () => app,
  () => (app = undefined),
);

/** What has focus, as "role: name" (name from aria-label, the label, or the text). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    const role = el.getAttribute('role') ?? el.tagName.toLowerCase();
    const labelled = el.getAttribute('aria-labelledby');
    const name =
      el.getAttribute('aria-label') ??
      (labelled ? document.getElementById(labelled)?.textContent : null) ??
      ((el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || '');
    return `${role}: ${name.trim().replace(/\s+/g, ' ')}`;
  });

function keyboard(page: Page) {
  let keys = 0;
  let typed = 0;
  const steps: string[] = [];
  let stepStart = 0;
  const press = async (key: string) => {
    keys++;
    await page.keyboard.press(key);
  };
  return {
    press,
    type: async (text: string) => {
      keys += text.length;
      typed += text.length;
      await page.keyboard.type(text);
    },
    /** Notes how many keys the step just finished took. */
    step(name: string) {
      steps.push(`${name}: ${keys - stepStart}`);
      stepStart = keys;
    },
    get summary() {
      return `${keys} keys, of which ${typed} typed text (${steps.join(', ')})`;
    },
    /** Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
    async tabTo(match: RegExp, { back = false, max = 80 } = {}) {
      for (let i = 0; i < max; i++) {
        if (match.test(await focused(page))) return;
        await press(back ? 'Shift+Tab' : 'Tab');
      }
      throw new Error(`No ${match} within ${max} ${back ? 'Shift+Tab' : 'Tab'} presses; focus is on ${await focused(page)}`);
    },
    /** ArrowDown through an open menu until the item matches. */
    async arrowTo(match: RegExp, max = 6) {
      for (let i = 0; i < max; i++) {
        if (match.test(await focused(page))) return;
        await press('ArrowDown');
      }
      throw new Error(`No ${match} within ${max} ArrowDown presses; focus is on ${await focused(page)}`);
    },
    get count() {
      return keys;
    },
  };
}

test(
  'the introducer’s day with the keyboard only: focus stays where the work is, and the keys are counted',
  { timeout: 120_000 },
  async () => {
    app = await launchApp({ now: NOW, viewport: { width: 1366, height: 768 } });
    const { page, api } = app;
    const hire = await seedHire(api, { startDate: '2026-10-05' });
    await workAs(api, SEED_PEOPLE.introducer);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    const keys = keyboard(page);
    const plan = async () => valueOf(api.hires.getPlan({ hireId: hire.id }));

    // 1. Open the hire from Översikt.
    await keys.tabTo(/^(a|link): .*Sofia Berg/);
    await keys.press('Enter');
    await page.getByRole('tab', { name: 'Checklista' }).waitFor();

    keys.step('open the hire');

    // 2. Tick the first item still to do, with Space: focus stays on its box.
    const todo = (await plan()).items.filter((i) => i.status === 'todo');
    const [tick, notApplicable] = [todo[0]!, todo[1]!];
    await keys.tabTo(new RegExp(`^(input|checkbox): ${escape(tick.title)}$`));
    await keys.press('Space');
    await expect.poll(async () => (await plan()).items.find((i) => i.id === tick.id)!.status).toBe('done');
    expect(await focused(page)).toMatch(new RegExp(`: ${escape(tick.title)}$`));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThanOrEqual(0);

    keys.step('tick');

    // 3. The next item "ej aktuell" with a reason, from its ⋯ menu; focus comes back to the ⋯ button.
    await keys.tabTo(new RegExp(`^button: Fler val för ${escape(notApplicable.title)}$`));
    await keys.press('Enter');
    await page.getByRole('menuitem', { name: 'Markera ej aktuell…' }).waitFor();
    await keys.arrowTo(/^menuitem: Markera ej aktuell…$/);
    await keys.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Markera som ej aktuell' });
    await dialog.waitFor();
    // A refused submit puts focus on the field in error.
    await keys.tabTo(/^button: Markera ej aktuell$/, { max: 10 });
    await keys.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^textarea: Varför är punkten inte aktuell\?/);
    await keys.type('Har gått kursen hos tidigare arbetsgivare');
    await keys.tabTo(/^button: Markera ej aktuell$/, { max: 10 });
    await keys.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    expect((await plan()).items.find((i) => i.id === notApplicable.id)).toMatchObject({ status: 'notApplicable' });
    await expect.poll(() => focused(page)).toBe(`button: Fler val för ${notApplicable.title}`);

    keys.step('ej aktuell with reason');

    // 4. Log hours: back to the tabs, arrow to Introduktörstid; focus stays on the tab.
    await keys.tabTo(/^tab: Checklista$/, { back: true });
    await keys.press('ArrowRight');
    await keys.press('ArrowRight');
    expect(await focused(page)).toBe('tab: Introduktörstid');
    await keys.press('ArrowLeft');
    // The week schedule opens on this week without taking focus from the tabs.
    await page.getByRole('table', { name: /^Veckoschema för Sofia Berg/ }).waitFor();
    expect(await focused(page)).toBe('tab: Veckoschema');
    await keys.press('ArrowRight');
    expect(await focused(page)).toBe('tab: Introduktörstid');
    await keys.tabTo(/^(input|textbox): Tid/);
    await keys.type('4 h');
    await keys.press('Enter');
    await expect.poll(async () => (await valueOf(api.hours.getHours({ hireId: hire.id }))).entries.length).toBe(1);
    expect(await focused(page)).not.toBe('body');

    keys.step('log hours');

    // 5. A past reflection session marked held, from its ⋯ menu; focus comes back to that button.
    await keys.tabTo(/^tab: Introduktörstid$/, { back: true });
    await keys.press('ArrowRight');
    expect(await focused(page)).toBe('tab: Reflektion');
    const sessions = (await valueOf(api.reflection.getSessions({ hireId: hire.id }))).sessions;
    const past = sessions.find((s) => s.status === 'planned' && s.date < NOW().slice(0, 10))!;
    const actions = `Åtgärder för träffen ${dayjs(past.date).locale('sv').format('ddd D MMM YYYY')}`;
    await keys.tabTo(new RegExp(`^button: ${escape(actions)}$`));
    await keys.press('Enter');
    await page.getByRole('menuitem', { name: 'Markera som hållen…' }).waitFor();
    await keys.arrowTo(/^menuitem: Markera som hållen…$/);
    await keys.press('Enter');
    const hold = page.getByRole('dialog', { name: /som hållen/ });
    await hold.waitFor();
    await keys.tabTo(/^button: Markera som hållen$/, { max: 10 });
    await keys.press('Enter');
    await hold.waitFor({ state: 'hidden' });
    expect((await valueOf(api.reflection.getSessions({ hireId: hire.id }))).sessions.find((s) => s.id === past.id)!.status).toBe('held');
    await expect.poll(() => focused(page)).toBe(`button: ${actions}`);

    keys.step('session held');
    console.log(`Keyboard walk-through of the introducer's day: ${keys.summary}`);
    expect(keys.count).toBeLessThan(140);
  },
);

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
