import type Database from 'better-sqlite3';

/** Every row of every table, in a stable order: two equal dumps mean nothing was stored or changed. */
export function dumpDatabase(sqlite: Database.Database): string {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) dump[table] = sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all();
  return JSON.stringify(dump, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('base64') : value));
}
