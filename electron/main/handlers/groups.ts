import * as q from '../../../db/queries/groups';
import { getHire } from '../../../db/queries/hires';
import { getPerson } from '../../../db/queries/staff';
import { svText } from '../../shared/i18n/translate';
import { shiftDays } from '../../shared/rules/days';
import { groupSessionDates, memberOn, sizeCheck } from '../../shared/rules/groups';
import type { AuditAction, AuditDetail } from '../../shared/schemas/audit';
import { AppError } from '../errors';
import { actor, audited } from '../ipc/audited';
import { today, type HandlerContext } from '../ipc/context';
import type { DomainHandlers } from '../ipc/dispatch';
import type { Db } from '../../../db/client';
import { writableHire } from '../services/archive-guard';
import { outcomeOf, safeFileName, saveThroughDialog } from '../services/files';
import { short } from '../services/binder/format';
import { attendancePdf } from '../services/group-attendance-pdf';
import { groupCalendar, groupDetail, groupList, groupOrFail, hireGroups, ordinaryFromOf } from '../services/groups';
import { calendarOf } from '../services/plans';
import { newSessionUid } from '../services/reflection';

const invalid = (field: string, message: string) => new AppError('invalid-input', svText('errors.invalid-input'), { [field]: message });
const detail = (ctx: HandlerContext, groupId: number) => groupDetail(ctx.db, groupId, today(ctx));

/** A group that may still change: an archived one is read-only until it is opened again. */
function openGroup(ctx: HandlerContext, groupId: number): q.GroupRow {
  const group = groupOrFail(ctx.db, groupId);
  if (group.archivedAt !== null) throw new AppError('conflict', svText('groups.archivedReadOnly'));
  return group;
}

/** One change to a group with its audit row; `hireId` when it is about a hire's membership. */
function change(
  ctx: HandlerContext,
  groupId: number,
  action: AuditAction,
  write: (tx: Db, now: string) => AuditDetail | void,
  hireId: number | null = null,
) {
  const by = actor(ctx);
  const now = ctx.now();
  audited(
    ctx,
    by,
    (tx) => write(tx, now),
    (result) => ({ entity: 'group', entityId: groupId, hireId, action, ...(result ? { detail: result } : {}) }),
  );
  return detail(ctx, groupId);
}

/** Refuses a member beyond the group's limit on the day they join. */
function checkRoom(db: Db, group: q.GroupRow, date: string, field: string) {
  const count = q.membersOf(db, group.id).filter((m) => memberOn(m, date) || m.fromDate > date).length + 1;
  if (sizeCheck(group.kind, count, group.maxMembers).over) throw invalid(field, svText('groups.full', { max: group.maxMembers }));
}

function checkNotMember(db: Db, groupId: number, who: { hireId: number | null; personId: number | null }, date: string, field: string) {
  const twice = q
    .membersOf(db, groupId)
    .some((m) => m.hireId === who.hireId && m.personId === who.personId && (m.toDate === null || m.toDate >= date));
  if (twice) throw invalid(field, svText('groups.alreadyMember'));
}

