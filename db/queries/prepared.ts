import type { Db } from '../client';

/**
 * Something built once per database object (a prepared query, a cache) instead of on every
 * call. Drizzle turns a query into SQL text and SQLite prepares it each time, ~0.15 ms on a slow
 * laptop: most of a tick's time went there. A transaction's database is another object, so
 * inside one the query is still built per transaction.
 */
export function preparedPerDb<T>(build: (db: Db) => T): (db: Db) => T {
  const prepared = new WeakMap<Db, T>();
  return (db) => {
    let query = prepared.get(db);
    if (query === undefined) prepared.set(db, (query = build(db)));
    return query;
  };
}
