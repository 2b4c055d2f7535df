import * as hires from '../../../db/queries/hires';
import * as hours from '../../../db/queries/hours';
import { getPerson } from '../../../db/queries/staff';
import * as substitutes from '../../../db/queries/substitutes';
import { formatMinutes } from '../../shared/rules/duration';
import { svText } from '../../shared/i18n/translate';
import { MAX_MINUTES_PER_DAY } from '../../shared/schemas/hours';
import { AppError } from '../errors';
import { actor, audited } from '../ipc/audited';
import { today, type HandlerContext } from '../ipc/context';
import type { DomainHandlers } from '../ipc/dispatch';
import { writableHire } from '../services/archive-guard';
import { hoursOfHire, introducerLoad } from '../services/hours';
import { hireOrFail } from '../services/plans';

const hoursView = (ctx: HandlerContext, hireId: number) => hoursOfHire(ctx.db, hireOrFail(ctx.db, hireId), today(ctx));

export const hoursHandlers: DomainHandlers<'hours'> = {
  'hours:get-hours': ({ hireId }, ctx) => hoursView(ctx, hireId),
  'hours:log-hours': (entry, ctx) => {
    const by = actor(ctx);
    const hire = writableHire(ctx.db, entry.hireId);
    const fields: Record<string, string> = {};
    if (entry.date < hire.startDate) fields.date = svText('hours.beforeStart', { date: hire.startDate });
    if (entry.date > today(ctx)) fields.date = svText('hours.inFuture');
    const sameDay = hours
      .hoursOf(ctx.db, hire.id)
      .filter((e) => e.date === entry.date)
      .reduce((s, e) => s + e.minutes, 0);
    if (sameDay + entry.minutes > MAX_MINUTES_PER_DAY)
      fields.minutes = svText('hours.dayFull', { time: formatMinutes(MAX_MINUTES_PER_DAY - sameDay) });
    // Without this a stale or forged id reaches the foreign key and fails as an internal error.
    if (!getPerson(ctx.db, entry.personId)) fields.personId = svText('errors.personNotFound');
    if (Object.keys(fields).length) throw new AppError('invalid-input', svText('errors.invalid-input'), fields);
    audited(
      ctx,
      by,
      (tx) => hours.logHours(tx, { ...entry, loggedBy: by, createdAt: ctx.now() }),
      (row) => ({
        entity: 'hours',
        entityId: row.id,
        hireId: hire.id,
        action: 'hours.logged',
        detail: { minutes: entry.minutes, date: entry.date },
      }),
    );
    return hoursView(ctx, hire.id);
  },
  'hours:remove-hours': ({ entryId }, ctx) => {
    const by = actor(ctx);
    const entry = hours.getHourEntry(ctx.db, entryId);
    if (!entry) throw new AppError('not-found', svText('hours.entryNotFound'));
    writableHire(ctx.db, entry.hireId);
    audited(ctx, by, (tx) => hours.removeHours(tx, entryId), {
      entity: 'hours',
      entityId: entryId,
      hireId: entry.hireId,
      action: 'hours.removed',
      detail: { minutes: entry.minutes, date: entry.date },
    });
    return hoursView(ctx, entry.hireId);
  },
  'hours:set-introducer-slot': ({ hireId, weekday, time }, ctx) => {
    const by = actor(ctx);
    writableHire(ctx.db, hireId);
    audited(ctx, by, (tx) => hires.updateHire(tx, hireId, { introducerWeekday: weekday, introducerTime: time }, ctx.now()), {
      entity: 'hire',
      entityId: hireId,
      hireId,
      action: 'hours.slot',
      detail: { weekday, time },
    });
    return hoursView(ctx, hireId);
  },
  'hours:add-substitute': (input, ctx) => {
    const by = actor(ctx);
    const hire = writableHire(ctx.db, input.hireId);
    const fields: Record<string, string> = {};
    if (!getPerson(ctx.db, input.personId)) fields.personId = svText('errors.personNotFound');
    else if (input.personId === hire.introducerId) fields.personId = svText('hours.substitute.isIntroducer');
    if (input.toDate < hire.startDate) fields.toDate = svText('hours.beforeStart', { date: hire.startDate });
    if (substitutes.overlapsAnother(ctx.db, hire.id, input.fromDate, input.toDate)) fields.fromDate = svText('hours.substitute.overlaps');
    if (Object.keys(fields).length) throw new AppError('invalid-input', svText('errors.invalid-input'), fields);
    audited(
      ctx,
      by,
      (tx) => substitutes.addSubstitute(tx, { ...input, createdBy: by, createdAt: ctx.now(), updatedAt: ctx.now() }),
      (row) => ({
        entity: 'hours',
        entityId: row.id,
        hireId: hire.id,
        action: 'hours.substitute-added',
        detail: { from: input.fromDate, to: input.toDate },
      }),
    );
    return hoursView(ctx, hire.id);
  },
  'hours:remove-substitute': ({ substituteId }, ctx) => {
    const by = actor(ctx);
    const period = substitutes.getSubstitute(ctx.db, substituteId);
    if (!period) throw new AppError('not-found', svText('hours.substitute.notFound'));
    writableHire(ctx.db, period.hireId);
    audited(ctx, by, (tx) => substitutes.removeSubstitute(tx, substituteId), {
      entity: 'hours',
      entityId: substituteId,
      hireId: period.hireId,
      action: 'hours.substitute-removed',
      detail: { from: period.fromDate, to: period.toDate },
    });
    return hoursView(ctx, period.hireId);
  },
  'hours:introducer-load': (_input, ctx) => introducerLoad(ctx.db, today(ctx)),
};
