import type Database from 'better-sqlite3';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** drizzle's own bookkeeping table, so a file its migrator upgraded earlier keeps working. */
const MIGRATIONS_TABLE = '__drizzle_migrations';
// Byte for byte drizzle's statement, so both runners leave the same schema behind.
export const CREATE_MIGRATIONS_TABLE = `
			CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (
				id SERIAL PRIMARY KEY,
				hash text NOT NULL,
				created_at numeric
			)
		`;

/** An upgrade step failed or would have broken the data; the transaction was rolled back. */
export class MigrationFailedError extends Error {
  constructor(
    readonly step: string,
    /** SQLite's own words or the orphaned rows, for support. */
    readonly detail: string,
  ) {
    super(
      `Databasen kunde inte uppgraderas till den här versionen av Introplan (steg ${step}). ` +
        'Uppgraderingen avbröts och ingenting har ändrats i filen. ' +
        `Kontakta den som sköter Introplan och uppge: ${detail}`,
    );
    this.name = 'MigrationFailedError';
  }
}

interface Step extends MigrationMeta {
  tag: string;
}

export function readSteps(migrationsFolder: string): Step[] {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  // readMigrationFiles walks the same journal in the same order, so the tags line up.
  return readMigrationFiles({ migrationsFolder }).map((m, i) => ({ ...m, tag: journal.entries[i]!.tag }));
}

/** drizzle's rule: everything newer than the newest applied step's timestamp is pending. */
function pendingSteps(sqlite: Database.Database, steps: Step[]): Step[] {
  const hasTable = sqlite.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(MIGRATIONS_TABLE);
  if (!hasTable) return steps;
  const last = sqlite.prepare(`SELECT created_at FROM "${MIGRATIONS_TABLE}" ORDER BY created_at DESC LIMIT 1`).pluck().get();
  if (last === undefined || last === null) return steps;
  return steps.filter((s) => Number(last) < s.folderMillis);
}

function orphans(sqlite: Database.Database): string {
  const rows = sqlite.pragma('foreign_key_check') as { table: string; rowid: number; parent: string; fkid: number }[];
  return rows
    .slice(0, 5)
    .map((r) => `${r.table} rad ${r.rowid} → ${r.parent}`)
    .join('; ');
}

export function applyStep(sqlite: Database.Database, step: Step): void {
  for (const statement of step.sql) {
    try {
      sqlite.exec(statement);
    } catch (error) {
      throw new MigrationFailedError(step.tag, error instanceof Error ? error.message : String(error));
    }
    // A COMMIT inside a migration ends the transaction early; stop before anything more runs outside it.
    if (!sqlite.inTransaction) throw new MigrationFailedError(step.tag, 'the migration ended the transaction');
  }
  sqlite.prepare(`INSERT INTO "${MIGRATIONS_TABLE}" ("hash", "created_at") VALUES (?, ?)`).run(step.hash, step.folderMillis);
}

/**
 * Applies every pending migration in one transaction, so a file is either fully upgraded or
 * exactly as it was. Foreign keys are off during the upgrade because a drizzle table rebuild
 * drops the old parent table, which with them on would cascade into (or be refused by) its
 * children; instead foreign_key_check must find no orphan before anything is committed.
 * Sets user_version to the number of known migrations in the same transaction.
 * Returns how many migrations were applied.
 */
export function runMigrations(sqlite: Database.Database, migrationsFolder: string): number {
  const steps = readSteps(migrationsFolder);
  const version = sqlite.pragma('user_version', { simple: true }) as number;
  if (pendingSteps(sqlite, steps).length === 0 && version === steps.length) return 0;

  // Setting this inside a transaction is silently ignored, so it must come before BEGIN.
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      sqlite.exec(CREATE_MIGRATIONS_TABLE);
      const pending = pendingSteps(sqlite, steps);
      for (const step of pending) applyStep(sqlite, step);
      const broken = orphans(sqlite);
      if (broken) throw new MigrationFailedError(pending.at(-1)?.tag ?? 'kontroll', `foreign_key_check: ${broken}`);
      sqlite.pragma(`user_version = ${steps.length}`);
      sqlite.exec('COMMIT');
      return pending.length;
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      throw error;
    }
  } finally {
    // openDatabase reads every pragma back afterwards (assertPragmas).
    sqlite.pragma('foreign_keys = ON');
  }
}

/** How many migrations this version of Introplan knows: the migration level a current file has. */
export function knownMigrationCount(migrationsFolder: string): number {
  return (JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length;
}
