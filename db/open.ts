import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inspectDatabaseFile, type DatabaseProblemKind } from './integrity';
import { runMigrations } from './migrate';
import type { Db } from './client';
import * as schema from './schema';

export interface OpenedDatabase {
  db: Db;
  sqlite: Database.Database;
  file: string;
  close: () => void;
}

/** The database was written by a newer Introplan; opening it could corrupt what it added. */
export class DatabaseTooNewError extends Error {
  constructor(file: string, found: number, known: number) {
    super(
      `Databasen ${file} har skapats av en nyare version av Introplan (databasversion ${found}, ` +
        `den här versionen känner till ${known}). Uppdatera Introplan innan du öppnar den. ` +
        'Ingenting har ändrats i filen.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

const UNUSABLE_MESSAGES: Record<Exclude<DatabaseProblemKind, 'too-new'>, string> = {
  damaged:
    'Databasfilen är skadad och kan inte öppnas säkert. Introplan har inte ändrat eller lagat den. ' +
    'Återställ en säkerhetskopia eller öppna en annan databasfil.',
  foreign:
    'Filen är ingen Introplan-databas (den kan vara en annan programs fil eller helt tom på innehåll). ' +
    'Introplan har inte ändrat den. Återställ en säkerhetskopia eller öppna en annan databasfil.',
};

/** The file is damaged or is not an Introplan database; nothing in it was changed. */
export class DatabaseUnusableError extends Error {
  constructor(
    readonly file: string,
    readonly kind: Exclude<DatabaseProblemKind, 'too-new'>,
    /** SQLite's own words, for support. */
    readonly detail: string,
  ) {
    super(UNUSABLE_MESSAGES[kind]);
    this.name = 'DatabaseUnusableError';
  }
}

const REQUIRED_PRAGMAS = [
  ['journal_mode', 'wal'],
  ['synchronous', 2], // FULL: a tick is on disk when the checkbox shows it
  ['foreign_keys', 1],
  ['busy_timeout', 5000],
  ['secure_delete', 1], // erasing a person must leave nothing readable in free pages
] as const;

export function knownMigrationCount(migrationsFolder: string): number {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/** Reads the pragmas back; a setting the driver silently ignored would otherwise go unnoticed. */
export function assertPragmas(sqlite: Database.Database): void {
  for (const [name, expected] of REQUIRED_PRAGMAS) {
    const actual: unknown = sqlite.pragma(name, { simple: true });
    if (actual !== expected) {
      throw new Error(`SQLite-inställningen ${name} är ${String(actual)}, förväntat ${String(expected)}.`);
    }
  }
}

/** The file's two records of its version, read without writing: user_version and drizzle's bookkeeping rows. */
function versionRecords(file: string): { version: number; applied: number } {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return {
      version: sqlite.pragma('user_version', { simple: true }) as number,
      applied: sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number,
    };
  } finally {
    sqlite.close();
  }
}

/**
 * Refuses a damaged, foreign or too new file before anything opens it for writing: a read-write
 * connection checkpoints its -wal into the file on close, which would bake in the damage and
 * spoil what a rescue could still read.
 */
function refuseUnusable(file: string, known: number): void {
  const check = inspectDatabaseFile(file, known);
  if (!check.ok && check.kind !== 'too-new') throw new DatabaseUnusableError(file, check.kind, check.detail);
  if (check.ok && check.version === 0) return; // a new, empty file
  const { version, applied } = versionRecords(file);
  if (version > known) throw new DatabaseTooNewError(file, version, known);
  // Both are written in the same transaction, so a mismatch is a damaged header (say a flipped
  // user_version byte), not an older version: "upgrading" it would silently repair the damage.
  if (version !== applied) {
    throw new DatabaseUnusableError(file, 'damaged', `user_version ${version}, ${applied} migrations applied`);
  }
}

/**
 * Opens (creating if needed) the database file after a quick_check, sets the durability pragmas,
 * refuses a file from a newer app version, keeps a copy before upgrading an existing file, and
 * migrates it atomically.
 */
export function openDatabase(file: string, migrationsFolder: string): OpenedDatabase {
  const known = knownMigrationCount(migrationsFolder);
  refuseUnusable(file, known);
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('secure_delete = ON');
    assertPragmas(sqlite);

    // Checked again on the writable connection: the file may have changed since the inspection.
    const found = sqlite.pragma('user_version', { simple: true }) as number;
    if (found > known) throw new DatabaseTooNewError(file, found, known);
    const backup = `${file}.fore-uppgradering-v${found}.bak`;
    // An existing copy comes from an earlier attempt at the same upgrade: it is the one to keep.
    if (found > 0 && found < known && !existsSync(backup)) {
      sqlite.prepare('VACUUM INTO ?').run(backup);
    }

    runMigrations(sqlite, migrationsFolder);
    assertPragmas(sqlite);
    const db: Db = drizzle(sqlite, { schema });
    return { db, sqlite, file, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
