import { Worker } from 'node:worker_threads';
import { jsonColumns } from '../../../db/schema-check';
import type { HandlerContext } from '../ipc/context';

// Runs in a worker thread: integrity_check reads every page, which for a large file takes
// seconds that must not freeze the window. A read-only connection never checkpoints or writes.
// SQLite keeps no checksums, so damaged text inside a page passes integrity_check; the JSON
// columns the app parses are checked too (the names come from the schema, not from the page).
const CHECK = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true, timeout: 5000 });
try {
  const rows = [...db.pragma('integrity_check'), ...db.pragma('foreign_key_check')].map((r) => Object.values(r).join(' '));
  for (const [table, column] of workerData.jsonColumns) {
    const bad = db.prepare('SELECT count(*) FROM "' + table + '" WHERE json_valid("' + column + '") = 0').pluck().get();
    if (bad) rows.push(table + '.' + column + ': ' + bad + ' rows that are not valid JSON');
  }
  parentPort.postMessage(rows);
} finally {
  db.close();
}`;

export type BackgroundCheck = { ok: true } | { ok: false; detail: string };

/**
 * The thorough check of the open database, off the main thread: quick_check at start does not
 * read every page (a zeroed overflow page passes it and fails later as an internal error).
 * Never rejects: a check that could not run says nothing about the file. `driver` is where
 * better-sqlite3's entry lies on disk (unpacked from the app's archive: a worker loads from disk).
 */
export function checkInBackground(file: string, driver: string): Promise<BackgroundCheck | null> {
  return new Promise((resolve) => {
    const worker = new Worker(CHECK, { eval: true, workerData: { driver, file, jsonColumns: jsonColumns() } });
    worker.unref(); // an idle check must not keep the app (or a test) alive
    worker.once('message', (rows: string[]) => {
      const problems = rows.filter((row) => row !== 'ok');
      resolve(problems.length === 0 ? { ok: true } : { ok: false, detail: problems.slice(0, 5).join('; ') });
    });
    worker.once('error', (error) => {
      const code = (error as { code?: string }).code ?? '';
      // SQLite's verdict on the bytes; anything else (busy, a missing file) is no verdict at all.
      if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') resolve({ ok: false, detail: error.message });
      else resolve(null);
    });
    worker.once('exit', () => resolve(null));
  });
}

/**
 * Checks the own database in the background and, when the check finds damage, remembers it and
 * tells the windows: the user may go to the recovery screen at once (nothing is closed under them).
 */
export async function checkOpenDatabase(ctx: Pick<HandlerContext, 'session' | 'events'>, driver: string): Promise<BackgroundCheck | null> {
  const { session } = ctx;
  if (!session.isOpen || session.origin !== 'own') return null;
  const file = session.file;
  const result = await checkInBackground(file, driver);
  if (result && !result.ok && session.isOpen && session.file === file) {
    session.damageFound = { kind: 'damaged', detail: result.detail };
    ctx.events.publish('database-damage-found', {});
  }
  return result;
}
