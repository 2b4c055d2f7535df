import * as hires from '../../../db/queries/hires';
import { statusChange } from '../../shared/rules/item-status';
import type { Responsible } from '../../shared/schemas/template';
import { svText, translateSv } from '../../shared/i18n/translate';
import { AppError } from '../errors';
import { actor, audited } from '../ipc/audited';
import { today, type HandlerContext } from '../ipc/context';
import type { DomainHandlers } from '../ipc/dispatch';
import { writableHire } from '../services/archive-guard';
import { itemViewOf, planOf, scheduleOf, templateOf } from '../services/plans';

/** An item the new hire answers for themselves. */
const isOwnItem = (r: Responsible) => r.kind === 'role' && r.role === 'newHire';

function itemOrFail(ctx: HandlerContext, itemId: number) {
  const item = hires.getItem(ctx.db, itemId);
  if (!item) throw new AppError('not-found', svText('plans.itemNotFound'));
  return item;
}

export const planHandlers: DomainHandlers<'plans'> = {
  'plans:set-item-status': ({ itemId, status, reason }, ctx) => {
    const item = itemOrFail(ctx, itemId);
    // A new hire ticks (and unticks) only their own items; the change carries no staff name.
    const newHire = ctx.user.hireId != null;
    if (newHire && !(item.hireId === ctx.user.hireId && isOwnItem(item.responsible) && ['todo', 'done'].includes(status)))
      throw new AppError('forbidden', svText('session.notYourItem'));
    const by = newHire ? null : actor(ctx);
    const hire = writableHire(ctx.db, item.hireId);
    const now = ctx.now();
    const changes = statusChange(item.status, status, now, by, reason);
    if (!changes)
      throw new AppError('conflict', translateSv(`plans.transition.${item.status}-${status}`) ?? svText('plans.transitionRefused'));
    const updated = audited(ctx, by, (tx) => hires.updateItem(tx, itemId, changes, now)!, {
      entity: 'plan-item',
      entityId: itemId,
      hireId: item.hireId,
      action: `item.${status}`,
      detail: { from: item.status, ...(newHire && { byNewHire: true }) },
    });
    // The checklist replaces just this row; reading the whole plan again cost more than the write.
    return itemViewOf(ctx.db, updated, today(ctx), hire);
  },
  'plans:update-item': ({ itemId, note, startDate, dueDate }, ctx) => {
    const by = actor(ctx);
    const item = itemOrFail(ctx, itemId);
    writableHire(ctx.db, item.hireId);
    const datesChanged = startDate !== item.startDate || dueDate !== item.dueDate;
    const fields = { note, startDate, dueDate, datesEdited: item.datesEdited || datesChanged };
    const updated = audited(ctx, by, (tx) => hires.updateItem(tx, itemId, fields, ctx.now())!, {
      entity: 'plan-item',
      entityId: itemId,
      hireId: item.hireId,
      action: 'item.edited',
      detail: { datesChanged, noteChanged: note !== item.note },
    });
    return itemViewOf(ctx.db, updated, today(ctx));
  },
  'plans:add-item': ({ hireId, item }, ctx) => {
    const by = actor(ctx);
    const hire = writableHire(ctx.db, hireId);
    if (!templateOf(ctx.db, hire.templateVersionId).content.phases.some((p) => p.id === item.phaseId)) {
      throw new AppError('invalid-input', svText('plans.unknownPhase'));
    }
    const own = { ...item, templateItemId: null, required: true, status: 'todo' as const, datesEdited: true };
    const row = audited(
      ctx,
      by,
      (tx) => hires.addItem(tx, hireId, own, ctx.now()),
      (added) => ({
        entity: 'plan-item',
        entityId: added.id,
        hireId,
        action: 'item.added',
      }),
    );
    return itemViewOf(ctx.db, row, today(ctx));
  },
  'plans:get-schedule': ({ hireId }, ctx) => scheduleOf(ctx.db, planOf(ctx.db, hireId, today(ctx))),
};
