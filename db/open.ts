import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseProblemKind } from './integrity';
import * as schema from './schema';
import { ensureDefaultProgramme } from './seed';

export type Db = BetterSQLite3Database<typeof schema>;

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

/**
 * Opens (creating if needed) the database file, sets the durability pragmas, refuses a file
 * from a newer app version, keeps a copy before upgrading an existing file, and migrates.
 */
export function openDatabase(file: string, migrationsFolder: string): OpenedDatabase {
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    assertPragmas(sqlite);

    const known = knownMigrationCount(migrationsFolder);
    const found = sqlite.pragma('user_version', { simple: true }) as number;
    if (found > known) throw new DatabaseTooNewError(file, found, known);
    const backup = `${file}.fore-uppgradering-v${found}.bak`;
    // An existing copy comes from an earlier attempt at the same upgrade: it is the one to keep.
    if (found > 0 && found < known && !existsSync(backup)) {
      sqlite.prepare('VACUUM INTO ?').run(backup);
    }

    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder });
    if (found !== known) sqlite.pragma(`user_version = ${known}`);
    ensureDefaultProgramme(db, new Date().toISOString());
    return { db, sqlite, file, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/** Runs `fn` in one transaction; the query functions take the transaction as their database. */
export function inTransaction<T>(db: Db, fn: (tx: Db) => T): T {
  return db.transaction((tx) => fn(tx as unknown as Db));
}
