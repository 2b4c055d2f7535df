import { inTransaction } from '../../../db/open';
import { getPerson } from '../../../db/queries/staff';
import * as hires from '../../../db/queries/hires';
import { recordAudit } from '../../../db/queries/audit';
import { windowDates } from '../../shared/rules/plan-dates';
import { svText } from '../../shared/i18n/translate';
import type { DateChange } from '../../shared/schemas/plan';
import { AppError } from '../errors';
import type { HandlerContext } from '../ipc/context';
import type { HandlerTable } from '../ipc/dispatch';
import { calendarOf, hireOrFail, planOf, planRows, previewPlan, storeNewHire, swedishDate, templateOf } from '../services/plans';
import { summariesOf, summaryOf } from '../services/summaries';
import { syncSessions } from '../services/reflection';
import { actor } from './session';
import { writableHire } from '../services/archive-guard';

const today = (ctx: HandlerContext) => swedishDate(ctx.now());

/** The manager and introducer must be people in the directory, not removed ones. */
function checkPeople(ctx: HandlerContext, ids: { managerId: number; introducerId: number | null }): void {
  const fields: Record<string, string> = {};
  if (!getPerson(ctx.db, ids.managerId)) fields.managerId = svText('errors.personNotFound');
  if (ids.introducerId !== null && !getPerson(ctx.db, ids.introducerId)) fields.introducerId = svText('errors.personNotFound');
  if (Object.keys(fields).length) throw new AppError('invalid-input', svText('errors.invalid-input'), fields);
}

/** Items that follow the template get new dates; done items and hand-set dates keep theirs. */
function startDateChanges(ctx: HandlerContext, hireId: number, startDate: string): DateChange[] {
  const row = hireOrFail(ctx.db, hireId);
  const { content } = templateOf(ctx.db, row.templateVersionId);
  const windows = new Map(content.items.map((i) => [i.id, i.window]));
  const calendar = calendarOf(ctx.db);
  return hires.itemsOf(ctx.db, hireId).flatMap((item) => {
    const window = item.templateItemId ? windows.get(item.templateItemId) : undefined;
    // Open items follow the new start; "ej aktuell" ones too, so their dates fit if they become current again.
    if (item.status === 'done' || item.status === 'followedUp' || item.datesEdited || !window) return [];
    const to = windowDates(window, startDate, calendar);
    if (to.start === item.startDate && to.due === item.dueDate) return [];
    return [{ itemId: item.id, title: item.title, from: { startDate: item.startDate, dueDate: item.dueDate }, to: { startDate: to.start, dueDate: to.due } }];
  });
}

export const hireHandlers = {
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
    const id = storeNewHire(ctx.db, hire, items, ctx.now(), by);
    return summaryOf(ctx.db, id, today(ctx));
  },
  'hires:get-plan': ({ hireId }, ctx) => {
    const { content: _content, ...plan } = planOf(ctx.db, hireId, today(ctx));
    return plan;
  },
  'hires:update-hire': ({ hireId, ...changes }, ctx) => {
    const by = actor(ctx);
    writableHire(ctx.db, hireId);
    checkPeople(ctx, changes);
    const now = ctx.now();
    inTransaction(ctx.db, (tx) => {
      hires.updateHire(tx, hireId, changes, now);
      recordAudit(tx, { at: now, personId: by, entity: 'hire', entityId: hireId, hireId, action: 'hire.updated', detail: { fields: Object.keys(changes) } });
    });
    return summaryOf(ctx.db, hireId, today(ctx));
  },
  'hires:preview-start-date': ({ hireId, startDate }, ctx) => startDateChanges(ctx, hireId, startDate),
  'hires:change-start-date': ({ hireId, startDate }, ctx) => {
    const by = actor(ctx);
    writableHire(ctx.db, hireId);
    const changes = startDateChanges(ctx, hireId, startDate);
    const now = ctx.now();
    inTransaction(ctx.db, (tx) => {
      const before = hireOrFail(tx, hireId).startDate;
      hires.updateHire(tx, hireId, { startDate }, now);
      for (const c of changes) hires.updateItem(tx, c.itemId, c.to, now);
      const { content } = templateOf(tx, hireOrFail(tx, hireId).templateVersionId);
      syncSessions(tx, hireId, content.norms, startDate, calendarOf(tx), now);
      recordAudit(tx, { at: now, personId: by, entity: 'hire', entityId: hireId, hireId, action: 'hire.start-date-changed', detail: { from: before, to: startDate, items: changes.length } });
    });
    return summaryOf(ctx.db, hireId, today(ctx));
  },
  'hires:set-finished': ({ hireId, finished }, ctx) => {
    const by = actor(ctx);
    writableHire(ctx.db, hireId);
    const now = ctx.now();
    inTransaction(ctx.db, (tx) => {
      hires.updateHire(tx, hireId, { finishedAt: finished ? now : null }, now);
      recordAudit(tx, { at: now, personId: by, entity: 'hire', entityId: hireId, hireId, action: finished ? 'hire.finished' : 'hire.reopened' });
    });
    return summaryOf(ctx.db, hireId, today(ctx));
  },
} satisfies Partial<HandlerTable>;
