import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { randomInt } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { inspectDatabaseFile, type DatabaseProblemKind } from './integrity';
import { knownMigrationCount, MigrationFailedError, runMigrations } from './migrate';
import { BUSY_TIMEOUT_MS, openFailureKind } from './open-failure';
import type { Db } from './client';
import * as schema from './schema';

export { BUSY_TIMEOUT_MS, knownMigrationCount };

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

const UNUSABLE_MESSAGES: Partial<Record<UnusableKind, string>> = {
  damaged:
    'Databasfilen är skadad och kan inte öppnas säkert. Introplan har inte ändrat eller lagat den. ' +
    'Återställ en säkerhetskopia eller öppna en annan databasfil.',
  foreign:
    'Filen är ingen Introplan-databas (den kan vara en annan programs fil eller helt tom på innehåll). ' +
    'Introplan har inte ändrat den. Återställ en säkerhetskopia eller öppna en annan databasfil.',
  structure:
    'Databasfilen saknar tabeller eller kolumner som den ska ha. Introplan har inte ändrat den. ' +
    'Återställ en säkerhetskopia eller öppna en annan databasfil.',
  'wrong-wal':
    'Loggfilen (-wal) bredvid databasfilen hör till en annan databas. Introplan har inte ändrat någon av dem. ' +
    'Flytta undan loggfilen, återställ en säkerhetskopia eller öppna en annan databasfil.',
};

export type UnusableKind = Exclude<DatabaseProblemKind, 'too-new'>;

/** The file could not be used, and why; nothing in it was changed. */
export class DatabaseUnusableError extends Error {
  constructor(
    readonly file: string,
    readonly kind: UnusableKind,
    /** SQLite's own words, for support. */
    readonly detail: string,
  ) {
    super(UNUSABLE_MESSAGES[kind] ?? `Databasfilen ${file} kunde inte öppnas (${kind}). Introplan har inte ändrat den.`);
    this.name = 'DatabaseUnusableError';
  }
}

const REQUIRED_PRAGMAS = [
  ['journal_mode', 'wal'],
  ['synchronous', 2], // FULL: a tick is on disk when the checkbox shows it
  ['foreign_keys', 1],
  ['busy_timeout', BUSY_TIMEOUT_MS],
  ['secure_delete', 1], // erasing a person must leave nothing readable in free pages
] as const;

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
 * Refuses a damaged, foreign or too new file before anything opens it for writing: a read-write
 * connection checkpoints its -wal into the file on close, which would bake in the damage and
 * spoil what a rescue could still read.
 */
function refuseUnusable(file: string, known: number, migrationsFolder: string): void {
  const check = inspectDatabaseFile(file, migrationsFolder);
  if (check.ok) return;
  if (check.kind === 'too-new') throw new DatabaseTooNewError(file, check.version ?? known + 1, known);
  throw new DatabaseUnusableError(file, check.kind, check.detail);
}

/** Failures that say nothing about the file's contents (busy, read-only…) become a kind the user can act on. */
export function asUnusable(error: unknown, file: string): unknown {
  if (error instanceof DatabaseTooNewError || error instanceof DatabaseUnusableError || error instanceof MigrationFailedError) return error;
  return new DatabaseUnusableError(file, openFailureKind(error, file), error instanceof Error ? error.message : String(error));
}

/**
 * Gives the file its own random id in the header (application_id) the first time, and writes it
 * again at every open so this session's -wal starts with it: a -wal is only used when it carries
 * the file's id (db/integrity.ts), so another database's -wal is never applied.
 */
function stampDatabaseId(sqlite: Database.Database): void {
  const id = sqlite.pragma('application_id', { simple: true }) as number;
  sqlite.pragma(`application_id = ${id === 0 ? randomInt(1, 2 ** 31 - 1) : id}`);
}

/**
 * Opens (creating if needed) the database file after a quick_check, sets the durability pragmas,
 * refuses a file from a newer app version, keeps a copy before upgrading an existing file, and
 * migrates it atomically.
 */
export function openDatabase(file: string, migrationsFolder: string): OpenedDatabase {
  const known = knownMigrationCount(migrationsFolder);
  try {
    refuseUnusable(file, known, migrationsFolder);
  } catch (error) {
    throw asUnusable(error, file);
  }
  let sqlite: Database.Database;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    sqlite = new Database(file);
  } catch (error) {
    throw asUnusable(error, file);
  }
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
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
    stampDatabaseId(sqlite);
    assertPragmas(sqlite);
    const db: Db = drizzle(sqlite, { schema });
    return { db, sqlite, file, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw asUnusable(error, file);
  }
}
