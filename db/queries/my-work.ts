import { and, asc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { hires, planItems, reflectionSessions, substituteIntroducers } from '../schema';

const kind = sql`json_extract(${planItems.responsible}, '$.kind')`;
const role = sql`json_extract(${planItems.responsible}, '$.role')`;
const personId = sql`json_extract(${planItems.responsible}, '$.personId')`;

/** Items of active hires (not finished, not archived) that `where` picks, soonest due first. */
function tasksWhere(db: Db, where: SQL | undefined) {
  return db
    .select({
      itemId: planItems.id,
      hireId: hires.id,
      hireName: hires.name,
      title: planItems.title,
      startDate: planItems.startDate,
      dueDate: planItems.dueDate,
      expectedMinutes: planItems.expectedMinutes,
      status: planItems.status,
      responsible: planItems.responsible,
      position: planItems.position,
    })
    .from(planItems)
    .innerJoin(hires, eq(hires.id, planItems.hireId))
    .where(and(isNull(hires.finishedAt), isNull(hires.archivedAt), where))
    .orderBy(asc(planItems.dueDate), asc(hires.name), asc(planItems.position))
    .all();
}

/** The hire has the person standing in for its introducer on `day`. */
const standsInOn = (person: number, day: string) =>
  sql`exists (select 1 from ${substituteIntroducers} where ${substituteIntroducers.hireId} = ${hires.id} and ${substituteIntroducers.personId} = ${person} and ${substituteIntroducers.fromDate} <= ${day} and ${substituteIntroducers.toDate} >= ${day})`;

/** Whose the items are: the person, the roles they are the first holder of, and the day (for stand-ins). */
export interface Whose {
  person: number;
  /** Roles other than the hire's own (manager, introducer, samordnare) the person is the first holder of. */
  roles: readonly string[];
  /** The directory's first samordnare follows every hire without a samordnare of its own. */
  unitCoordinator: boolean;
  today: string;
}

/**
 * Open items of active hires (not finished, not archived) whose responsible is the person: as
 * the hire's manager, introducer (or their substitute today) or samordnare, by name, or through a
 * role they are the first holder of, as the plan resolves it. Read on the responsible column by
 * SQLite, so only the person's rows come out.
 */
export function openItemsResponsible(db: Db, { person, roles, unitCoordinator, today }: Whose) {
  const isRole = (name: string) => and(sql`${kind} = 'role'`, sql`${role} = ${name}`);
  const mine = or(
    and(isRole('manager'), eq(hires.managerId, person)),
    and(isRole('introducer'), or(eq(hires.introducerId, person), standsInOn(person, today))),
    and(isRole('coordinator'), or(eq(hires.coordinatorId, person), unitCoordinator ? isNull(hires.coordinatorId) : undefined)),
    and(sql`${kind} = 'person'`, sql`${personId} = ${person}`),
    roles.length ? and(sql`${kind} = 'role'`, inArray(role, [...roles])) : undefined,
  );
  return tasksWhere(db, and(eq(planItems.status, 'todo'), mine));
}

/** Done items on active hires the person manages: the follow-ups that wait for them. */
export function doneOnHiresManagedBy(db: Db, person: number) {
  return tasksWhere(db, and(eq(hires.managerId, person), eq(planItems.status, 'done')));
}

/** Active hires the person manages or introduces, or stands in for the introducer of on `today`. */
export function hiresOf(db: Db, person: number, today: string) {
  return db
    .select()
    .from(hires)
    .where(
      and(
        isNull(hires.finishedAt),
        isNull(hires.archivedAt),
        or(eq(hires.managerId, person), eq(hires.introducerId, person), standsInOn(person, today)),
      ),
    )
    .orderBy(asc(hires.name))
    .all();
}

/** Planned sessions from `from` to `to` of the given hires, or led by the person. */
export function sessionsBetween(db: Db, person: number, hireIds: readonly number[], from: string, to: string) {
  return db
    .select({
      sessionId: reflectionSessions.id,
      hireId: hires.id,
      hireName: hires.name,
      date: reflectionSessions.date,
      time: reflectionSessions.time,
      place: reflectionSessions.place,
      leaderId: reflectionSessions.leaderId,
    })
    .from(reflectionSessions)
    .innerJoin(hires, eq(hires.id, reflectionSessions.hireId))
    .where(
      and(
        isNull(hires.finishedAt),
        isNull(hires.archivedAt),
        eq(reflectionSessions.status, 'planned'),
        gte(reflectionSessions.date, from),
        lte(reflectionSessions.date, to),
        or(eq(reflectionSessions.leaderId, person), hireIds.length ? inArray(hires.id, [...hireIds]) : undefined),
      ),
    )
    .orderBy(asc(reflectionSessions.date), asc(reflectionSessions.time))
    .all();
}
