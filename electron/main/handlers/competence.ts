import * as competence from '../../../db/queries/competence';
import { getPerson } from '../../../db/queries/staff';
import { svText } from '../../shared/i18n/translate';
import { AppError } from '../errors';
import { actor, audited } from '../ipc/audited';
import { today, type HandlerContext } from '../ipc/context';
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
  'competence:save-goals': ({ hireId, shortGoals, longGoals }, ctx) => {
    const by = actor(ctx);
    writableHire(ctx.db, hireId);
    audited(
      ctx,
      by,
      (tx) => competence.upsertCompetencePlan(tx, hireId, { shortGoals, longGoals }, ctx.now()),
      (plan) => ({
        entity: 'competence',
        entityId: plan.id,
        hireId,
        action: 'competence.goals',
      }),
    );
    return view(ctx, hireId);
  },
  'competence:set-co-handler': ({ hireId, personId }, ctx) => {
    const by = actor(ctx);
    writableHire(ctx.db, hireId);
    knownPerson(ctx, 'personId', personId);
    audited(
      ctx,
      by,
      (tx) => competence.upsertCompetencePlan(tx, hireId, { coHandlerId: personId }, ctx.now()),
      (plan) => ({
        entity: 'competence',
        entityId: plan.id,
        hireId,
        action: 'competence.co-handler',
        detail: { personId },
      }),
    );
    return view(ctx, hireId);
  },
  'competence:add-mapping': ({ hireId, ...fields }, ctx) => {
    const by = actor(ctx);
    writableHire(ctx.db, hireId);
    const now = ctx.now();
    audited(
      ctx,
      by,
      (tx) => competence.addMapping(tx, { hireId, ...fields, createdAt: now, updatedAt: now }),
      (row) => ({
        entity: 'competence',
        entityId: row.id,
        hireId,
        action: 'competence.mapping-added',
      }),
    );
    return view(ctx, hireId);
  },
  'competence:remove-mapping': ({ mappingId }, ctx) => {
    const by = actor(ctx);
    const row = competence.getMapping(ctx.db, mappingId);
    if (!row) throw new AppError('not-found', svText('competence.mapping.notFound'));
    writableHire(ctx.db, row.hireId);
    audited(ctx, by, (tx) => competence.removeMapping(tx, mappingId), {
      entity: 'competence',
      entityId: mappingId,
      hireId: row.hireId,
      action: 'competence.mapping-removed',
    });
    return view(ctx, row.hireId);
  },
  'competence:decide-level': ({ hireId, level, decidedOn, note }, ctx) => {
    const by = actor(ctx);
    writableHire(ctx.db, hireId);
    const now = ctx.now();
    audited(
      ctx,
      by,
      (tx) => competence.addLevel(tx, { hireId, level, decidedOn, decidedBy: by, note, createdAt: now, updatedAt: now }),
      (row) => ({ entity: 'competence', entityId: row.id, hireId, action: 'competence.level', detail: { level, date: decidedOn } }),
    );
    return view(ctx, hireId);
  },
  'competence:add-training': ({ hireId, ...fields }, ctx) => {
    const by = actor(ctx);
    writableHire(ctx.db, hireId);
    const now = ctx.now();
    audited(
      ctx,
      by,
      (tx) => competence.addTraining(tx, { hireId, ...fields, createdAt: now, updatedAt: now }),
      (row) => ({
        entity: 'competence',
        entityId: row.id,
        hireId,
        action: 'competence.training-added',
        detail: { status: fields.status, year: fields.year },
      }),
    );
    return view(ctx, hireId);
  },
  /** The programme's trainings for the hire's level, added as planned this year (the manager then dates and prices them). */
  'competence:add-recommended': ({ hireId }, ctx) => {
    const by = actor(ctx);
    const hire = writableHire(ctx.db, hireId);
    const { recommended } = competenceOfHire(ctx.db, hire);
    const now = ctx.now();
    const year = Number(today(ctx).slice(0, 4));
    if (!recommended.length) return competenceOfHire(ctx.db, hire);
    audited(
      ctx,
      by,
      (tx) =>
        recommended.map(({ name, provider }) =>
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
          }),
        ),
      { entity: 'competence', hireId, action: 'competence.recommended-added', detail: { count: recommended.length, year } },
    );
    return view(ctx, hireId);
  },
  'competence:update-training': ({ trainingId, ...fields }, ctx) => {
    const by = actor(ctx);
    const row = trainingOrFail(ctx, trainingId);
    writableHire(ctx.db, row.hireId);
    audited(ctx, by, (tx) => competence.updateTraining(tx, trainingId, { ...fields, updatedAt: ctx.now() }), {
      entity: 'competence',
      entityId: trainingId,
      hireId: row.hireId,
      action: 'competence.training-updated',
      detail: { status: fields.status, year: fields.year },
    });
    return view(ctx, row.hireId);
  },
  'competence:remove-training': ({ trainingId }, ctx) => {
    const by = actor(ctx);
    const row = trainingOrFail(ctx, trainingId);
    writableHire(ctx.db, row.hireId);
    audited(ctx, by, (tx) => competence.removeTraining(tx, trainingId), {
      entity: 'competence',
      entityId: trainingId,
      hireId: row.hireId,
      action: 'competence.training-removed',
    });
    return view(ctx, row.hireId);
  },
};
