import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/client';
import * as reflection from '../../../db/queries/reflection';
import { reflectionDates } from '../../shared/rules/reflection';
import type { Norms } from '../../shared/schemas/template';
import type { WorkingCalendar } from '../../shared/rules/calendar';

/** UIDs are random and kept for the life of the session, so re-imported calendars update in place. */
export const newSessionUid = () => `${randomUUID()}@introplan`;

/**
 * Makes the hire's generated sessions match the cadence from `startDate`: untouched sessions
 * are moved in order (keeping their calendar UIDs), missing ones added, surplus ones cancelled.
 * Sessions someone moved, held, cancelled or added by hand are left as they are.
 */
export function syncSessions(db: Db, hireId: number, norms: Norms, startDate: string, calendar: WorkingCalendar, now: string): void {
  const wanted = reflectionDates(norms.reflection, startDate, calendar);
  const existing = reflection.untouchedSessions(db, hireId);
  const keep = { time: norms.reflection.time, durationMinutes: norms.reflection.durationMinutes };
  wanted.forEach(({ date }, index) => {
    const current = existing[index];
    if (!current) {
      reflection.addSessions(db, [{ hireId, uid: newSessionUid(), date, ...keep, status: 'planned', createdAt: now, updatedAt: now }]);
    } else if (current.date !== date) {
      reflection.updateSession(db, current, { date, edited: false }, now);
    }
  });
  for (const surplus of existing.slice(wanted.length)) {
    reflection.updateSession(db, surplus, { status: 'cancelled', cancelReason: 'Startdatumet ändrades.' }, now);
  }
}
