import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

/** Why a file cannot be used as Introplan's database. */
export type DatabaseProblemKind = 'damaged' | 'foreign' | 'too-new';

export type DatabaseCheck =
  | { ok: true; /** Applied migrations (PRAGMA user_version); 0 for a new, empty file. */ version: number }
  | { ok: false; kind: DatabaseProblemKind; /** SQLite's own words, for the technical details. */ detail: string };

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function startsLikeSqlite(file: string): boolean {
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

const firstRows = (rows: unknown[]) =>
  rows
    .slice(0, 5)
    .map((r) => Object.values(r as Record<string, unknown>).join(' '))
    .join('; ');

/**
 * Checks a database file without changing it: a read-only connection never checkpoints, so a
 * damaged file and its `-wal` stay exactly as they were for whoever wants to rescue them.
 * `thorough` runs integrity_check and foreign_key_check (backups); otherwise quick_check (start).
 */
export function inspectDatabaseFile(file: string, knownVersion: number, thorough = false): DatabaseCheck {
  if (!existsSync(file)) return { ok: true, version: 0 };
  // An empty main file is a database that never got past its first checkpoint; its -wal decides.
  if (statSync(file).size > 0 && !startsLikeSqlite(file)) {
    return { ok: false, kind: 'foreign', detail: 'not an SQLite database' };
  }
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    const check = sqlite.pragma(thorough ? 'integrity_check' : 'quick_check') as Record<string, unknown>[];
    if (check.length !== 1 || Object.values(check[0]!)[0] !== 'ok') {
      return { ok: false, kind: 'damaged', detail: firstRows(check) };
    }
    if (thorough) {
      const orphans = sqlite.pragma('foreign_key_check') as unknown[];
      if (orphans.length) return { ok: false, kind: 'damaged', detail: `foreign_key_check: ${firstRows(orphans)}` };
    }
    const version = sqlite.pragma('user_version', { simple: true }) as number;
    const tables = new Set(
      (sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name),
    );
    if (tables.size === 0 && version === 0) return { ok: true, version: 0 };
    if (!tables.has('__drizzle_migrations') || !tables.has('people') || version === 0) {
      return { ok: false, kind: 'foreign', detail: `tables: ${[...tables].slice(0, 8).join(', ')}` };
    }
    if (version > knownVersion) return { ok: false, kind: 'too-new', detail: `user_version ${version} > ${knownVersion}` };
    return { ok: true, version };
  } catch (error) {
    // The file starts like SQLite (checked above), so even "file is not a database" here means a
    // damaged header (e.g. a flipped page-size byte), not another program's file.
    return { ok: false, kind: 'damaged', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    sqlite?.close();
  }
}
