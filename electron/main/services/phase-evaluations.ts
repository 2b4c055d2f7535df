import type { Db } from '../../../db/client';
import { allPhaseEvaluations, phaseEvaluationsOf } from '../../../db/queries/phase-evaluations';
import type { HireRow } from '../../../db/queries/hires';
import { getTemplateName, listPublishedVersions } from '../../../db/queries/templates';
import { svText } from '../../shared/i18n/translate';
import { checkInStatus } from '../../shared/rules/check-ins';
import type { IsoDate } from '../../shared/rules/days';
import { summarisePhase, type Answer } from '../../shared/rules/phase-evaluations';
import { planPhases } from '../../shared/rules/plan';
import {
  MIN_ANSWERS_SHOWN,
  type EvaluationSummary,
  type PhaseEvaluationFields,
  type PhaseEvaluationView,
} from '../../shared/schemas/phase-evaluations';
import { AppError } from '../errors';
import { calendarOf, everyone, templateOf } from './plans';

/** The hire's phases of their programme version, each with its evaluation (asked for on its last day). */
export function phaseEvaluationsOfHire(db: Db, hire: HireRow, today: IsoDate): PhaseEvaluationView[] {
  const { content } = templateOf(db, hire.templateVersionId);
  const names = everyone(db);
  const records = new Map(phaseEvaluationsOf(db, hire.id).map((r) => [r.phaseId, r]));
  return planPhases(content, hire.startDate, calendarOf(db)).map((phase) => {
    const row = records.get(phase.id);
    return {
      phaseId: phase.id,
      phaseName: phase.name,
      startDate: phase.startDate,
      dueDate: phase.endDate,
      status: checkInStatus(phase.endDate, row !== undefined, today),
      record: row
        ? {
            id: row.id,
            answeredOn: row.answeredOn,
            source: row.source,
            scores: row.scores as PhaseEvaluationFields['scores'],
            good: row.good,
            improve: row.improve,
            enteredBy: row.enteredBy !== null ? (names.get(row.enteredBy) ?? null) : null,
          }
        : null,
    };
  });
}

/**
 * The programme's improvement view: every answer of every hire (archived ones too; erased ones
 * are gone), per published version and phase of that version, newest version first. Versions
 * nobody has answered for are left out.
 */
export function evaluationSummary(db: Db, templateId: number): EvaluationSummary {
  const templateName = getTemplateName(db, templateId);
  if (templateName === undefined) throw new AppError('not-found', svText('template.notFound'));
  const answers = new Map<string, Answer[]>();
  for (const row of allPhaseEvaluations(db)) {
    const key = `${row.templateVersionId}:${row.phaseId}`;
    answers.set(key, [...(answers.get(key) ?? []), row]);
  }
  const versions = listPublishedVersions(db)
    .filter((v) => v.templateId === templateId)
    .filter((v) => v.content.phases.some((p) => answers.has(`${v.id}:${p.id}`)));
  return {
    templateId,
    templateName,
    minAnswers: MIN_ANSWERS_SHOWN,
    versions: versions.map((v) => ({
      versionId: v.id,
      number: v.number,
      publishedAt: v.publishedAt,
      phases: v.content.phases.map((p) => summarisePhase(p, answers.get(`${v.id}:${p.id}`) ?? [])),
    })),
  };
}
