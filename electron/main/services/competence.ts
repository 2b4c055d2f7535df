import type { Db } from '../../../db/client';
import type { HireRow } from '../../../db/queries/hires';
import { competencePlanOf, levelsOf, mappingsOf, trainingCostsByYear, trainingsOf } from '../../../db/queries/competence';
import { listHires } from '../../../db/queries/hires';
import { getPreferences } from '../../../db/queries/preferences';
import type { IsoDate } from '../../shared/rules/days';
import type { BudgetYear, CompetenceBudget, HireCompetence, Level } from '../../shared/schemas/competence';
import { templateOf } from './plans';
import { namesOf } from './reflection';

/** A hire's competence plan as the Kompetens tab, the binder and the one-page PDF show it. */
export function competenceOfHire(db: Db, hire: HireRow): HireCompetence {
  const { content } = templateOf(db, hire.templateVersionId);
  const plan = competencePlanOf(db, hire.id);
  const decisions = levelsOf(db, hire.id);
  const trainings = trainingsOf(db, hire.id);
  const who = namesOf(db, [plan?.coHandlerId ?? null, ...decisions.map((d) => d.decidedBy)]);
  const person = (id: number | null | undefined) => (id != null ? (who.get(id) ?? null) : null);
  // Every new hire starts at Nivå 1 (seed 003 ~L2960: the introduction is mandatory for all).
  const level = (decisions.at(-1)?.level ?? 1) as Level;
  const planned = new Set(trainings.map((t) => t.name.toLocaleLowerCase('sv')));
  return {
    hireId: hire.id,
    level,
    decided: decisions.length > 0,
    history: decisions.map((d) => ({
      id: d.id,
      level: d.level as Level,
      decidedOn: d.decidedOn,
      decidedBy: person(d.decidedBy),
      note: d.note,
    })),
    levels: content.competence.map(({ level: l, title, description }) => ({ level: l, title, description })),
    mappings: mappingsOf(db, hire.id).map(({ id, course, year, place, evidence }) => ({ id, course, year, place, evidence })),
    shortGoals: plan?.shortGoals ?? '',
    longGoals: plan?.longGoals ?? '',
    coHandler: person(plan?.coHandlerId),
    trainings: trainings.map(({ id, name, provider, planned: when, year, costKr, status }) => ({
      id,
      name,
      provider,
      planned: when,
      year,
      costKr,
      status,
    })),
    recommended: (content.competence.find((l) => l.level === level)?.trainings ?? []).filter(
      (t) => !planned.has(t.name.toLocaleLowerCase('sv')),
    ),
    cost: {
      planned: trainings.filter((t) => t.status !== 'done').reduce((s, t) => s + t.costKr, 0),
      spent: trainings.filter((t) => t.status === 'done').reduce((s, t) => s + t.costKr, 0),
    },
  };
}

/**
 * The competence budget per year: the amount per employee times the hires active some day of the
 * year (started by its end, not finished before it began), against the trainings counted in it.
 * Years from the first hire or training to next year.
 */
export function competenceBudget(db: Db, today: IsoDate): CompetenceBudget {
  const perEmployee = getPreferences(db).competenceBudgetKr;
  const hires = listHires(db, false).concat(listHires(db, true));
  const costs = new Map(trainingCostsByYear(db).map((c) => [c.year, c]));
  const thisYear = Number(today.slice(0, 4));
  const first = Math.min(thisYear, ...hires.map((h) => Number(h.startDate.slice(0, 4))), ...costs.keys());
  const last = Math.max(thisYear + 1, ...costs.keys());
  const years: BudgetYear[] = [];
  for (let year = first; year <= last; year++) {
    const active = hires.filter(
      (h) => h.startDate <= `${year}-12-31` && (!h.finishedAt || h.finishedAt.slice(0, 4) >= String(year)),
    ).length;
    const cost = costs.get(year);
    years.push({ year, hires: active, budget: active * perEmployee, planned: cost?.planned ?? 0, spent: cost?.spent ?? 0 });
  }
  return { perEmployee, years };
}
