import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { knownMigrationCount } from './migrate';
import { schemaDifferences } from './schema-check';
import type { DatabaseProblemKind } from '../electron/shared/schemas/database';
import { BUSY_TIMEOUT_MS, openFailureKind } from './open-failure';

export type { DatabaseProblemKind };

export type DatabaseCheck =
  | { ok: true; /** Applied migrations (PRAGMA user_version); 0 for a new, empty file. */ version: number }
  | {
      ok: false;
      kind: DatabaseProblemKind;
      /** SQLite's own words, for the technical details. */
      detail: string;
      /** The migration level found, for 'too-new'. */
      version?: number;
    };

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_SIZE = 100;
const APPLICATION_ID_OFFSET = 68;

/** The main file's first 100 bytes (fewer in a shorter file) as they are on disk, without any -wal. */
function readHeader(file: string): Buffer {
  const head = Buffer.alloc(HEADER_SIZE);
  const fd = openSync(file, 'r');
  try {
    return head.subarray(0, readSync(fd, head, 0, HEADER_SIZE, 0));
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
 * A `-wal` belongs to the main file when both say the same database id (application_id, set per
 * file at creation). Every write transaction rewrites the header page (db/client.ts), so a -wal
 * from another database's session carries that database's id and is caught here; SQLite itself
 * would apply any -wal with valid checksums.
 */
function walMismatch(sqlite: Database.Database, header: Buffer): string | null {
  // A file that never got past its first checkpoint: the -wal is all there is.
  if (header.length < HEADER_SIZE) return null;
  const onDisk = header.readInt32BE(APPLICATION_ID_OFFSET);
  const seen = sqlite.pragma('application_id', { simple: true }) as number;
  return onDisk !== 0 && seen !== onDisk ? `application_id ${onDisk} in the file, ${seen} through the -wal` : null;
}

/**
 * Checks a database file without changing it: a read-only connection never checkpoints, so a
 * damaged file and its `-wal` stay exactly as they were for whoever wants to rescue them.
 * `thorough` runs integrity_check and foreign_key_check (backups); otherwise quick_check (start).
 * A file that could not be read is reported by why (busy, no permission…), never as damaged.
 */
export function inspectDatabaseFile(file: string, migrationsFolder: string, thorough = false): DatabaseCheck {
  let sqlite: Database.Database | undefined;
  try {
    if (!existsSync(file)) return { ok: true, version: 0 };
    if (statSync(file).isDirectory()) return { ok: false, kind: 'is-folder', detail: file };
    const header = readHeader(file);
    // An empty main file is a database that never got past its first checkpoint; its -wal decides.
    if (header.length > 0 && !header.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER)) {
      return { ok: false, kind: 'foreign', detail: 'not an SQLite database' };
    }
    sqlite = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    const walProblem = walMismatch(sqlite, header);
    if (walProblem) return { ok: false, kind: 'wrong-wal', detail: walProblem };
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
    const known = knownMigrationCount(migrationsFolder);
    if (version > known) return { ok: false, kind: 'too-new', detail: `user_version ${version} > ${known}`, version };
    // Both are written in the same transaction, so a mismatch is a damaged header (say a flipped
    // user_version byte), not an older version: "upgrading" it would silently repair the damage.
    const applied = sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number;
    if (applied !== version) return { ok: false, kind: 'damaged', detail: `user_version ${version}, ${applied} migrations applied` };
    const differences = schemaDifferences(sqlite, migrationsFolder, version);
    if (differences.length) return { ok: false, kind: 'structure', detail: differences.slice(0, 8).join('; ') };
    return { ok: true, version };
  } catch (error) {
    return { ok: false, kind: openFailureKind(error, file), detail: error instanceof Error ? error.message : String(error) };
  } finally {
    sqlite?.close();
  }
}
