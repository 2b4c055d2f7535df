import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MIGRATIONS, tempDir } from './paths';

interface JournalEntry {
  idx: number;
  version: string;
  when: number;
  tag: string;
  breakpoints: boolean;
}

const BREAKPOINT = '--> statement-breakpoint\n';

function writeFolder(entries: JournalEntry[], sqlOf: (entry: JournalEntry) => string): string {
  const folder = path.join(tempDir('introplan-migrations-'), 'migrations');
  mkdirSync(path.join(folder, 'meta'), { recursive: true });
  for (const entry of entries) writeFileSync(path.join(folder, `${entry.tag}.sql`), sqlOf(entry));
  writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify({ version: '7', dialect: 'sqlite', entries }));
  return folder;
}

/** A migrations folder with only the first `count` committed migrations: the app as it was back then. */
export function committedMigrationsUpTo(count: number): string {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as { entries: JournalEntry[] };
  const entries = journal.entries.slice(0, count);
  const folder = writeFolder(entries, () => '');
  // Byte copies: the hash drizzle stores must match the committed files'.
  for (const entry of entries) copyFileSync(path.join(MIGRATIONS, `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
  return folder;
}

/** A migrations folder of made-up steps, each a list of statements joined with drizzle-kit's breakpoints. */
export function syntheticMigrations(steps: string[][]): string {
  const entries = steps.map((_, idx) => ({
    idx,
    version: '6',
    when: 1_700_000_000_000 + idx * 1000,
    tag: `${String(idx).padStart(4, '0')}_step`,
    breakpoints: true,
  }));
  return writeFolder(entries, (entry) => steps[entry.idx]!.join(BREAKPOINT));
}

/** Migrates a file the way openDatabase did before it had its own runner: drizzle's migrate() with foreign keys on. */
export function migrateLikeDrizzle(file: string, migrationsFolder: string): void {
  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    migrate(drizzle(sqlite), { migrationsFolder });
    const count = (JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }).entries
      .length;
    sqlite.pragma(`user_version = ${count}`);
  } finally {
    sqlite.close();
  }
}
