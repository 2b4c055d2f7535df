import Database from 'better-sqlite3';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from './schema';
import { applyStep, CREATE_MIGRATIONS_TABLE, readSteps } from './migrate';

/** One line per table, column, index and trigger: what a file at a migration level must contain. */
export function describeSchema(sqlite: Database.Database): Set<string> {
  const parts = new Set<string>();
  const objects = sqlite
    .prepare("SELECT type, name, tbl_name AS tableName FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { type: string; name: string; tableName: string }[];
  for (const { type, name, tableName } of objects) {
    parts.add(`${type} ${name} on ${tableName}`);
    if (type === 'table') {
      for (const c of sqlite.prepare('SELECT name, type, "notnull", pk FROM pragma_table_info(?)').all(name) as Record<string, unknown>[]) {
        parts.add(`column ${name}.${String(c.name)} ${String(c.type)} notnull=${String(c.notnull)} pk=${String(c.pk)}`);
      }
    }
    if (type === 'index') {
      const columns = sqlite.prepare('SELECT name FROM pragma_index_info(?)').pluck().all(name) as string[];
      parts.add(`index ${name} (${columns.join(', ')})`);
    }
  }
  return parts;
}

const expected = new Map<string, Set<string>>();

/** The schema the first `level` migrations build, made once per folder and level in memory. */
export function expectedSchema(migrationsFolder: string, level: number): Set<string> {
  const key = `${migrationsFolder}\0${level}`;
  let schema = expected.get(key);
  if (!schema) {
    const sqlite = new Database(':memory:');
    try {
      sqlite.exec('BEGIN');
      sqlite.exec(CREATE_MIGRATIONS_TABLE);
      for (const step of readSteps(migrationsFolder).slice(0, level)) applyStep(sqlite, step);
      sqlite.exec('COMMIT');
      schema = describeSchema(sqlite);
    } finally {
      sqlite.close();
    }
    expected.set(key, schema);
  }
  return schema;
}

/**
 * What the file lacks or has in addition, compared with what its recorded migration level should
 * have built: a backup without `plan_items` is not a backup, whatever integrity_check says.
 * Empty when the structure matches.
 */
export function schemaDifferences(sqlite: Database.Database, migrationsFolder: string, level: number): string[] {
  const want = expectedSchema(migrationsFolder, level);
  const have = describeSchema(sqlite);
  return [
    ...[...want].filter((p) => !have.has(p)).map((p) => `saknas: ${p}`),
    ...[...have].filter((p) => !want.has(p)).map((p) => `okänd: ${p}`),
  ];
}

/** Every column drizzle stores as JSON, as [table, column]: the app parses them, so they must parse. */
export function jsonColumns(): [string, string][] {
  return Object.values(schema).flatMap((table) =>
    table instanceof SQLiteTable
      ? getTableConfig(table)
          .columns.filter((column) => column.columnType === 'SQLiteTextJson')
          .map((column): [string, string] => [getTableConfig(table).name, column.name])
      : [],
  );
}
