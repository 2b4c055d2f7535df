import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from './schema';

/** The typed database every query takes: a connection, or the transaction it runs in. */
export type Db = BetterSQLite3Database<typeof schema>;

/** Runs `fn` in one transaction; the query functions take the transaction as their database. */
export function inTransaction<T>(db: Db, fn: (tx: Db) => T): T {
  return db.transaction((tx) => fn(tx as unknown as Db));
}
