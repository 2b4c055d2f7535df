/**
 * The main-process figures on a copy of the large database, every call through the real
 * handler table (zod validation, handler, transaction, audit row) the way registerIpc calls it.
 */
import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { handlers } from '../../electron/main/ipc/handlers';
import { handlerHarness } from '../support/handler-context';
import { MIGRATIONS } from '../support/paths';
import { testContext } from '../support/test-context';
import { binderHere } from '../../electron/main/services/binder/jobs';
import { BENCH_NOW } from './large-db';
import { measure, type Measured } from './measure';

type Harness = ReturnType<typeof handlerHarness>;

/** What the tick and checklist figures are taken on: the largest active plan, one of its open items. */
export interface Subjects {
  managerId: number;
  activeHireId: number;
  itemId: number;
  largestHireId: number;
  /** The introducer with the most open items across active hires: whose Mina uppgifter is heaviest. */
  busiestIntroducerId: number;
}

export function subjectsOf(sqlite: Database.Database): Subjects {
  const one = <T>(sql: string) => sqlite.prepare(sql).get() as T;
  const largest = (where: string) =>
    one<{ id: number }>(
      `SELECT h.id FROM hires h JOIN plan_items i ON i.hire_id = h.id ${where} GROUP BY h.id ORDER BY count(*) DESC, h.id DESC LIMIT 1`,
    ).id;
  const activeHireId = largest(`WHERE h.finished_at IS NULL AND h.start_date <= '2026-11-23'`);
  return {
    managerId: one<{ id: number }>("SELECT id FROM people WHERE name = 'Anna Lindqvist'").id,
    activeHireId,
    itemId: one<{ id: number }>(
      `SELECT id FROM plan_items WHERE hire_id = ${activeHireId} AND status = 'todo' ORDER BY position DESC LIMIT 1`,
    ).id,
    largestHireId: largest(''),
    busiestIntroducerId: one<{ id: number }>(
      `SELECT h.introducer_id AS id FROM hires h JOIN plan_items i ON i.hire_id = h.id
       WHERE h.finished_at IS NULL AND h.archived_at IS NULL AND h.introducer_id IS NOT NULL AND i.status = 'todo'
       GROUP BY h.introducer_id ORDER BY count(*) DESC, h.introducer_id LIMIT 1`,
    ).id,
  };
}

/** The two calls the overview page makes when it opens (OverviewPage: the hires store and the introducer load). */
export async function overview(call: Harness['call']): Promise<void> {
  const [hires, load] = await Promise.all([call('hires:list-hires', { archived: false }), call('hours:introducer-load', {})]);
  if (!hires.ok || !load.ok || hires.value.length === 0) throw new Error('the overview failed');
}

/** Cold: a new connection each run (no statement cache, the start-up quick_check), then the overview. */
export function openCold(file: string, runs = { warmup: 2, runs: 15 }, migrationsFolder = MIGRATIONS): Promise<Measured> {
  return measure(async () => {
    const started = performance.now();
    const { ctx, session } = testContext({
      dbFile: file,
      migrationsFolder,
      binders: binderHere,
      now: () => BENCH_NOW,
      version: 'bench',
    });
    await overview((channel, input) => dispatch(handlers, channel, input, ctx) as never);
    const ms = performance.now() - started;
    session.close();
    return ms;
  }, runs);
}

export interface ServerFigures {
  overview: Measured;
  listHires: Measured;
  introducerLoad: Measured;
  checklist: Measured;
  tick: Measured;
  tickFloor: Measured;
  planGenerate: Measured;
  /** The hire page's other tabs, each served by one of migration 0004's indexes. */
  hoursTab: Measured;
  reflectionTab: Measured;
  historyTab: Measured;
  /** Mina uppgifter of the busiest introducer. */
  myTasks: Measured;
}

export async function serverFigures(file: string, s: Subjects, scale = 1, migrationsFolder = MIGRATIONS): Promise<ServerFigures> {
  const h = handlerHarness(() => BENCH_NOW, file, undefined, migrationsFolder);
  const n = (runs: number) => ({ warmup: Math.max(2, Math.round(runs / 10)), runs: Math.max(5, Math.round(runs * scale)) });
  try {
    await h.must('session:set-current-user', { personId: s.managerId });
    const expectOk = (r: { ok: boolean }) => {
      if (!r.ok) throw new Error(JSON.stringify(r));
    };
    const listHires = await measure(async () => expectOk(await h.call('hires:list-hires', { archived: false })), n(50));
    const introducerLoad = await measure(async () => expectOk(await h.call('hours:introducer-load', {})), n(50));
    const overviewRuns = await measure(() => overview(h.call), n(100));
    const checklist = await measure(async () => expectOk(await h.call('hires:get-plan', { hireId: s.activeHireId })), n(200));
    // Before the ticks, which add hundreds of audit rows to this hire's history.
    const hoursTab = await measure(async () => expectOk(await h.call('hours:get-hours', { hireId: s.activeHireId })), n(50));
    const reflectionTab = await measure(async () => expectOk(await h.call('reflection:get-sessions', { hireId: s.activeHireId })), n(50));
    const historyTab = await measure(async () => expectOk(await h.call('audit:hire-history', { hireId: s.activeHireId })), n(50));
    await h.must('session:set-current-user', { personId: s.busiestIntroducerId, remember: false });
    const myTasks = await measure(async () => expectOk(await h.call('tasks:get-mine', {})), n(100));
    await h.must('session:set-current-user', { personId: s.managerId, remember: false });
    // Tick and untick the same item: both are one click in the checklist.
    const tick = await measure(
      async (i) => expectOk(await h.call('plans:set-item-status', { itemId: s.itemId, status: i % 2 ? 'todo' : 'done' })),
      n(400),
    );
    const update = h.ctx.session.sqlite.prepare('UPDATE plan_items SET status = ?, updated_at = ? WHERE id = ?');
    const tickFloor = await measure((i) => {
      const started = performance.now();
      update.run(i % 2 ? 'todo' : 'done', BENCH_NOW, s.itemId);
      return performance.now() - started;
    }, n(400));
    update.run('todo', BENCH_NOW, s.itemId);
    const plan = await h.must('hires:get-plan', { hireId: s.activeHireId });
    const fields = {
      name: 'Ny Medarbetare',
      title: 'Socialsekreterare',
      team: 'Barn och familj',
      startDate: '2026-12-07',
      managerId: s.managerId,
      introducerId: plan.hire.introducer?.id ?? null,
      newlyGraduated: true,
      templateVersionId: plan.hire.templateVersionId,
    };
    const planGenerate = await measure(async () => expectOk(await h.call('hires:preview-plan', fields)), n(100));
    return {
      overview: overviewRuns,
      listHires,
      introducerLoad,
      checklist,
      tick,
      tickFloor,
      planGenerate,
      hoursTab,
      reflectionTab,
      historyTab,
      myTasks,
    };
  } finally {
    await h.close();
  }
}
