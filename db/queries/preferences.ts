import { defaultPreferences, preferencesSchema, type Preferences } from '../../electron/shared/schemas/preferences';
import type { Db } from '../client';
import { preferences } from '../schema';

export function getPreferences(db: Db): Preferences {
  // Other features keep their own keys in this table (binder.*); only the preference keys are read here.
  const known = new Set(Object.keys(preferencesSchema.shape));
  const stored = Object.fromEntries(
    db
      .select()
      .from(preferences)
      .all()
      .filter((r) => known.has(r.key))
      .map((r) => [r.key, r.value]),
  );
  // A value written by another version that no longer validates falls back to the default.
  const parsed = preferencesSchema.partial().safeParse(stored);
  return { ...defaultPreferences, ...(parsed.success ? parsed.data : {}) };
}

export function updatePreferences(db: Db, changes: Partial<Preferences>): Preferences {
  db.transaction((tx) => {
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      tx.insert(preferences).values({ key, value }).onConflictDoUpdate({ target: preferences.key, set: { value } }).run();
    }
  });
  return getPreferences(db);
}
