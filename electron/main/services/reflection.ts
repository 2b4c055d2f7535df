import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import * as reflection from '../../../db/queries/reflection';
import { people } from '../../../db/schema';
import type { PersonRef } from '../../shared/schemas/plan';
import { cadenceLeader, reflectionDates } from '../../shared/rules/reflection';
import type { Norms, ReflectionCadence } from '../../shared/schemas/template';
import type { WorkingCalendar } from '../../shared/rules/calendar';

/** The names of the people with these ids, removed ones too (a held session keeps who led it). */
export function namesOf(db: Db, ids: readonly (number | null)[]): Map<number, PersonRef> {
  const wanted = [...new Set(ids.filter((id) => id !== null))];
  if (!wanted.length) return new Map();
  const rows = db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, wanted)).all();
  return new Map(rows.map((p) => [p.id, p]));
}

/** UIDs are random and kept for the life of the session, so re-imported calendars update in place. */
export const newSessionUid = () => `${randomUUID()}@introplan`;

/**
 * Makes the hire's generated sessions match the cadence from `startDate`: untouched sessions
 * are moved in order (keeping their calendar UIDs, place and leader), missing ones added with the
 * cadence's place and leader, surplus ones cancelled. Sessions someone moved, held, cancelled or
 * added by hand are left as they are.
 */
export function syncSessions(
  db: Db,
  hire: { id: number; managerId: number | null; introducerId: number | null },
  norms: Norms,
  startDate: string,
  calendar: WorkingCalendar,
  now: string,
): void {
  const cadence = norms.reflection;
  const wanted = reflectionDates(cadence, startDate, calendar);
  const existing = reflection.untouchedSessions(db, hire.id);
  const fresh = {
    hireId: hire.id,
    time: cadence.time,
    durationMinutes: cadence.durationMinutes,
    place: cadence.place,
    leaderId: cadenceLeader(cadence, hire),
    status: 'planned' as const,
    createdAt: now,
    updatedAt: now,
  };
  wanted.forEach(({ date }, index) => {
    const current = existing[index];
    if (!current) {
      reflection.addSessions(db, [{ ...fresh, uid: newSessionUid(), date }]);
    } else if (current.date !== date) {
      reflection.updateSession(db, current, { date, edited: false }, now);
    }
  });
  for (const surplus of existing.slice(wanted.length)) {
    reflection.updateSession(db, surplus, { status: 'cancelled', cancelReason: 'Startdatumet ändrades.' }, now);
  }
}

/**
 * A hire's new manager or introducer takes over the planned sessions from today on that their
 * predecessor was to lead, so the calendar names who will actually be there; when the cadence's
 * leader role had nobody (no introducer yet), the sessions ahead without a leader get the new one.
 * Earlier and held sessions keep who led them. `before` and `after` are the hire's manager and introducer.
 */
export function handOverSessions(
  db: Db,
  hireId: number,
  cadence: Pick<ReflectionCadence, 'leaderRole'>,
  before: HirePeople,
  after: HirePeople,
  today: string,
  now: string,
): void {
  const successor = new Map<number | null, number | null>();
  for (const role of ['managerId', 'introducerId'] as const) {
    if (before[role] === after[role]) continue;
    if (before[role] !== null) successor.set(before[role], after[role]);
    else if (cadence.leaderRole && `${cadence.leaderRole}Id` === role) successor.set(null, after[role]);
  }
  if (!successor.size) return;
  for (const session of reflection.sessionsOf(db, hireId)) {
    if (session.status !== 'planned' || session.date < today || !successor.has(session.leaderId)) continue;
    reflection.updateSession(db, session, { leaderId: successor.get(session.leaderId)!, edited: session.edited }, now);
  }
}

type HirePeople = { managerId: number | null; introducerId: number | null };
