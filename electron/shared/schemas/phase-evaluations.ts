import { z } from 'zod';
import type { IsoDate } from '../rules/days';
import { id, isoDate, type PersonRef } from './plan';
import { contentId } from './template';
import type { CheckInStatus } from './check-ins';

/**
 * The new hire's evaluation of a phase. The questions are fixed in the app, not template content:
 * only the same statements can be averaged across hires and programme versions. Each is a
 * statement answered 1 (stämmer inte alls) to 5 (stämmer helt), so higher is better throughout.
 */
export const EVALUATION_QUESTIONS = ['clarity', 'support', 'workload', 'reflection', 'overall'] as const;
export type EvaluationQuestion = (typeof EVALUATION_QUESTIONS)[number];

/** Below this many answers the improvement view shows nothing of a phase but "för få svar". */
export const MIN_ANSWERS_SHOWN = 3;

const score = z.number().int('validation.scale').min(1, 'validation.scale').max(5, 'validation.scale');
export const EVALUATION_TEXT_MAX = 2000;
const text = z.string().trim().max(EVALUATION_TEXT_MAX, 'validation.tooLong');

export const phaseEvaluationFields = z.strictObject({
  answeredOn: isoDate,
  /** Answered in the app, or typed in from the printed form. */
  source: z.enum(['app', 'paper']),
  scores: z.strictObject(Object.fromEntries(EVALUATION_QUESTIONS.map((q) => [q, score])) as Record<EvaluationQuestion, typeof score>),
  good: text,
  improve: text,
});
export type PhaseEvaluationFields = z.infer<typeof phaseEvaluationFields>;
export const savePhaseEvaluationInput = phaseEvaluationFields.extend({ hireId: id, phaseId: contentId });
export const phaseEvaluationRef = z.strictObject({ hireId: id, phaseId: contentId });

export interface PhaseEvaluationRecord extends PhaseEvaluationFields {
  id: number;
  enteredBy: PersonRef | null;
}

export interface PhaseEvaluationView {
  phaseId: string;
  phaseName: string;
  startDate: IsoDate;
  /** The phase's last day: the evaluation is asked for then. */
  dueDate: IsoDate;
  status: CheckInStatus;
  record: PhaseEvaluationRecord | null;
}

/** One question of one phase across hires; null figures when there are too few answers to show. */
export interface QuestionSummary {
  question: EvaluationQuestion;
  average: number | null;
  /** How many answered 1, 2, 3, 4, 5. */
  distribution: [number, number, number, number, number] | null;
}

export interface PhaseSummary {
  phaseId: string;
  phaseName: string;
  answers: number;
  tooFew: boolean;
  questions: QuestionSummary[];
  /** The free texts without who wrote them, in alphabetical order (not the order they came in). */
  good: string[];
  improve: string[];
}

export interface VersionSummary {
  versionId: number;
  number: number;
  publishedAt: string | null;
  phases: PhaseSummary[];
}

export interface EvaluationSummary {
  templateId: number;
  templateName: string;
  minAnswers: number;
  versions: VersionSummary[];
}
