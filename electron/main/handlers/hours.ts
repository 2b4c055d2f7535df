import { inTransaction } from '../../../db/open';
import * as hires from '../../../db/queries/hires';
import { recordAudit } from '../../../db/queries/audit';
import * as hours from '../../../db/queries/hours';
import { getPerson } from '../../../db/queries/staff';
import * as reflection from '../../../db/queries/reflection';
import { ordinaryGroupFrom } from '../../shared/rules/reflection';
import { formatMinutes } from '../../shared/rules/duration';
import { svText } from '../../shared/i18n/translate';
import { MAX_MINUTES_PER_DAY, type HireReflection, type ReflectionSession } from '../../shared/schemas/hours';
import { AppError } from '../errors';
import type { HandlerContext } from '../ipc/context';
import type { HandlerTable } from '../ipc/dispatch';
import { hoursOfHire, introducerLoad } from '../services/hours';
import { hireOrFail, swedishDate, templateOf } from '../services/plans';
import { newSessionUid } from '../services/reflection';
import { actor } from './session';
import { writableHire } from '../services/archive-guard';

const today = (ctx: HandlerContext) => swedishDate(ctx.now());
const hoursView = (ctx: HandlerContext, hireId: number) => hoursOfHire(ctx.db, hireOrFail(ctx.db, hireId), today(ctx));

function reflectionView(ctx: HandlerContext, hireId: number): HireReflection {
  const hire = hireOrFail(ctx.db, hireId);
  const { reflection: cadence } = templateOf(ctx.db, hire.templateVersionId).content.norms;
  const sessions: ReflectionSession[] = reflection.sessionsOf(ctx.db, hireId).map(({ uid: _uid, edited: _e, sequence: _s, createdAt: _c, updatedAt: _u, ...s }) => s);
  return { sessions, ordinaryGroupFrom: ordinaryGroupFrom(cadence, hire.startDate), weekday: cadence.weekday, time: cadence.time };
}

function sessionOrFail(ctx: HandlerContext, sessionId: number) {
  const session = reflection.getSession(ctx.db, sessionId);
  if (!session) throw new AppError('not-found', svText('hours.sessionNotFound'));
  return session;
}

/** Runs one change to a session and records who made it. */
function changeSession(ctx: HandlerContext, sessionId: number, action: string, changes: Partial<reflection.SessionRow>) {
  const by = actor(ctx);
  const session = sessionOrFail(ctx, sessionId);
  writableHire(ctx.db, session.hireId);
  const now = ctx.now();
  inTransaction(ctx.db, (tx) => {
    reflection.updateSession(tx, session, changes, now);
    recordAudit(tx, { at: now, personId: by, entity: 'reflection', entityId: sessionId, hireId: session.hireId, action: `reflection.${action}`, detail: { fields: Object.keys(changes) } });
  });
  return reflectionView(ctx, session.hireId);
}

export const hoursHandlers = {
  'hours:get-hours': ({ hireId }, ctx) => hoursView(ctx, hireId),
  'hours:log-hours': (entry, ctx) => {
    const by = actor(ctx);
    const hire = writableHire(ctx.db, entry.hireId);
    const fields: Record<string, string> = {};
    if (entry.date < hire.startDate) fields.date = svText('hours.beforeStart', { date: hire.startDate });
    if (entry.date > today(ctx)) fields.date = svText('hours.inFuture');
    const sameDay = hours.hoursOf(ctx.db, hire.id).filter((e) => e.date === entry.date).reduce((s, e) => s + e.minutes, 0);
    if (sameDay + entry.minutes > MAX_MINUTES_PER_DAY) fields.minutes = svText('hours.dayFull', { time: formatMinutes(MAX_MINUTES_PER_DAY - sameDay) });
    // Without this a stale or forged id reaches the foreign key and fails as an internal error.
    if (!getPerson(ctx.db, entry.personId)) fields.personId = svText('errors.personNotFound');
    if (Object.keys(fields).length) throw new AppError('invalid-input', svText('errors.invalid-input'), fields);
    const now = ctx.now();
    inTransaction(ctx.db, (tx) => {
      const row = hours.logHours(tx, { ...entry, loggedBy: by, createdAt: now });
      recordAudit(tx, { at: now, personId: by, entity: 'hours', entityId: row.id, hireId: hire.id, action: 'hours.logged', detail: { minutes: entry.minutes, date: entry.date } });
    });
    return hoursView(ctx, hire.id);
  },
  'hours:remove-hours': ({ entryId }, ctx) => {
    const by = actor(ctx);
    const entry = hours.getHourEntry(ctx.db, entryId);
    if (!entry) throw new AppError('not-found', svText('hours.entryNotFound'));
    writableHire(ctx.db, entry.hireId);
    const now = ctx.now();
    inTransaction(ctx.db, (tx) => {
      hours.removeHours(tx, entryId);
      recordAudit(tx, { at: now, personId: by, entity: 'hours', entityId: entryId, hireId: entry.hireId, action: 'hours.removed', detail: { minutes: entry.minutes, date: entry.date } });
    });
    return hoursView(ctx, entry.hireId);
  },
  'hours:set-introducer-slot': ({ hireId, weekday, time }, ctx) => {
    const by = actor(ctx);
    writableHire(ctx.db, hireId);
    const now = ctx.now();
    inTransaction(ctx.db, (tx) => {
      hires.updateHire(tx, hireId, { introducerWeekday: weekday, introducerTime: time }, now);
      recordAudit(tx, { at: now, personId: by, entity: 'hire', entityId: hireId, hireId, action: 'hours.slot', detail: { weekday, time } });
    });
    return hoursView(ctx, hireId);
  },
  'hours:introducer-load': (_input, ctx) => introducerLoad(ctx.db, today(ctx)),
  'reflection:get-sessions': ({ hireId }, ctx) => reflectionView(ctx, hireId),
  'reflection:move-session': ({ sessionId, date, time }, ctx) => changeSession(ctx, sessionId, 'moved', { date, time }),
  'reflection:cancel-session': ({ sessionId, reason }, ctx) => changeSession(ctx, sessionId, 'cancelled', { status: 'cancelled', cancelReason: reason }),
  'reflection:mark-held': ({ sessionId, attendees, theme }, ctx) => changeSession(ctx, sessionId, 'held', { status: 'held', attendees, theme, cancelReason: null }),
  'reflection:reopen-session': ({ sessionId }, ctx) => changeSession(ctx, sessionId, 'reopened', { status: 'planned', cancelReason: null }),
  'reflection:add-session': ({ hireId, ...session }, ctx) => {
    const by = actor(ctx);
    writableHire(ctx.db, hireId);
    const now = ctx.now();
    inTransaction(ctx.db, (tx) => {
      const [added] = reflection.addSessions(tx, [{ hireId, ...session, uid: newSessionUid(), status: 'planned', extra: true, edited: true, createdAt: now, updatedAt: now }]);
      recordAudit(tx, { at: now, personId: by, entity: 'reflection', entityId: added?.id ?? null, hireId, action: 'reflection.added', detail: { date: session.date } });
    });
    return reflectionView(ctx, hireId);
  },
} satisfies Partial<HandlerTable>;
