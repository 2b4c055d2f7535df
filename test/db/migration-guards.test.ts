import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MigrationFailedError, runMigrations } from '../../db/migrate';
import { dumpDatabase } from '../support/db-dump';
import { migrateLikeDrizzle, syntheticMigrations } from '../support/migration-folders';
import { tempDbPath } from '../support/paths';

type OnDelete = 'CASCADE' | 'NO ACTION';

const base = (onDelete: OnDelete) => [
  'CREATE TABLE `parent` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL);',
  `CREATE TABLE \`child\` (\`id\` integer PRIMARY KEY NOT NULL, \`parent_id\` integer NOT NULL REFERENCES \`parent\`(\`id\`) ON DELETE ${onDelete}, \`text\` text NOT NULL);`,
  `CREATE TABLE \`grandchild\` (\`id\` integer PRIMARY KEY NOT NULL, \`child_id\` integer NOT NULL REFERENCES \`child\`(\`id\`) ON DELETE ${onDelete});`,
];

/** What drizzle-kit generates to change a column of `parent`: copy, drop, rename. `keep` filters the copied rows. */
const rebuildParent = (keep = '') => [
  'PRAGMA foreign_keys=OFF;',
  "CREATE TABLE `__new_parent` (`id` integer PRIMARY KEY NOT NULL, `name` text NOT NULL, `note` text DEFAULT '' NOT NULL);",
  `INSERT INTO \`__new_parent\`("id", "name") SELECT "id", "name" FROM \`parent\`${keep};`,
  'DROP TABLE `parent`;',
  'ALTER TABLE `__new_parent` RENAME TO `parent`;',
  'PRAGMA foreign_keys=ON;',
];

/** A file at the first synthetic step with two parents, three children and two grandchildren; foreign keys on as openDatabase has them. */
function populated(onDelete: OnDelete = 'CASCADE'): { file: string; sqlite: Database.Database } {
  const file = tempDbPath();
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  runMigrations(sqlite, syntheticMigrations([base(onDelete)]));
  sqlite.exec(`INSERT INTO parent VALUES (1, 'Ett'), (2, 'Två');
    INSERT INTO child VALUES (1, 1, 'a'), (2, 1, 'b'), (3, 2, 'c');
    INSERT INTO grandchild VALUES (1, 1), (2, 3);`);
  return { file, sqlite };
}

const counts = (sqlite: Database.Database) =>
  ['parent', 'child', 'grandchild'].map((t) => sqlite.prepare(`SELECT count(*) FROM ${t}`).pluck().get());
const state = (sqlite: Database.Database) => ({
  dump: dumpDatabase(sqlite),
  version: sqlite.pragma('user_version', { simple: true }),
  schema: sqlite.prepare('SELECT sql FROM sqlite_schema ORDER BY name').pluck().all(),
});

describe('migration runner guards', () => {
  it.each<[OnDelete, string]>([
    ['CASCADE', 'empties the children'],
    ['NO ACTION', 'is refused'],
  ])('a drizzle table rebuild of a parent with ON DELETE %s keeps every child (drizzle’s migrator %s)', (onDelete) => {
    const { file, sqlite } = populated(onDelete);
    sqlite.close();
    const control = tempDbPath();
    copyFileSync(file, control);
    const folder = syntheticMigrations([base(onDelete), rebuildParent()]);

    const ours = new Database(file);
    ours.pragma('foreign_keys = ON');
    expect(runMigrations(ours, folder)).toBe(1);
    expect(counts(ours)).toEqual([2, 3, 2]);
    expect(ours.prepare('SELECT note FROM parent').pluck().all()).toEqual(['', '']);
    expect(ours.pragma('foreign_key_check')).toEqual([]);
    expect(ours.pragma('foreign_keys', { simple: true })).toBe(1);
    ours.close();

    // The hazard is real: drizzle's own migrator, with foreign keys on, loses or refuses the same step.
    if (onDelete === 'CASCADE') {
      migrateLikeDrizzle(control, folder);
      const theirs = new Database(control, { readonly: true });
      expect(counts(theirs)).toEqual([2, 0, 0]);
      theirs.close();
    } else {
      expect(() => migrateLikeDrizzle(control, folder)).toThrow(/Failed to run the query[\s\S]*DROP TABLE `parent`/);
    }
  });

  it('a migration that would leave orphans is rolled back with a Swedish message', () => {
    const { sqlite } = populated();
    const before = state(sqlite);
    const folder = syntheticMigrations([base('CASCADE'), rebuildParent(' WHERE "id" <> 1')]);

    const error = (() => {
      try {
        runMigrations(sqlite, folder);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(MigrationFailedError);
    expect((error as Error).message).toMatch(/kunde inte uppgraderas.*steg 0001_step.*ingenting har ändrats/s);
    expect((error as MigrationFailedError).detail).toMatch(/foreign_key_check: child rad 1 → parent; child rad 2 → parent/);
    expect(state(sqlite)).toEqual(before);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    sqlite.close();
  });

  it('applies all pending migrations or none: a failing second step undoes the first', () => {
    const { sqlite } = populated();
    const before = state(sqlite);
    const first = ['CREATE TABLE `extra` (`id` integer PRIMARY KEY);', "INSERT INTO parent VALUES (3, 'Tre');"];
    const broken = ["UPDATE child SET text = 'ändrad';", 'INSERT INTO no_such_table VALUES (1);'];

    expect(() => runMigrations(sqlite, syntheticMigrations([base('CASCADE'), first, broken]))).toThrow(
      /steg 0002_step.*no such table: no_such_table/s,
    );
    expect(state(sqlite)).toEqual(before);
    expect(sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(1);

    // Once the broken step is fixed, the same file takes both in one go.
    const fixed = ["UPDATE child SET text = 'ändrad';"];
    expect(runMigrations(sqlite, syntheticMigrations([base('CASCADE'), first, fixed]))).toBe(2);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(3);
    expect(sqlite.prepare('SELECT DISTINCT text FROM child').pluck().all()).toEqual(['ändrad']);
    sqlite.close();
  });
});
