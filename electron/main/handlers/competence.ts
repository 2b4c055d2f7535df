import * as competence from '../../../db/queries/competence';
import { getPerson } from '../../../db/queries/staff';
import { svText } from '../../shared/i18n/translate';
import { AppError } from '../errors';
import { actor, audited } from '../ipc/audited';
import { today, type HandlerContext } from '../ipc/context';
import type { Db } from '../../../db/client';
import type { AuditAction, AuditDetail } from '../../shared/schemas/audit';
import type { DomainHandlers } from '../ipc/dispatch';
import { writableHire } from '../services/archive-guard';
import { competenceBudget, competenceOfHire } from '../services/competence';
import { hireOrFail } from '../services/plans';
import { short } from '../services/binder/format';
import { competencePlanPdf } from '../services/competence-export';
import { outcomeOf, safeFileName, saveThroughDialog } from '../services/files';

const view = (ctx: HandlerContext, hireId: number) => competenceOfHire(ctx.db, hireOrFail(ctx.db, hireId));

/** A person the plan names must be in the directory: a stale id otherwise fails as an internal error. */
function knownPerson(ctx: HandlerContext, field: string, id: number | null): void {
  if (id !== null && !getPerson(ctx.db, id))
    throw new AppError('invalid-input', svText('errors.invalid-input'), { [field]: svText('errors.personNotFound') });
}

function trainingOrFail(ctx: HandlerContext, id: number) {
  const row = competence.getTraining(ctx.db, id);
  if (!row) throw new AppError('not-found', svText('competence.trainings.notFound'));
  return row;
}

/**
 * One change to a hire's competence plan by the person working: refused on an archived plan, written
 * with its audit row in one transaction (the row's id from what `write` returns, or `entityId`),
 * answered with the plan as it now is.
 */
function changePlan(
  ctx: HandlerContext,
  hireId: number,
  action: AuditAction,
  write: (tx: Db, now: string, by: number) => unknown,
  { entityId, detail }: { entityId?: number; detail?: AuditDetail } = {},
) {
  const by = actor(ctx);
  writableHire(ctx.db, hireId);
  const now = ctx.now();
  audited(
    ctx,
    by,
    (tx) => write(tx, now, by),
    (result) => ({
      entity: 'competence',
      entityId: entityId ?? (result as { id?: number } | undefined)?.id ?? null,
      hireId,
      action,
      ...(detail && { detail }),
    }),
  );
  return view(ctx, hireId);
}

export const competenceHandlers: DomainHandlers<'competence'> = {
  'competence:get-plan': ({ hireId }, ctx) => view(ctx, hireId),
  'competence:get-budget': (_input, ctx) => competenceBudget(ctx.db, today(ctx)),
  'competence:export-pdf': async ({ hireId }, ctx) => {
    const hire = hireOrFail(ctx.db, hireId);
    const options = {
      title: svText('competence.pdfDialog'),
      defaultName: svText('competence.pdfFileName', { name: safeFileName(short(hire.name, 80)) }),
      filters: [{ name: svText('competence.pdfFileType'), extensions: ['pdf'] }],
    };
    return outcomeOf(await saveThroughDialog(ctx.desktop, options, () => competencePlanPdf(ctx.db, hireId, ctx.now())));
  },
  'competence:save-goals': ({ hireId, shortGoals, longGoals }, ctx) =>
    changePlan(ctx, hireId, 'competence.goals', (tx, now) => competence.upsertCompetencePlan(tx, hireId, { shortGoals, longGoals }, now)),
  'competence:set-co-handler': ({ hireId, personId }, ctx) => {
    knownPerson(ctx, 'personId', personId);
    return changePlan(
      ctx,
      hireId,
      'competence.co-handler',
      (tx, now) => competence.upsertCompetencePlan(tx, hireId, { coHandlerId: personId }, now),
      {
        detail: { personId },
      },
    );
  },
  'competence:add-mapping': ({ hireId, ...fields }, ctx) =>
    changePlan(ctx, hireId, 'competence.mapping-added', (tx, now) =>
      competence.addMapping(tx, { hireId, ...fields, createdAt: now, updatedAt: now }),
    ),
  'competence:remove-mapping': ({ mappingId }, ctx) => {
    const row = competence.getMapping(ctx.db, mappingId);
    if (!row) throw new AppError('not-found', svText('competence.mapping.notFound'));
    return changePlan(ctx, row.hireId, 'competence.mapping-removed', (tx) => competence.removeMapping(tx, mappingId), {
      entityId: mappingId,
    });
  },
  'competence:decide-level': ({ hireId, level, decidedOn, note }, ctx) =>
    changePlan(
      ctx,
      hireId,
      'competence.level',
      (tx, now, by) => competence.addLevel(tx, { hireId, level, decidedOn, decidedBy: by, note, createdAt: now, updatedAt: now }),
      { detail: { level, date: decidedOn } },
    ),
  'competence:add-training': ({ hireId, ...fields }, ctx) =>
    changePlan(
      ctx,
      hireId,
      'competence.training-added',
      (tx, now) => competence.addTraining(tx, { hireId, ...fields, createdAt: now, updatedAt: now }),
      {
        detail: { status: fields.status, year: fields.year },
      },
    ),
  /** The programme's trainings for the hire's level, added as planned this year (the manager then dates and prices them). */
  'competence:add-recommended': ({ hireId }, ctx) => {
    const plan = view(ctx, hireId);
    const { recommended } = plan;
    if (!recommended.length) return plan;
    const year = Number(today(ctx).slice(0, 4));
    return changePlan(
      ctx,
      hireId,
      'competence.recommended-added',
      (tx, now) => {
        for (const { name, provider } of recommended)
          competence.addTraining(tx, {
            hireId,
            name,
            provider,
            planned: '',
            year,
            costKr: 0,
            status: 'planned',
            createdAt: now,
            updatedAt: now,
          });
      },
      { detail: { count: recommended.length, year } },
    );
  },
  'competence:update-training': ({ trainingId, ...fields }, ctx) => {
    const row = trainingOrFail(ctx, trainingId);
    return changePlan(
      ctx,
      row.hireId,
      'competence.training-updated',
      (tx, now) => competence.updateTraining(tx, trainingId, { ...fields, updatedAt: now }),
      {
        entityId: trainingId,
        detail: { status: fields.status, year: fields.year },
      },
    );
  },
  'competence:remove-training': ({ trainingId }, ctx) => {
    const row = trainingOrFail(ctx, trainingId);
    return changePlan(ctx, row.hireId, 'competence.training-removed', (tx) => competence.removeTraining(tx, trainingId), {
      entityId: trainingId,
    });
  },
};
