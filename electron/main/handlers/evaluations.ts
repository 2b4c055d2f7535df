import * as evaluations from '../../../db/queries/phase-evaluations';
import { svText } from '../../shared/i18n/translate';
import type { PhaseEvaluationView } from '../../shared/schemas/phase-evaluations';
import { AppError } from '../errors';
import { actor, audited } from '../ipc/audited';
import { today, type HandlerContext } from '../ipc/context';
import type { DomainHandlers } from '../ipc/dispatch';
import { writableHire } from '../services/archive-guard';
import { short } from '../services/binder/format';
import { evaluationFormPdf } from '../services/evaluation-form';
import { outcomeOf, safeFileName, saveThroughDialog } from '../services/files';
import { evaluationSummary, phaseEvaluationsOfHire } from '../services/phase-evaluations';
import { hireOrFail } from '../services/plans';

/** A new hire working in their own view reaches only their own evaluations. */
function ownOnly(ctx: HandlerContext, hireId: number): void {
  if (ctx.user.hireId != null && ctx.user.hireId !== hireId) throw new AppError('forbidden', svText('evaluations.notYours'));
}

const view = (ctx: HandlerContext, hireId: number) => phaseEvaluationsOfHire(ctx.db, hireOrFail(ctx.db, hireId), today(ctx));

function phaseOf(ctx: HandlerContext, hireId: number, phaseId: string): PhaseEvaluationView {
  const phase = view(ctx, hireId).find((p) => p.phaseId === phaseId);
  if (!phase) throw new AppError('not-found', svText('evaluations.notFound'));
  return phase;
}

const invalid = (field: string, message: string) => new AppError('invalid-input', svText('errors.invalid-input'), { [field]: message });

export const evaluationHandlers: DomainHandlers<'evaluations'> = {
  'evaluations:get-phase-evaluations': ({ hireId }, ctx) => {
    ownOnly(ctx, hireId);
    return view(ctx, hireId);
  },
  'evaluations:save-phase-evaluation': ({ hireId, phaseId, ...fields }, ctx) => {
    ownOnly(ctx, hireId);
    // The new hire answering in their own view is no one of the staff: the answer carries no name.
    const newHire = ctx.user.hireId != null;
    const by = newHire ? null : actor(ctx);
    const hire = writableHire(ctx.db, hireId);
    const phase = phaseOf(ctx, hireId, phaseId);
    if (fields.answeredOn < phase.startDate) throw invalid('answeredOn', svText('evaluations.beforePhase', { date: phase.startDate }));
    if (fields.answeredOn > today(ctx)) throw invalid('answeredOn', svText('evaluations.inFuture'));
    // Typing in a paper form is the manager's work; in their own view the hire answers here.
    const source = newHire ? 'app' : fields.source;
    const now = ctx.now();
    audited(
      ctx,
      by,
      (tx) =>
        evaluations.upsertPhaseEvaluation(tx, {
          hireId,
          phaseId,
          templateVersionId: hire.templateVersionId,
          ...fields,
          source,
          enteredBy: by,
          createdAt: now,
          updatedAt: now,
        }),
      {
        entity: 'phase-evaluation',
        entityId: null,
        hireId,
        action: 'phase-evaluation.saved',
        detail: { date: fields.answeredOn, ...(newHire && { byNewHire: true }) },
      },
    );
    return view(ctx, hireId);
  },
  'evaluations:remove-phase-evaluation': ({ evaluationId }, ctx) => {
    const by = actor(ctx);
    const row = evaluations.getPhaseEvaluation(ctx.db, evaluationId);
    if (!row) throw new AppError('not-found', svText('evaluations.notFound'));
    writableHire(ctx.db, row.hireId);
    audited(ctx, by, (tx) => evaluations.removePhaseEvaluation(tx, evaluationId), {
      entity: 'phase-evaluation',
      entityId: evaluationId,
      hireId: row.hireId,
      action: 'phase-evaluation.removed',
    });
    return view(ctx, row.hireId);
  },
  'evaluations:print-form': async ({ hireId, phaseId }, ctx) => {
    const hire = hireOrFail(ctx.db, hireId);
    const phase = phaseOf(ctx, hireId, phaseId);
    const options = {
      title: svText('evaluations.pdfDialog'),
      defaultName: svText('evaluations.pdfFileName', {
        phase: safeFileName(short(phase.phaseName, 60)),
        name: safeFileName(short(hire.name, 80)),
      }),
      filters: [{ name: svText('evaluations.pdfFileType'), extensions: ['pdf'] }],
    };
    return outcomeOf(await saveThroughDialog(ctx.desktop, options, () => evaluationFormPdf(ctx.db, hire.name, phase, ctx.now())));
  },
  'evaluations:get-summary': ({ templateId }, ctx) => evaluationSummary(ctx.db, templateId),
};
