/**
 * The main process's figures on the large database, in a process of their own that loads only
 * the app's main-side code (no Chromium driver, no PDF reader), so its peak memory stands for
 * the app's main process. Also the passes without indexes, each on its own copy of the file.
 *
 *   tsx test/bench/main-figures.ts LARGE.db     # prints the figures as JSON
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { binderFigures, cleanUp, type BinderFigures, copyOf, HIRE_INDEXES, PROGRESS_INDEX, withoutIndexes } from './bench-files';
import type { Measured } from './measure';
import { openCold, serverFigures, subjectsOf, type ServerFigures, type Subjects } from './server-side';

export interface MainFigures {
  subjects: Subjects;
  itemTitle: string;
  open: Measured;
  server: ServerFigures;
  binder: BinderFigures;
  /** Without migration 0006's covering index: what it changed. */
  withoutProgress: ServerFigures;
  /** Without any index on hire_id (0004's four and 0006's). */
  bareOpen: Measured;
  bare: ServerFigures;
  peakRssMb: number;
}

export async function mainFigures(file: string): Promise<MainFigures> {
  const probe = new Database(file, { readonly: true });
  const subjects = subjectsOf(probe);
  const itemTitle = probe.prepare('SELECT title FROM plan_items WHERE id = ?').pluck().get(subjects.itemId) as string;
  probe.close();
  const work = copyOf(file, 'work.db');
  const open = await openCold(work);
  const server = await serverFigures(work, subjects);
  const binder = await binderFigures(copyOf(file, 'binder.db'), subjects.largestHireId);
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const noProgress = withoutIndexes(file, [PROGRESS_INDEX]);
  const withoutProgress = await serverFigures(noProgress.file, subjects, 0.3, noProgress.migrations);
  const bareFile = withoutIndexes(file, [...HIRE_INDEXES, PROGRESS_INDEX]);
  const bareOpen = await openCold(bareFile.file, { warmup: 1, runs: 5 }, bareFile.migrations);
  const bare = await serverFigures(bareFile.file, subjects, 0.1, bareFile.migrations);
  return { subjects, itemTitle, open, server, binder, withoutProgress, bareOpen, bare, peakRssMb };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx test/bench/main-figures.ts LARGE.db');
  try {
    console.log(JSON.stringify(await mainFigures(path.resolve(file))));
  } finally {
    cleanUp();
  }
}
