import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { preferences } from '../schema';

/** One key of the preferences table, for features that keep their own keys there (backup.*, desk.*, sync.*). */
export function readPreference(db: Db, key: string): unknown {
  return db.select({ value: preferences.value }).from(preferences).where(eq(preferences.key, key)).get()?.value;
}

/** Sets a key; null or undefined removes it. */
export function writePreference(db: Db, key: string, value: unknown): void {
  if (value === null || value === undefined) db.delete(preferences).where(eq(preferences.key, key)).run();
  else db.insert(preferences).values({ key, value }).onConflictDoUpdate({ target: preferences.key, set: { value } }).run();
}
