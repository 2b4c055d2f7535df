import { inTransaction } from '../../../db/open';
import * as hires from '../../../db/queries/hires';
import { recordAudit } from '../../../db/queries/audit';
import { listDaysOff, removeDayOff, saveDayOff } from '../../../db/queries/days-off';
import { buildSchedule } from '../../shared/rules/schedule';
import { svText, translateSv } from '../../shared/i18n/translate';
import type { ItemStatus } from '../../shared/schemas/plan';
import { AppError } from '../errors';
import type { HandlerContext } from '../ipc/context';
import type { HandlerTable } from '../ipc/dispatch';
import { calendarOf, itemViewOf, planOf, swedishDate, templateOf } from '../services/plans';
import { actor } from './session';
import { audited } from './audited';
import { writableHire } from '../services/archive-guard';

/** Which status changes make sense; anything else is refused rather than guessed. */
const ALLOWED: Record<ItemStatus, ItemStatus[]> = {
  todo: ['done', 'notApplicable'],
  done: ['todo', 'followedUp', 'notApplicable'],
  followedUp: ['done'],
  notApplicable: ['todo'],
};

function itemOrFail(ctx: HandlerContext, itemId: number) {
  const item = hires.getItem(ctx.db, itemId);
  if (!item) throw new AppError('not-found', svText('plans.itemNotFound'));
  return item;
}

export const planItemHandlers = {
  'plans:set-item-status': ({ itemId, status, reason }, ctx) => {
    const by = actor(ctx);
    const item = itemOrFail(ctx, itemId);
    const hire = writableHire(ctx.db, item.hireId);
    if (!ALLOWED[item.status].includes(status)) {
      throw new AppError('conflict', translateSv(`plans.transition.${item.status}-${status}`) ?? svText('plans.transitionRefused'));
    }
    const now = ctx.now();
    const changes = {
      status,
      notApplicableReason: status === 'notApplicable' ? (reason ?? null) : null,
      // Going back a step clears that step's who-and-when; going forward records it.
      ...(status === 'todo' && { doneAt: null, doneBy: null, followedUpAt: null, followedUpBy: null }),
      ...(status === 'done' && item.status === 'todo' && { doneAt: now, doneBy: by }),
      ...(status === 'done' && item.status === 'followedUp' && { followedUpAt: null, followedUpBy: null }),
      ...(status === 'followedUp' && { followedUpAt: now, followedUpBy: by }),
    };
    const updated = inTransaction(ctx.db, (tx) => {
      const row = hires.updateItem(tx, itemId, changes, now)!;
      recordAudit(tx, { at: now, personId: by, entity: 'plan-item', entityId: itemId, hireId: item.hireId, action: `item.${status}`, detail: { from: item.status } });
      return row;
    });
    // The checklist replaces just this row; reading the whole plan again cost more than the write.
    return itemViewOf(ctx.db, updated, swedishDate(now), hire);
  },
  'plans:update-item': ({ itemId, note, startDate, dueDate }, ctx) => {
    const by = actor(ctx);
    const item = itemOrFail(ctx, itemId);
    writableHire(ctx.db, item.hireId);
    const datesChanged = startDate !== item.startDate || dueDate !== item.dueDate;
    const now = ctx.now();
    const updated = inTransaction(ctx.db, (tx) => {
      const row = hires.updateItem(tx, itemId, { note, startDate, dueDate, datesEdited: item.datesEdited || datesChanged }, now)!;
      recordAudit(tx, { at: now, personId: by, entity: 'plan-item', entityId: itemId, hireId: item.hireId, action: 'item.edited', detail: { datesChanged, noteChanged: note !== item.note } });
      return row;
    });
    return itemViewOf(ctx.db, updated, swedishDate(now));
  },
  'plans:add-item': ({ hireId, item }, ctx) => {
    const by = actor(ctx);
    const hire = writableHire(ctx.db, hireId);
    if (!templateOf(ctx.db, hire.templateVersionId).content.phases.some((p) => p.id === item.phaseId)) {
      throw new AppError('invalid-input', svText('plans.unknownPhase'));
    }
    const now = ctx.now();
    const row = inTransaction(ctx.db, (tx) => {
      const added = hires.addItem(tx, hireId, { ...item, templateItemId: null, required: true, status: 'todo', datesEdited: true }, now);
      recordAudit(tx, { at: now, personId: by, entity: 'plan-item', entityId: added.id, hireId, action: 'item.added' });
      return added;
    });
    return itemViewOf(ctx.db, row, swedishDate(now));
  },
  'plans:get-schedule': ({ hireId }, ctx) => {
    const today = swedishDate(ctx.now());
    const { hire, phases, items, content } = planOf(ctx.db, hireId, today);
    return buildSchedule({ startDate: hire.startDate, endDate: hire.endDate, phases, items, norms: content.norms, calendar: calendarOf(ctx.db), today });
  },
  'settings:list-days-off': (_input, { db }) => listDaysOff(db),
  // The label is the user's words: the trail keeps the date only.
  'settings:save-day-off': (day, ctx) => audited(ctx, actor(ctx), (tx) => saveDayOff(tx, day), { entity: 'day-off', action: 'day-off.saved', detail: { date: day.date } }),
  'settings:remove-day-off': ({ date }, ctx) => audited(ctx, actor(ctx), (tx) => removeDayOff(tx, date), { entity: 'day-off', action: 'day-off.removed', detail: { date } }),
} satisfies Partial<HandlerTable>;
