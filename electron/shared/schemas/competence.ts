import { z } from 'zod';
import type { IsoDate } from '../rules/days';
import { id, isoDate, type PersonRef } from './plan';
import { personId } from './staff';

/**
 * The competence plan (seed 003 ~L2940–3031): earlier training mapped, the level Nivå 1–4 with its
 * history, goals, planned trainings with their cost, and the Nivå-1 protection (a co-handler).
 */
export const LEVELS = [1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

export const TRAINING_STATUSES = ['planned', 'booked', 'done'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');
const required = (max: number) => text(max).min(1, 'validation.required');
const level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
/** Years a course or a budget can sensibly be in. */
const year = z.number().int('validation.wholeYear').min(1950, 'validation.yearRange').max(2100, 'validation.yearRange');
/** A training costs at most a million kronor: more is a typing mistake. */
export const MAX_COST_KR = 1_000_000;
const costKr = z.number().int('validation.wholeKronor').min(0, 'validation.costRange').max(MAX_COST_KR, 'validation.costRange');

export const saveGoalsInput = z.strictObject({ hireId: id, shortGoals: text(4000), longGoals: text(4000) });
export const setCoHandlerInput = z.strictObject({ hireId: id, personId: personId.nullable() });
export const addMappingInput = z.strictObject({
  hireId: id,
  course: required(200),
  year: year.nullable(),
  place: text(200),
  evidence: z.boolean(),
});
export const decideLevelInput = z.strictObject({ hireId: id, level, decidedOn: isoDate, note: text(1000) });
export const trainingFields = z.strictObject({
  name: required(200),
  provider: text(200),
  planned: text(40),
  year,
  costKr,
  status: z.enum(TRAINING_STATUSES),
});
export const addTrainingInput = trainingFields.extend({ hireId: id });
export const updateTrainingInput = trainingFields.extend({ trainingId: id });
export type TrainingFields = z.infer<typeof trainingFields>;

export interface LevelDecision {
  id: number;
  level: Level;
  decidedOn: IsoDate;
  decidedBy: PersonRef | null;
  note: string;
}

export interface Mapping {
  id: number;
  course: string;
  year: number | null;
  place: string;
  evidence: boolean;
}

export interface Training extends TrainingFields {
  id: number;
}

/** What a level means, and the trainings the programme recommends at it (template content). */
export interface LevelText {
  level: Level;
  title: string;
  description: string;
}

/** One budget year: the hires it counts (each active some day of the year) and the trainings counted in it. */
export interface BudgetYear {
  year: number;
  hires: number;
  budget: number;
  planned: number;
  spent: number;
}

export interface CompetenceBudget {
  perEmployee: number;
  years: BudgetYear[];
}

export interface HireCompetence {
  hireId: number;
  /** The level now: the latest decision, or Nivå 1 when none is made yet (every new hire starts there). */
  level: Level;
  decided: boolean;
  history: LevelDecision[];
  levels: LevelText[];
  mappings: Mapping[];
  shortGoals: string;
  longGoals: string;
  coHandler: PersonRef | null;
  trainings: Training[];
  /** The programme's trainings for the hire's level that the plan does not hold yet. */
  recommended: { name: string; provider: string }[];
  cost: { planned: number; spent: number };
}
