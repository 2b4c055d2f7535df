import { compareSwedish } from './collation';
import {
  EVALUATION_QUESTIONS,
  MIN_ANSWERS_SHOWN,
  type EvaluationQuestion,
  type PhaseSummary,
  type QuestionSummary,
} from '../schemas/phase-evaluations';

export interface Answer {
  scores: Record<string, number>;
  good: string;
  improve: string;
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

function questionSummary(question: EvaluationQuestion, answers: Answer[]): QuestionSummary {
  const values = answers.map((a) => a.scores[question]).filter((v): v is number => typeof v === 'number' && v >= 1 && v <= 5);
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const v of values) distribution[v - 1]!++;
  return { question, average: values.length ? oneDecimal(values.reduce((s, v) => s + v, 0) / values.length) : null, distribution };
}

const texts = (values: string[]) =>
  values
    .map((v) => v.trim())
    .filter(Boolean)
    .sort(compareSwedish);

/**
 * One phase's answers as the improvement view shows them. With fewer than MIN_ANSWERS_SHOWN
 * nothing but the count is given, not even the free texts: with one or two answers everyone
 * knows whose they are.
 */
export function summarisePhase(phase: { id: string; name: string }, answers: Answer[]): PhaseSummary {
  const tooFew = answers.length < MIN_ANSWERS_SHOWN;
  return {
    phaseId: phase.id,
    phaseName: phase.name,
    answers: answers.length,
    tooFew,
    questions: EVALUATION_QUESTIONS.map((q) => (tooFew ? { question: q, average: null, distribution: null } : questionSummary(q, answers))),
    good: tooFew ? [] : texts(answers.map((a) => a.good)),
    improve: tooFew ? [] : texts(answers.map((a) => a.improve)),
  };
}
