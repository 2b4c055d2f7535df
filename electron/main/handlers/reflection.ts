import * as reflection from '../../../db/queries/reflection';
import { getPerson } from '../../../db/queries/staff';
import { cadenceLeader, ordinaryGroupFrom } from '../../shared/rules/reflection';
import { svText } from '../../shared/i18n/translate';
import type { AuditAction } from '../../shared/schemas/audit';
import type { HireReflection, ReflectionSession } from '../../shared/schemas/hours';
import { AppError } from '../errors';
import { actor, audited } from '../ipc/audited';
import type { HandlerContext } from '../ipc/context';
import type { DomainHandlers } from '../ipc/dispatch';
import { writableHire } from '../services/archive-guard';
import { hireOrFail, templateOf } from '../services/plans';
import { namesOf, newSessionUid } from '../services/reflection';

function reflectionView(ctx: HandlerContext, hireId: number): HireReflection {
  const hire = hireOrFail(ctx.db, hireId);
  const { reflection: cadence } = templateOf(ctx.db, hire.templateVersionId).content.norms;
  const rows = reflection.sessionsOf(ctx.db, hireId);
  const leader = cadenceLeader(cadence, hire);
  const names = namesOf(ctx.db, [leader, ...rows.map((s) => s.leaderId)]);
  const person = (id: number | null) => (id !== null ? (names.get(id) ?? null) : null);
  const sessions: ReflectionSession[] = rows.map(
    ({ uid: _uid, edited: _e, sequence: _s, createdAt: _c, updatedAt: _u, leaderId, ...s }) => ({
      ...s,
      leader: person(leaderId),
    }),
  );
  return {
    sessions,
    ordinaryGroupFrom: ordinaryGroupFrom(cadence, hire.startDate),
    weekday: cadence.weekday,
    time: cadence.time,
    place: cadence.place,
    leader: person(leader),
  };
}

/** A leader must be someone in the staff directory now (not a removed person). */
function checkLeader(ctx: HandlerContext, leaderId: number | null | undefined): void {
  if (leaderId != null && !getPerson(ctx.db, leaderId)) {
    throw new AppError('invalid-input', svText('errors.invalid-input'), { leaderId: svText('errors.personNotFound') });
  }
}

/** Runs one change to a session and records who made it. */
function changeSession(ctx: HandlerContext, sessionId: number, action: AuditAction, changes: Partial<reflection.SessionRow>) {
  const by = actor(ctx);
  const session = reflection.getSession(ctx.db, sessionId);
  if (!session) throw new AppError('not-found', svText('hours.sessionNotFound'));
  writableHire(ctx.db, session.hireId);
  audited(ctx, by, (tx) => reflection.updateSession(tx, session, changes, ctx.now()), {
    entity: 'reflection',
    entityId: sessionId,
    hireId: session.hireId,
    action,
    detail: { fields: Object.keys(changes).filter((field) => field !== 'edited') },
  });
  return reflectionView(ctx, session.hireId);
}

export const reflectionHandlers: DomainHandlers<'reflection'> = {
  'reflection:get-sessions': ({ hireId }, ctx) => reflectionView(ctx, hireId),
  'reflection:move-session': ({ sessionId, date, time }, ctx) => changeSession(ctx, sessionId, 'reflection.moved', { date, time }),
  'reflection:cancel-session': ({ sessionId, reason }, ctx) =>
    changeSession(ctx, sessionId, 'reflection.cancelled', { status: 'cancelled', cancelReason: reason }),
  'reflection:mark-held': ({ sessionId, attendees, theme }, ctx) =>
    changeSession(ctx, sessionId, 'reflection.held', { status: 'held', attendees, theme, cancelReason: null }),
  'reflection:reopen-session': ({ sessionId }, ctx) =>
    changeSession(ctx, sessionId, 'reflection.reopened', { status: 'planned', cancelReason: null }),
  // Where and with whom does not pin the date: a new start date still moves a generated session.
  'reflection:set-place': ({ sessionId, place, leaderId }, ctx) => {
    const session = reflection.getSession(ctx.db, sessionId);
    // A leader removed from the directory since may stay while the place changes.
    if (leaderId !== session?.leaderId) checkLeader(ctx, leaderId);
    return changeSession(ctx, sessionId, 'reflection.placed', { place, leaderId, edited: session?.edited ?? false });
  },
  'reflection:add-session': ({ hireId, place, leaderId, ...session }, ctx) => {
    const by = actor(ctx);
    const hire = writableHire(ctx.db, hireId);
    checkLeader(ctx, leaderId);
    const { reflection: cadence } = templateOf(ctx.db, hire.templateVersionId).content.norms;
    const now = ctx.now();
    const row = {
      hireId,
      ...session,
      place: place ?? cadence.place,
      leaderId: leaderId === undefined ? cadenceLeader(cadence, hire) : leaderId,
      uid: newSessionUid(),
      status: 'planned' as const,
      extra: true,
      edited: true,
      createdAt: now,
      updatedAt: now,
    };
    audited(
      ctx,
      by,
      (tx) => reflection.addSessions(tx, [row])[0],
      (added) => ({
        entity: 'reflection',
        entityId: added?.id ?? null,
        hireId,
        action: 'reflection.added',
        detail: { date: session.date },
      }),
    );
    return reflectionView(ctx, hireId);
  },
};
