/**
 * `ui_tick_ms`: in Chromium, the production renderer on a copy of the large database, from the
 * click on an item's checkbox to the box showing the new state. The app shows no tick before
 * main has committed it, so "checked" means "persisted". Timed inside the page (a click and a
 * MutationObserver in one page.evaluate), so Playwright's own commands are not in the figure;
 * the harness's IPC bridge (a Playwright binding, where Electron would use ipcRenderer) is, and
 * its round trip is measured on its own with a call that does nothing.
 */
import { launchApp } from '../e2e/harness';
import { openHire } from '../support/plan-page';
import { BENCH_NOW } from './large-db';
import { summarize, type Measured } from './measure';

export interface UiFigures {
  /** Click → the checkbox's checked state in the DOM (React has committed main's answer). */
  tick: Measured;
  /** Click → the first animation frame after that commit (when the screen can show it). */
  tickFrame: Measured;
  /** window.api round trip of `session:get-current-user` through the harness bridge. */
  bridge: Measured;
}

/**
 * Runs in the page: clicks the checkbox and resolves when it shows `expected`. Plain JavaScript
 * text, since tsx's helpers (__name) do not exist in the page. A controlled checkbox flips and
 * React puts it back within the click; only main's answer changes it for good.
 */
const CLICK_AND_WAIT = `({ title, expected }) => {
  const input = [...document.querySelectorAll('input[type=checkbox]')].find((i) => i.labels && i.labels[0] && i.labels[0].textContent.trim() === title);
  if (!input) throw new Error('no checkbox ' + title);
  const row = input.closest('li') || document.body;
  return new Promise((resolve) => {
    let started = 0;
    const observer = new MutationObserver(() => {
      if (input.checked !== expected || input.disabled) return;
      const commit = performance.now() - started;
      observer.disconnect();
      requestAnimationFrame(() => resolve({ commit, frame: performance.now() - started }));
    });
    observer.observe(row, { attributes: true, childList: true, subtree: true, characterData: true });
    started = performance.now();
    input.click();
  });
}`;

const BRIDGE_ROUND_TRIP = `async () => {
  const started = performance.now();
  await window.api.session.getCurrentUser();
  return performance.now() - started;
}`;

export async function uiFigures(dbPath: string, hireId: number, itemTitle: string, { warmup = 6, runs = 40 } = {}): Promise<UiFigures> {
  const app = await launchApp({ dbPath, now: () => BENCH_NOW, userName: 'Anna Lindqvist' });
  try {
    const { page } = app;
    await openHire(page, hireId);
    await page.getByRole('checkbox', { name: itemTitle, exact: true }).waitFor();
    const commits: number[] = [];
    const frames: number[] = [];
    for (let i = 0; i < warmup + runs; i++) {
      const expected = i % 2 === 0;
      const { commit, frame } = await page.evaluate<{ commit: number; frame: number }>(
        `(${CLICK_AND_WAIT})(${JSON.stringify({ title: itemTitle, expected })})`,
      );
      if (i >= warmup) {
        commits.push(commit);
        frames.push(frame);
      }
    }
    const bridge: number[] = [];
    for (let i = 0; i < warmup + runs; i++) {
      const ms = await page.evaluate<number>(`(${BRIDGE_ROUND_TRIP})()`);
      if (i >= warmup) bridge.push(ms);
    }
    if (app.errors.length) throw new Error(`the page reported errors: ${app.errors.join('; ')}`);
    return { tick: summarize(commits), tickFrame: summarize(frames), bridge: summarize(bridge) };
  } finally {
    await app.close();
  }
}
