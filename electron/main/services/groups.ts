import { inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import * as q from '../../../db/queries/groups';
import { sessionsOf } from '../../../db/queries/reflection';
import { hires } from '../../../db/schema';
import { svText } from '../../shared/i18n/translate';
import type { IsoDate } from '../../shared/rules/days';
import { cadenceMet, memberOn } from '../../shared/rules/groups';
import { ordinaryGroupFrom } from '../../shared/rules/reflection';
import type { GroupDetail, GroupMemberView, GroupSummary, HireGroups } from '../../shared/schemas/groups';
import { AppError } from '../errors';
import { addSessionEvent, icsText, newCalendar } from './calendar-export';
import { calendarOf, hireOrFail, templateOf } from './plans';
import { namesOf } from './reflection';

export function groupOrFail(db: Db, groupId: number): q.GroupRow {
  const group = q.getGroup(db, groupId);
  if (!group) throw new AppError('not-found', svText('groups.notFound'));
  return group;
}

function summary(db: Db, group: q.GroupRow, members: readonly q.MemberRow[], sessions: readonly q.GroupSessionRow[], today: IsoDate) {
  const leader = group.leaderId !== null ? (namesOf(db, [group.leaderId]).get(group.leaderId) ?? null) : null;
  const { id, leaderId: _l, archivedAt, globalId: _g, createdAt: _c, updatedAt: _u, ...fields } = group;
  const view: GroupSummary = {
    ...fields,
    id,
    leader,
    archived: archivedAt !== null,
    memberCount: members.filter((m) => memberOn(m, today)).length,
    nextSession: sessions.find((s) => s.status === 'planned' && s.date >= today)?.date ?? null,
  };
  return view;
}

/** Names, archive state and start date of the hires among the members. */
function hiresOf(db: Db, ids: readonly number[]) {
  if (!ids.length)
    return new Map<number, { id: number; name: string; archivedAt: string | null; startDate: string; templateVersionId: number }>();
  const rows = db
    .select({
      id: hires.id,
      name: hires.name,
      archivedAt: hires.archivedAt,
      startDate: hires.startDate,
      templateVersionId: hires.templateVersionId,
    })
    .from(hires)
    .where(inArray(hires.id, [...ids]))
    .all();
  return new Map(rows.map((r) => [r.id, r]));
}

export const ordinaryFromOf = (db: Db, hire: { startDate: IsoDate; templateVersionId: number }) =>
  ordinaryGroupFrom(templateOf(db, hire.templateVersionId).content.norms.reflection, hire.startDate);

function memberViews(db: Db, group: q.GroupRow, members: readonly q.MemberRow[], today: IsoDate): GroupMemberView[] {
  const people = namesOf(
    db,
    members.map((m) => m.personId),
  );
  const hireRows = hiresOf(
    db,
    members.flatMap((m) => (m.hireId !== null ? [m.hireId] : [])),
  );
  return members
    .map((m) => {
      const hire = m.hireId !== null ? hireRows.get(m.hireId) : undefined;
      const person = m.personId !== null ? (people.get(m.personId) ?? null) : null;
      return {
        id: m.id,
        hire: hire ? { id: hire.id, name: hire.name, archived: hire.archivedAt !== null } : null,
        person,
        name: hire?.name ?? person?.name ?? '',
        fromDate: m.fromDate,
        toDate: m.toDate,
        active: memberOn(m, today),
        ordinaryFrom: hire && group.kind === 'reflection' ? ordinaryFromOf(db, hire) : null,
      };
    })
    .sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'sv'));
}

export function groupDetail(db: Db, groupId: number, today: IsoDate): GroupDetail {
  const group = groupOrFail(db, groupId);
  const members = q.membersOf(db, groupId);
  const sessions = q.sessionsOfGroup(db, groupId);
  const attendance = q.attendanceOf(
    db,
    sessions.map((s) => s.id),
  );
  return {
    ...summary(db, group, members, sessions, today),
    today,
    members: memberViews(db, group, members, today),
    sessions: sessions.map((s) => ({
      id: s.id,
      date: s.date,
      time: s.time,
      durationMinutes: s.durationMinutes,
      place: s.place,
      theme: s.theme,
      status: s.status,
      cancelReason: s.cancelReason,
      attendance: attendance.filter((a) => a.sessionId === s.id).map((a) => ({ memberId: a.memberId, present: a.present })),
    })),
  };
}

export function groupList(db: Db, today: IsoDate): GroupSummary[] {
  const members = q.allMembers(db);
  const sessions = q.allSessions(db).sort((a, b) => a.date.localeCompare(b.date));
  return q.listGroups(db).map((g) =>
    summary(
      db,
      g,
      members.filter((m) => m.groupId === g.id),
      sessions.filter((s) => s.groupId === g.id),
      today,
    ),
  );
}

/** The hire's groups and, for each slot of their reflection cadence, whether an individual or a group session met it. */
export function hireGroups(db: Db, hireId: number, today: IsoDate): HireGroups {
  const hire = hireOrFail(db, hireId);
  const { reflection } = templateOf(db, hire.templateVersionId).content.norms;
  const groups = new Map(q.listGroups(db).map((g) => [g.id, g]));
  const memberships = q.membershipsOfHire(db, hireId).map((m) => {
    const group = groups.get(m.groupId)!;
    return {
      memberId: m.id,
      groupId: m.groupId,
      groupName: group.name,
      kind: group.kind,
      fromDate: m.fromDate,
      toDate: m.toDate,
      active: memberOn(m, today),
    };
  });
  const meetings = [
    ...sessionsOf(db, hireId)
      .filter((s) => s.status === 'held')
      .map((s) => ({ date: s.date, groupName: null })),
    ...q.attendedByHire(db, hireId),
  ];
  const current = new Set(memberships.filter((m) => m.active).map((m) => m.groupId));
  return {
    memberships,
    cadence: cadenceMet(reflection, hire.startDate, calendarOf(db), meetings, today),
    ordinaryFrom: ordinaryGroupFrom(reflection, hire.startDate),
    reflectionGroups: [...groups.values()]
      .filter((g) => g.kind === 'reflection' && g.archivedAt === null && !current.has(g.id))
      .map((g) => ({ id: g.id, name: g.name })),
  };
}

/**
 * The group's calendar: one event per planned or held session with its place as LOCATION, none
 * on a day off (a session someone put on a holiday is left out rather than booked), cancelled
 * ones as CANCELLED so calendars that imported them remove them.
 */
export function groupCalendar(db: Db, groupId: number, stamp: Date): string {
  const group = groupOrFail(db, groupId);
  const leader = group.leaderId !== null ? (namesOf(db, [group.leaderId]).get(group.leaderId)?.name ?? '') : group.leaderName;
  const days = calendarOf(db);
  const calendar = newCalendar(group.name);
  for (const session of q.sessionsOfGroup(db, groupId)) {
    if (!days.isWorkingDay(session.date)) continue;
    const cancelled = session.status === 'cancelled';
    addSessionEvent(calendar, session, stamp, {
      summary: group.name,
      description: [
        cancelled ? svText('groups.calendar.cancelled', { reason: session.cancelReason ?? '' }) : session.theme,
        leader && svText('groups.calendar.ledBy', { name: leader }),
      ]
        .filter(Boolean)
        .join(' '),
      location: session.place || group.place || null,
    });
  }
  return icsText(calendar);
}
