import { asc, eq } from 'drizzle-orm';
import type { DayOff } from '../../electron/shared/rules/calendar';
import type { Db } from '../client';
import { extraDaysOff, preferences } from '../schema';

/**
 * When the days off last changed (a day added, relabelled or removed). Exported calendars derive
 * the SEQUENCE of the weekly introducer series from it, so a re-import takes the new days off.
 * Kept in the preferences table beside the other features' own keys.
 */
const CHANGED_AT = 'daysOff.changedAt';

export const listDaysOff = (db: Db): DayOff[] => db.select().from(extraDaysOff).orderBy(asc(extraDaysOff.date)).all();

function changed(db: Db, now: string): void {
  db.insert(preferences)
    .values({ key: CHANGED_AT, value: now })
    .onConflictDoUpdate({ target: preferences.key, set: { value: now } })
    .run();
}

/** The time of the newest change to the days off, or null when they never changed. */
export function daysOffChangedAt(db: Db): string | null {
  const row = db.select().from(preferences).where(eq(preferences.key, CHANGED_AT)).get();
  return typeof row?.value === 'string' ? row.value : null;
}

export function saveDayOff(db: Db, day: DayOff, now: string): DayOff[] {
  db.insert(extraDaysOff)
    .values(day)
    .onConflictDoUpdate({ target: extraDaysOff.date, set: { label: day.label } })
    .run();
  changed(db, now);
  return listDaysOff(db);
}

export function removeDayOff(db: Db, date: string, now: string): DayOff[] {
  db.delete(extraDaysOff).where(eq(extraDaysOff.date, date)).run();
  changed(db, now);
  return listDaysOff(db);
}
