import Database from 'better-sqlite3';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUSY_TIMEOUT_MS, DatabaseTooNewError, knownMigrationCount, openDatabase } from '../../db/open';
import { MIGRATIONS, tempDbPath, tempDir } from '../support/paths';

const pragmas = (file: string) => {
  const { sqlite, close } = openDatabase(file, MIGRATIONS);
  const read = (name: string): unknown => sqlite.pragma(name, { simple: true });
  const values = {
    journal_mode: read('journal_mode'),
    synchronous: read('synchronous'),
    foreign_keys: read('foreign_keys'),
    busy_timeout: read('busy_timeout'),
    secure_delete: read('secure_delete'),
    user_version: read('user_version'),
  };
  close();
  return values;
};

describe('openDatabase', () => {
  it('creates the file, migrates it and sets the durability pragmas, also after a reopen', () => {
    const file = tempDbPath();
    const expected = {
      journal_mode: 'wal',
      synchronous: 2,
      foreign_keys: 1,
      busy_timeout: BUSY_TIMEOUT_MS,
      secure_delete: 1,
      user_version: knownMigrationCount(MIGRATIONS),
    };
    expect(pragmas(file)).toEqual(expected);
    expect(existsSync(file)).toBe(true);
    expect(pragmas(file)).toEqual(expected);
  });

  it('applies every committed migration', () => {
    const file = tempDbPath();
    openDatabase(file, MIGRATIONS).close();
    const raw = new Database(file, { readonly: true });
    const tables = raw.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all();
    const applied = raw.prepare('select count(*) from __drizzle_migrations').pluck().get();
    raw.close();
    expect(tables).toEqual(expect.arrayContaining(['people', 'preferences']));
    expect(applied).toBe(knownMigrationCount(MIGRATIONS));
  });

  it('refuses a database written by a newer version, with a Swedish message, and leaves it alone', () => {
    const file = tempDbPath();
    openDatabase(file, MIGRATIONS).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${knownMigrationCount(MIGRATIONS) + 1}`);
    raw.close();

    expect(() => openDatabase(file, MIGRATIONS)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(file, MIGRATIONS)).toThrow(/nyare version av Introplan/);
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(knownMigrationCount(MIGRATIONS) + 1);
    after.close();
  });

  it('keeps a copy of an older database before upgrading it', () => {
    // A migrations folder one step ahead of the committed one stands in for the next app version.
    const next = path.join(tempDir('introplan-migrations-'), 'migrations');
    cpSync(MIGRATIONS, next, { recursive: true });
    const journalFile = path.join(next, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { idx: number; when: number; tag: string }[] };
    const last = journal.entries.at(-1)!;
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: '9999_next' });
    writeFileSync(journalFile, JSON.stringify(journal));
    writeFileSync(path.join(next, '9999_next.sql'), 'CREATE TABLE `next_version` (`id` integer PRIMARY KEY);');

    const file = tempDbPath();
    const current = openDatabase(file, MIGRATIONS);
    current.sqlite.prepare("insert into people (name, created_at, updated_at) values ('Kvar i kopian', 'x', 'x')").run();
    current.close();

    const upgraded = openDatabase(file, next);
    expect(upgraded.sqlite.pragma('user_version', { simple: true })).toBe(journal.entries.length);
    upgraded.close();

    const backupName = `${path.basename(file)}.fore-uppgradering-v${journal.entries.length - 1}.bak`;
    expect(readdirSync(path.dirname(file)).filter((f) => f.endsWith('.bak'))).toEqual([backupName]);
    const backup = new Database(path.join(path.dirname(file), backupName), { readonly: true });
    expect(backup.prepare('select name from people').pluck().all()).toEqual(['Kvar i kopian']);
    expect(backup.prepare("select count(*) from sqlite_master where name = 'next_version'").pluck().get()).toBe(0);
    backup.close();
  });
});
