/**
 * `npm run bench`: ten years of a municipality's data, then the figures the app must keep
 * (median and 95th percentile over repeated runs after a warm-up), passes without indexes for
 * comparison, a table on stdout and `bench-results.json` in the repository root.
 *
 *   --db FILE   reuse a generated database instead of making a new one (for profiling)
 *   --no-ui     skip the Chromium part (ui_tick_ms is then left out of the file)
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../support/paths';
import { cleanUp, contents, copyOf, generateInChild, HIRE_INDEXES, inChild, PROGRESS_INDEX } from './bench-files';
import type { MainFigures } from './main-figures';
import { timing, type Measured, type Timing } from './measure';
import { uiFigures } from './ui-tick';

const { values: flags } = parseArgs({ options: { db: { type: 'string' }, 'no-ui': { type: 'boolean' } } });
const started = Date.now();
const log = (text: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${text}`);

log(flags.db ? `using ${flags.db}` : 'generating ten years of data (2016-11 → 2026-11-23)…');
const generated = flags.db ? { file: path.resolve(flags.db), seconds: 0 } : generateInChild();
const held = contents(generated.file);
log(`database: ${JSON.stringify(held)}${generated.seconds ? `, made in ${generated.seconds.toFixed(1)} s` : ''}`);
log('main process: open (cold), overview, checklist, tick, plan generation, binder, passes without indexes…');
const main = inChild<MainFigures>('main-figures.ts', [generated.file]);
let ui: Awaited<ReturnType<typeof uiFigures>> | undefined;
if (!flags['no-ui']) {
  log('checkbox in Chromium…');
  ui = await uiFigures(copyOf(generated.file, 'ui.db'), main.subjects.activeHireId, main.itemTitle);
}
const { open, server, binder } = main;

const results = {
  open_ms: timing(open),
  overview_ms: timing(server.overview),
  checklist_ms: timing(server.checklist),
  tick_ms: timing(server.tick),
  tick_floor_ms: timing(server.tickFloor),
  tick_ratio: Math.round((server.tick.p50 / server.tickFloor.p50) * 10) / 10,
  plan_generate_ms: timing(server.planGenerate),
  my_tasks_ms: timing(server.myTasks),
  binder_ms: timing(binder.binder),
  binder_pages: binder.pages,
  main_blocked_ms: timing(binder.mainBlocked),
  ...(ui && { ui_tick_ms: timing(ui.tick) }),
  peak_rss_mb: main.peakRssMb,
};
writeFileSync(path.join(REPO_ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);

const TARGETS: Record<string, number> = {
  open_ms: 200,
  overview_ms: 20,
  tick_ms: 2,
  my_tasks_ms: 20,
  binder_ms: 1500,
  main_blocked_ms: 50,
  ui_tick_ms: 50,
  tick_ratio: 10,
};
const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const row = (key: string, t: Timing | number, note = '') => {
  const target = TARGETS[key];
  const value = typeof t === 'number' ? t : t.p95;
  const verdict = target === undefined ? '' : `≤ ${target} ${value <= target ? 'ok' : 'MISSED'}`;
  const cells = typeof t === 'number' ? [String(t), ''] : [ms(t.p50), ms(t.p95)];
  return `| ${key.padEnd(16)} | ${cells[0]!.padStart(7)} | ${cells[1]!.padStart(7)} | ${verdict.padEnd(11)} | ${note}`;
};
const compare = (name: string, shipped: Measured, withoutProgress: Measured | null, bare: Measured) =>
  `| ${name.padEnd(16)} | ${ms(shipped.p50).padStart(7)} | ${(withoutProgress ? ms(withoutProgress.p50) : '').padStart(12)} | ${ms(bare.p50).padStart(14)} |`;
const pass = (name: string, pick: (s: MainFigures['server']) => Measured) =>
  compare(name, pick(server), pick(main.withoutProgress), pick(main.bare));

console.log(`
Large database: ${held.hires} hires (${held.active} active, ${held.archived} archived), ${held.items} plan items (${held.ticked} ticked),
${held.hours} hour entries, ${held.sessions} reflection sessions, ${held.audit} audit rows, ${held.people} people, ${held.megabytes} MB.
Times in ms; targets apply to p95 (tick_ratio: p50/p50).

| key              |     p50 |     p95 | target      | what
|------------------|---------|---------|-------------|-----
${row('open_ms', open, 'new connection, quick_check, migration check, then the overview (OS file cache warm)')}
${row('overview_ms', server.overview, `hires:list-hires ${ms(server.listHires.p50)} + hours:introducer-load ${ms(server.introducerLoad.p50)} (p50)`)}
${row('checklist_ms', server.checklist, `hires:get-plan of the largest active plan (hire ${main.subjects.activeHireId})`)}
${row('tick_ms', server.tick, 'plans:set-item-status through dispatch, fsynced commit')}
${row('tick_floor_ms', server.tickFloor, 'one prepared UPDATE, autocommit, same connection')}
${row('tick_ratio', results.tick_ratio, `p50/p50; p95/p95 ${(server.tick.p95 / server.tickFloor.p95).toFixed(1)}`)}
${row('plan_generate_ms', server.planGenerate, 'hires:preview-plan from the default programme')}
${row('my_tasks_ms', server.myTasks, `tasks:get-mine (Mina uppgifter) of the busiest introducer (person ${main.subjects.busiestIntroducerId})`)}
${row('binder_ms', binder.binder, `binder:export-pdf of hire ${main.subjects.largestHireId} (3 × 20-page PDFs, ${binder.kilobytes} kB): gathered on main, laid out in the worker, written`)}
${row('binder_pages', binder.pages)}
${row('main_blocked_ms', binder.mainBlocked, 'longest event-loop stall of the main thread while each binder is made (monitorEventLoopDelay, 1 ms)')}
${ui ? row('ui_tick_ms', ui.tick, `click → box checked in the DOM; to the next frame ${ms(ui.tickFrame.p50)}/${ms(ui.tickFrame.p95)}; of it the harness IPC bridge ${ms(ui.bridge.p50)}/${ms(ui.bridge.p95)}`) : '| ui_tick_ms       | skipped (--no-ui)'}
${row('peak_rss_mb', main.peakRssMb, 'the main-process figures\u2019 own process (app code + the TypeScript loader)')}

Indexes, p50 in ms: as shipped | without ${PROGRESS_INDEX} (0006) | without every hire_id index (${[...HIRE_INDEXES, PROGRESS_INDEX].join(', ')})
| figure           | shipped | without 0006 | no hire_id idx |
|------------------|---------|--------------|----------------|
${compare('open_ms', open, null, main.bareOpen)}
${pass('overview_ms', (s) => s.overview)}
${pass('  list-hires', (s) => s.listHires)}
${pass('checklist_ms', (s) => s.checklist)}
${pass('tick_ms', (s) => s.tick)}
${pass('hours tab', (s) => s.hoursTab)}
${pass('reflection tab', (s) => s.reflectionTab)}
${pass('history tab', (s) => s.historyTab)}
${pass('my_tasks_ms', (s) => s.myTasks)}
`);
log('wrote bench-results.json');
if (!flags.db) rmSync(path.dirname(generated.file), { recursive: true, force: true });
cleanUp();
