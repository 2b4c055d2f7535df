import { sql } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from './schema';

/** The typed database every query takes: a connection, or the transaction it runs in. */
export type Db = BetterSQLite3Database<typeof schema>;

/**
 * Runs `fn` in one transaction; the query functions take the transaction as their database.
 * Each transaction also rewrites the file's id in the header page, so every -wal this file
 * writes carries it and one copied in from another database is recognised (db/integrity.ts).
 */
export function inTransaction<T>(db: Db, fn: (tx: Db) => T): T {
  return db.transaction((tx) => {
    const id = tx.get<{ application_id: number }>(sql`PRAGMA application_id`).application_id;
    tx.run(sql.raw(`PRAGMA application_id = ${Number(id)}`));
    return fn(tx);
  });
}
