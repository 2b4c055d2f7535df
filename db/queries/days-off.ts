import { asc, eq } from 'drizzle-orm';
import type { DayOff } from '../../electron/shared/rules/calendar';
import type { Db } from '../client';
import { extraDaysOff } from '../schema';

export const listDaysOff = (db: Db): DayOff[] => db.select().from(extraDaysOff).orderBy(asc(extraDaysOff.date)).all();

export function saveDayOff(db: Db, day: DayOff): DayOff[] {
  db.insert(extraDaysOff)
    .values(day)
    .onConflictDoUpdate({ target: extraDaysOff.date, set: { label: day.label } })
    .run();
  return listDaysOff(db);
}

export function removeDayOff(db: Db, date: string): DayOff[] {
  db.delete(extraDaysOff).where(eq(extraDaysOff.date, date)).run();
  return listDaysOff(db);
}
