import * as hires from '../../../db/queries/hires';
import { getPerson } from '../../../db/queries/staff';
import { startDateChanges } from '../../shared/rules/plan-dates';
import { svText } from '../../shared/i18n/translate';
import { AppError } from '../errors';
import { actor, audited } from '../ipc/audited';
import { today, type HandlerContext } from '../ipc/context';
import type { DomainHandlers } from '../ipc/dispatch';
import { writableHire } from '../services/archive-guard';
import { calendarOf, hireOrFail, planOf, planRows, previewPlan, templateOf } from '../services/plans';
import { handOverSessions, syncSessions } from '../services/reflection';
import { summariesOf, summaryOf } from '../services/summaries';

/** The manager, introducer and samordnare must be people in the directory, not removed ones. */
function checkPeople(ctx: HandlerContext, ids: { managerId: number; introducerId: number | null; coordinatorId?: number | null }): void {
  const fields: Record<string, string> = {};
  if (!getPerson(ctx.db, ids.managerId)) fields.managerId = svText('errors.personNotFound');
  for (const key of ['introducerId', 'coordinatorId'] as const) {
    const id = ids[key];
    if (id != null && !getPerson(ctx.db, id)) fields[key] = svText('errors.personNotFound');
  }
  if (Object.keys(fields).length) throw new AppError('invalid-input', svText('errors.invalid-input'), fields);
}

function changesOfStart(ctx: HandlerContext, hireId: number, startDate: string) {
  const { content } = templateOf(ctx.db, hireOrFail(ctx.db, hireId).templateVersionId);
  const windows = new Map(content.items.map((i) => [i.id, i.window]));
  return startDateChanges(hires.itemsOf(ctx.db, hireId), windows, startDate, calendarOf(ctx.db));
}

export const hireHandlers: DomainHandlers<'hires'> = {
  'hires:list-hires': ({ archived }, ctx) => summariesOf(ctx.db, hires.listHires(ctx.db, archived), today(ctx)),
  'hires:preview-plan': (fields, ctx) => {
    checkPeople(ctx, fields);
    return previewPlan(ctx.db, fields);
  },
  'hires:create-hire': ({ hire, leaveOut, ownItems }, ctx) => {
    const by = actor(ctx);
    checkPeople(ctx, hire);
    const { content } = templateOf(ctx.db, hire.templateVersionId);
    const phaseIds = new Set(content.phases.map((p) => p.id));
    if (ownItems.some((i) => !phaseIds.has(i.phaseId))) throw new AppError('invalid-input', svText('plans.unknownPhase'));
    const items: hires.NewPlanItem[] = [
      ...planRows(ctx.db, hire, new Set(leaveOut)).map(({ row }) => row),
      ...ownItems.map((own) => ({ ...own, templateItemId: null, required: true, status: 'todo' as const, datesEdited: true })),
    ];
    const now = ctx.now();
    const calendar = calendarOf(ctx.db);
    const id = audited(
      ctx,
      by,
      (tx) => {
        const created = hires.createHire(tx, hire, items, now, by);
        syncSessions(tx, { ...hire, id: created }, content.norms, hire.startDate, calendar, now);
        return created;
      },
      (created) => ({ entity: 'hire', entityId: created, hireId: created, action: 'hire.created', detail: { items: items.length } }),
    );
    return summaryOf(ctx.db, id, today(ctx));
  },
  'hires:get-plan': ({ hireId }, ctx) => {
    const { content: _content, ...plan } = planOf(ctx.db, hireId, today(ctx));
    return plan;
  },
  'hires:update-hire': ({ hireId, ...changes }, ctx) => {
    const by = actor(ctx);
    const before = writableHire(ctx.db, hireId);
    checkPeople(ctx, changes);
    const now = ctx.now();
    const { reflection: cadence } = templateOf(ctx.db, before.templateVersionId).content.norms;
    const change = (tx: typeof ctx.db) => {
      hires.updateHire(tx, hireId, changes, now);
      handOverSessions(tx, hireId, cadence, before, changes, today(ctx), now);
    };
    audited(ctx, by, change, {
      entity: 'hire',
      entityId: hireId,
      hireId,
      action: 'hire.updated',
      detail: { fields: Object.keys(changes) },
    });
    return summaryOf(ctx.db, hireId, today(ctx));
  },
  'hires:preview-start-date': ({ hireId, startDate }, ctx) => changesOfStart(ctx, hireId, startDate),
  'hires:change-start-date': ({ hireId, startDate }, ctx) => {
    const by = actor(ctx);
    const before = writableHire(ctx.db, hireId);
    const changes = changesOfStart(ctx, hireId, startDate);
    const { content } = templateOf(ctx.db, before.templateVersionId);
    const now = ctx.now();
    audited(
      ctx,
      by,
      (tx) => {
        hires.updateHire(tx, hireId, { startDate }, now);
        for (const c of changes) hires.updateItem(tx, c.itemId, c.to, now);
        syncSessions(tx, before, content.norms, startDate, calendarOf(tx), now);
      },
      {
        entity: 'hire',
        entityId: hireId,
        hireId,
        action: 'hire.start-date-changed',
        detail: { from: before.startDate, to: startDate, items: changes.length },
      },
    );
    return summaryOf(ctx.db, hireId, today(ctx));
  },
  'hires:set-finished': ({ hireId, finished }, ctx) => {
    const by = actor(ctx);
    writableHire(ctx.db, hireId);
    const now = ctx.now();
    audited(ctx, by, (tx) => hires.updateHire(tx, hireId, { finishedAt: finished ? now : null }, now), {
      entity: 'hire',
      entityId: hireId,
      hireId,
      action: finished ? 'hire.finished' : 'hire.reopened',
    });
    return summaryOf(ctx.db, hireId, today(ctx));
  },
};
