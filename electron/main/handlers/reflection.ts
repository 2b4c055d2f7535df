import * as reflection from '../../../db/queries/reflection';
import { ordinaryGroupFrom } from '../../shared/rules/reflection';
import { svText } from '../../shared/i18n/translate';
import type { AuditAction } from '../../shared/schemas/audit';
import type { HireReflection, ReflectionSession } from '../../shared/schemas/hours';
import { AppError } from '../errors';
import { actor, audited } from '../ipc/audited';
import type { HandlerContext } from '../ipc/context';
import type { DomainHandlers } from '../ipc/dispatch';
import { writableHire } from '../services/archive-guard';
import { hireOrFail, templateOf } from '../services/plans';
import { newSessionUid } from '../services/reflection';

function reflectionView(ctx: HandlerContext, hireId: number): HireReflection {
  const hire = hireOrFail(ctx.db, hireId);
  const { reflection: cadence } = templateOf(ctx.db, hire.templateVersionId).content.norms;
  const sessions: ReflectionSession[] = reflection
    .sessionsOf(ctx.db, hireId)
    .map(({ uid: _uid, edited: _e, sequence: _s, createdAt: _c, updatedAt: _u, ...s }) => s);
  return { sessions, ordinaryGroupFrom: ordinaryGroupFrom(cadence, hire.startDate), weekday: cadence.weekday, time: cadence.time };
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
    detail: { fields: Object.keys(changes) },
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
  'reflection:add-session': ({ hireId, ...session }, ctx) => {
    const by = actor(ctx);
    writableHire(ctx.db, hireId);
    const now = ctx.now();
    const row = {
      hireId,
      ...session,
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