export const groupHandlers: DomainHandlers<'groups'> = {
  'groups:list-groups': (_input, ctx) => groupList(ctx.db, today(ctx)),
  'groups:get-group': ({ groupId }, ctx) => detail(ctx, groupId),
  'groups:get-hire': ({ hireId }, ctx) => hireGroups(ctx.db, hireId, today(ctx)),
  'groups:save-group': ({ groupId, group }, ctx) => {
    const current = groupId !== null ? openGroup(ctx, groupId) : null;
    if (group.leaderId !== null && group.leaderId !== current?.leaderId && !getPerson(ctx.db, group.leaderId))
      throw invalid('group.leaderId', svText('errors.personNotFound'));
    // A staff leader needs no other name; an external supervisor is named only by `leaderName`.
    const fields = { ...group, leaderName: group.leaderId !== null ? '' : group.leaderName };
    if (current) {
      const changed = Object.keys(fields).filter((k) => fields[k as keyof typeof fields] !== current[k as keyof typeof current]);
      return change(ctx, current.id, 'group.changed', (tx, now) => {
        q.updateGroup(tx, current.id, { ...fields, updatedAt: now });
        return { fields: changed };
      });
    }
    const by = actor(ctx);
    const now = ctx.now();
    const created = audited(
      ctx,
      by,
      (tx) => q.insertGroup(tx, { ...fields, createdAt: now, updatedAt: now }),
      (row) => ({ entity: 'group', entityId: row.id, hireId: null, action: 'group.created', detail: { kind: row.kind } }),
    );
    return detail(ctx, created.id);
  },
  'groups:set-archived': ({ groupId, archived }, ctx) => {
    groupOrFail(ctx.db, groupId);
    return change(ctx, groupId, archived ? 'group.archived' : 'group.reopened', (tx, now) => {
      q.updateGroup(tx, groupId, { archivedAt: archived ? now : null, updatedAt: now });
    });
  },
  'groups:add-member': ({ groupId, hireId, personId, fromDate }, ctx) => {
    const group = openGroup(ctx, groupId);
    const field = hireId !== null ? 'hireId' : 'personId';
    if (hireId !== null) writableHire(ctx.db, hireId);
    if (personId !== null && !getPerson(ctx.db, personId)) throw invalid('personId', svText('errors.personNotFound'));
    checkNotMember(ctx.db, groupId, { hireId, personId }, fromDate, field);
    checkRoom(ctx.db, group, fromDate, field);
    return change(
      ctx,
      groupId,
      'group.member-added',
      (tx, now) => {
        q.insertMember(tx, { groupId, hireId, personId, fromDate, toDate: null, createdAt: now, updatedAt: now });
        return { date: fromDate, staff: personId !== null };
      },
      hireId,
    );
  },
  'groups:end-membership': ({ memberId, toDate }, ctx) => {
    const member = q.getMember(ctx.db, memberId);
    if (!member) throw new AppError('not-found', svText('groups.memberNotFound'));
    openGroup(ctx, member.groupId);
    if (member.hireId !== null) writableHire(ctx.db, member.hireId);
    if (toDate < member.fromDate) throw invalid('toDate', svText('groups.endBeforeStart', { date: member.fromDate }));
    return change(
      ctx,
      member.groupId,
      'group.member-ended',
      (tx, now) => {
        q.updateMember(tx, memberId, { toDate, updatedAt: now });
        return { date: toDate };
      },
      member.hireId,
    );
  },
  'groups:move-to-ordinary': ({ memberId, toGroupId, fromDate }, ctx) => {
    const member = q.getMember(ctx.db, memberId);
    if (!member) throw new AppError('not-found', svText('groups.memberNotFound'));
    if (member.hireId === null) throw invalid('memberId', svText('groups.moveOnlyHires'));
    const source = openGroup(ctx, member.groupId);
    const hire = writableHire(ctx.db, member.hireId);
    const target = openGroup(ctx, toGroupId);
    if (target.id === source.id || target.kind !== 'reflection') throw invalid('toGroupId', svText('groups.moveTargetInvalid'));
    const day = fromDate ?? ordinaryFromOf(ctx.db, hire) ?? today(ctx);
    if (day <= member.fromDate) throw invalid('fromDate', svText('groups.endBeforeStart', { date: member.fromDate }));
    if (member.toDate !== null && member.toDate < shiftDays(day, -1)) throw invalid('memberId', svText('groups.alreadyEnded'));
    checkNotMember(ctx.db, target.id, { hireId: hire.id, personId: null }, day, 'toGroupId');
    checkRoom(ctx.db, target, day, 'toGroupId');
    const by = actor(ctx);
    const now = ctx.now();
    audited(
      ctx,
      by,
      (tx) => {
        q.updateMember(tx, memberId, { toDate: shiftDays(day, -1), updatedAt: now });
        q.insertMember(tx, {
          groupId: target.id,
          hireId: hire.id,
          personId: null,
          fromDate: day,
          toDate: null,
          createdAt: now,
          updatedAt: now,
        });
      },
      {
        entity: 'group',
        entityId: target.id,
        hireId: hire.id,
        action: 'group.moved',
        detail: { date: day, from: source.id, to: target.id },
      },
    );
    return detail(ctx, source.id);
  },
  'groups:plan-sessions': ({ groupId, from, count }, ctx) => {
    const group = openGroup(ctx, groupId);
    const taken = new Set(
      q
        .sessionsOfGroup(ctx.db, groupId)
        .filter((s) => s.status !== 'cancelled')
        .map((s) => s.date),
    );
    const dates = groupSessionDates(group, from, count + taken.size, calendarOf(ctx.db))
      .filter((d) => !taken.has(d))
      .slice(0, count);
    return change(ctx, groupId, 'group.sessions-planned', (tx, now) => {
      for (const date of dates)
        q.insertSession(tx, {
          groupId,
          uid: newSessionUid(),
          date,
          time: group.time,
          durationMinutes: group.durationMinutes,
          place: group.place,
          theme: '',
          status: 'planned',
          cancelReason: null,
          createdAt: now,
          updatedAt: now,
        });
      return { count: dates.length, from };
    });
  },
  'groups:save-session': ({ groupId, sessionId, session }, ctx) => {
    openGroup(ctx, groupId);
    const current = sessionId !== null ? q.getGroupSession(ctx.db, sessionId) : null;
    if (sessionId !== null && (!current || current.groupId !== groupId)) throw new AppError('not-found', svText('groups.sessionNotFound'));
    const dayOff = calendarOf(ctx.db).dayOffReason(session.date);
    if (dayOff && session.status !== 'cancelled') throw invalid('session.date', svText('groups.dayOff', { reason: dayOff }));
    if (session.status === 'held' && session.date > today(ctx)) throw invalid('session.status', svText('groups.heldInFuture'));
    const fields = { ...session, cancelReason: session.status === 'cancelled' ? session.cancelReason : null };
    if (!current)
      return change(ctx, groupId, 'group.session-added', (tx, now) => {
        q.insertSession(tx, { groupId, uid: newSessionUid(), ...fields, createdAt: now, updatedAt: now });
        return { date: session.date };
      });
    const changed = Object.keys(fields).filter((k) => fields[k as keyof typeof fields] !== current[k as keyof typeof current]);
    return change(ctx, groupId, 'group.session-changed', (tx, now) => {
      q.updateSession(tx, current, fields, now);
      return { date: session.date, fields: changed };
    });
  },
  'groups:record-attendance': ({ sessionId, attendance }, ctx) => {
    const session = q.getGroupSession(ctx.db, sessionId);
    if (!session) throw new AppError('not-found', svText('groups.sessionNotFound'));
    openGroup(ctx, session.groupId);
    if (session.status === 'cancelled') throw invalid('sessionId', svText('groups.attendanceCancelled'));
    if (session.date > today(ctx)) throw invalid('sessionId', svText('groups.attendanceFuture'));
    const members = new Map(q.membersOf(ctx.db, session.groupId).map((m) => [m.id, m]));
    const before = new Map(q.attendanceOf(ctx.db, [sessionId]).map((a) => [a.memberId, a.present]));
    for (const { memberId, present } of attendance) {
      const member = members.get(memberId);
      if (!member || !memberOn(member, session.date)) throw invalid('attendance', svText('groups.notMemberThen'));
      // An archived hire's rows are read-only; sending what is stored already is no change.
      if (member.hireId !== null && getHire(ctx.db, member.hireId)?.archivedAt && before.get(memberId) !== present)
        throw new AppError('conflict', svText('privacy.archivedReadOnly'));
    }
    return change(ctx, session.groupId, 'group.attendance', (tx, now) => {
      if (session.status === 'planned') q.updateSession(tx, session, { status: 'held' }, now);
      for (const { memberId, present } of attendance) q.setAttendance(tx, sessionId, memberId, present, now);
      return {
        date: session.date,
        present: attendance.filter((a) => a.present).length,
        absent: attendance.filter((a) => !a.present).length,
      };
    });
  },
  'groups:export-ics': async ({ groupId }, ctx) => {
    const group = groupOrFail(ctx.db, groupId);
    const options = {
      title: svText('hours.exportDialog'),
      defaultName: `${safeFileName(short(group.name, 80))}.ics`,
      filters: [{ name: svText('hours.calendarFileType'), extensions: ['ics'] }],
    };
    return outcomeOf(await saveThroughDialog(ctx.desktop, options, () => groupCalendar(ctx.db, groupId, new Date(ctx.now()))));
  },
  'groups:attendance-pdf': async ({ groupId }, ctx) => {
    const group = groupOrFail(ctx.db, groupId);
    const options = {
      title: svText('groups.pdfDialog'),
      defaultName: svText('groups.pdfFileName', { name: safeFileName(short(group.name, 80)) }),
      filters: [{ name: svText('groups.pdfFileType'), extensions: ['pdf'] }],
    };
    return outcomeOf(await saveThroughDialog(ctx.desktop, options, () => attendancePdf(ctx.db, groupId, ctx.now())));
  },
};
