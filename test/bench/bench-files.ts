/**
 * The benchmark's database files: the generated one (made in a child process, so its memory is
 * not counted as the app's), working copies, a copy without the hire_id indexes, and what the
 * generated file holds.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import path from 'node:path';
import Database from 'better-sqlite3';
import { handlerHarness } from '../support/handler-context';
import { MIGRATIONS, REPO_ROOT, tempDir } from '../support/paths';
import { PDFDocument } from 'pdf-lib';
import { BENCH_NOW } from './large-db';
import { measure, summarize, type Measured } from './measure';

/** Added in migration 0004 by reasoning; the benchmark measures what they change. */
export const HIRE_INDEXES = ['plan_items_hire', 'introducer_hours_hire', 'reflection_sessions_hire', 'audit_log_hire'];
/** Added in migration 0006 from these measurements: covers the overview's per-phase counts. */
export const PROGRESS_INDEX = 'plan_items_progress';

/** Runs a bench script in its own process and returns the JSON it prints last. */
export function inChild<T>(script: string, args: string[]): T {
  const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const out = execFileSync(tsx, [path.join(REPO_ROOT, 'test', 'bench', script), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as T;
}

/** Generates the large database in a child process and returns its file and how long it took. */
export const generateInChild = (): { file: string; seconds: number } =>
  inChild('large-db.ts', [path.join(tempDir('introplan-bench-'), 'large.db')]);

const made: string[] = [];

/** A copy of a closed (checkpointed) database file, so every pass starts from the same data. */
export function copyOf(file: string, name: string): string {
  const folder = tempDir('introplan-bench-');
  made.push(folder);
  const copy = path.join(folder, name);
  copyFileSync(file, copy);
  return copy;
}

/** Removes this process's copies (~30 MB each). */
export function cleanUp(): void {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/**
 * A copy without the given indexes, and a copy of the migrations that never made them: the app
 * refuses a file whose structure differs from what its migrations build (db/schema-check.ts).
 */
export function withoutIndexes(file: string, indexes: readonly string[]): { file: string; migrations: string } {
  const copy = copyOf(file, 'without-indexes.db');
  const sqlite = new Database(copy);
  for (const index of indexes) sqlite.exec(`DROP INDEX ${index}`);
  sqlite.close();
  const migrations = path.join(tempDir(), 'migrations');
  cpSync(MIGRATIONS, migrations, { recursive: true });
  for (const name of readdirSync(migrations).filter((n) => n.endsWith('.sql'))) {
    const statements = readFileSync(path.join(migrations, name), 'utf8').split('--> statement-breakpoint');
    const kept = statements.filter((statement) => !indexes.some((index) => statement.includes(`CREATE INDEX \`${index}\``)));
    writeFileSync(path.join(migrations, name), kept.join('--> statement-breakpoint'));
  }
  return { file: copy, migrations };
}

export function contents(file: string) {
  const sqlite = new Database(file, { readonly: true });
  const n = (sql: string) => sqlite.prepare(sql).pluck().get() as number;
  try {
    return {
      megabytes: Math.round(statSync(file).size / 1024 / 102.4) / 10,
      people: n('SELECT count(*) FROM people'),
      hires: n('SELECT count(*) FROM hires'),
      active: n('SELECT count(*) FROM hires WHERE finished_at IS NULL'),
      archived: n('SELECT count(*) FROM hires WHERE archived_at IS NOT NULL'),
      items: n('SELECT count(*) FROM plan_items'),
      ticked: n("SELECT count(*) FROM plan_items WHERE status IN ('done', 'followedUp')"),
      hours: n('SELECT count(*) FROM introducer_hours'),
      sessions: n('SELECT count(*) FROM reflection_sessions'),
      audit: n('SELECT count(*) FROM audit_log'),
    };
  } finally {
    sqlite.close();
  }
}

export interface BinderFigures {
  binder: Measured;
  /** The longest stall of the main thread's event loop during each binder. */
  mainBlocked: Measured;
  pages: number;
  kilobytes: number;
}

/**
 * The full binder of the plan as the app makes it: `binder:export-pdf` through the handler table,
 * the data gathered on the main thread and the PDF laid out in the binder worker, written to the
 * file the (scripted) dialog names. While each runs, the main thread's event loop is watched at
 * 1 ms resolution: its longest stall is what a window would feel.
 */
export async function binderFigures(file: string, hireId: number, runs = { warmup: 1, runs: 7 }): Promise<BinderFigures> {
  const h = handlerHarness(() => BENCH_NOW, file);
  const target = path.join(tempDir('introplan-bench-binder-'), 'pärm.pdf');
  const stalls: number[] = [];
  try {
    const binder = await measure(async (i) => {
      h.desktop.answerSave(target);
      const loop = monitorEventLoopDelay({ resolution: 1 });
      loop.enable();
      const started = performance.now();
      await h.must('binder:export-pdf', { hireId, variant: 'full' });
      const ms = performance.now() - started;
      loop.disable();
      if (i >= runs.warmup) stalls.push(loop.max / 1e6);
      return ms;
    }, runs);
    const pdf = readFileSync(target);
    return {
      binder,
      mainBlocked: summarize(stalls),
      pages: (await PDFDocument.load(pdf)).getPageCount(),
      kilobytes: Math.round(pdf.length / 1024),
    };
  } finally {
    await h.close();
  }
}
