import * as checkIns from '../../../db/queries/check-ins';
import * as hires from '../../../db/queries/hires';
import { svText } from '../../shared/i18n/translate';
import { planPhases } from '../../shared/rules/plan';
import { AppError } from '../errors';
import { actor, audited } from '../ipc/audited';
import { today, type HandlerContext } from '../ipc/context';
import type { DomainHandlers } from '../ipc/dispatch';
import { writableHire } from '../services/archive-guard';
import { checkInsOfHire } from '../services/check-ins';
import { calendarOf, hireOrFail, templateOf } from '../services/plans';

/** Agreed actions are due two working weeks after the talk. */
const ACTION_WORKING_DAYS = 10;

const view = (ctx: HandlerContext, hireId: number) => checkInsOfHire(ctx.db, hireOrFail(ctx.db, hireId), today(ctx));

export const checkInHandlers: DomainHandlers<'checkins'> = {
  'checkins:get-check-ins': ({ hireId }, ctx) => view(ctx, hireId),
  'checkins:save-check-in': ({ hireId, checkpointId, toPlan, ...fields }, ctx) => {
    const by = actor(ctx);
    const hire = writableHire(ctx.db, hireId);
    const { content } = templateOf(ctx.db, hire.templateVersionId);
    const checkpoint = content.checkIns.find((c) => c.id === checkpointId);
    if (!checkpoint) throw new AppError('not-found', svText('checkIns.notFound'));
    if (fields.heldOn < hire.startDate) throw invalid('heldOn', svText('hours.beforeStart', { date: hire.startDate }));
    if (fields.heldOn > today(ctx)) throw invalid('heldOn', svText('checkIns.inFuture'));
    const calendar = calendarOf(ctx.db);
    // An action lands in the phase running on the day of the talk (the last one after the plan's end).
    const phases = planPhases(content, hire.startDate, calendar);
    const phase = phases.find((p) => p.startDate <= fields.heldOn && fields.heldOn <= p.endDate) ?? phases.at(-1)!;
    const now = ctx.now();
    audited(
      ctx,
      by,
      (tx) => {
        checkIns.upsertCheckIn(tx, { hireId, checkpointId, ...fields, heldBy: by, createdAt: now, updatedAt: now });
        if (!toPlan) return 0;
        for (const title of fields.actions)
          hires.addItem(
            tx,
            hireId,
            {
              phaseId: phase.id,
              title,
              instructions: svText('checkIns.actionInstructions', { label: checkpoint.label }),
              category: svText('checkIns.actionCategory'),
              expectedMinutes: 0,
              responsible: { kind: 'role', role: 'manager' },
              startDate: fields.heldOn,
              dueDate: calendar.addWorkingDays(fields.heldOn, ACTION_WORKING_DAYS),
              templateItemId: null,
              required: true,
              status: 'todo',
              datesEdited: true,
            },
            now,
          );
        return fields.actions.length;
      },
      (items) => ({ entity: 'check-in', entityId: null, hireId, action: 'check-in.saved', detail: { date: fields.heldOn, items } }),
    );
    return view(ctx, hireId);
  },
  'checkins:remove-check-in': ({ checkInId }, ctx) => {
    const by = actor(ctx);
    const row = checkIns.getCheckIn(ctx.db, checkInId);
    if (!row) throw new AppError('not-found', svText('checkIns.notFound'));
    writableHire(ctx.db, row.hireId);
    audited(ctx, by, (tx) => checkIns.removeCheckIn(tx, checkInId), {
      entity: 'check-in',
      entityId: checkInId,
      hireId: row.hireId,
      action: 'check-in.removed',
    });
    return view(ctx, row.hireId);
  },
};

const invalid = (field: string, message: string) => new AppError('invalid-input', svText('errors.invalid-input'), { [field]: message });
