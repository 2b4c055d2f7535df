import { create } from 'zustand';
import type { Input } from '../../../electron/shared/contract';
import type { CompetenceBudget, HireCompetence, TrainingFields } from '../../../electron/shared/schemas/competence';
import type { FileOutcome } from '../../../electron/shared/schemas/template-api';
import { getApi, unwrap } from '../api';
import { useHiresStore } from './hires';
import { hireLoader, load, notLoaded, reload, type Loadable, type Slot } from './loadable';
import { useSettingsStore } from './settings';
import { usePlanStore } from './plan';

export type MappingFields = Omit<Input<'competence:add-mapping'>, 'hireId'>;
export type LevelFields = Omit<Input<'competence:decide-level'>, 'hireId'>;

interface CompetenceState {
  hireId: number | null;
  plan: Loadable<HireCompetence | null>;
  load: (hireId: number) => Promise<void>;
  refresh: () => Promise<void>;
  /** Each change answers with the plan as main now holds it; nothing is shown before main has written it. */
  saveGoals: (shortGoals: string, longGoals: string) => Promise<HireCompetence>;
  setCoHandler: (personId: number | null) => Promise<HireCompetence>;
  addMapping: (fields: MappingFields) => Promise<HireCompetence>;
  removeMapping: (mappingId: number) => Promise<HireCompetence>;
  decideLevel: (fields: LevelFields) => Promise<HireCompetence>;
  addTraining: (fields: TrainingFields) => Promise<HireCompetence>;
  addRecommended: () => Promise<HireCompetence>;
  updateTraining: (trainingId: number, fields: TrainingFields) => Promise<HireCompetence>;
  removeTraining: (trainingId: number) => Promise<HireCompetence>;
  /** The one-page plan through main's save dialog. */
  exportPdf: () => Promise<FileOutcome>;
}

/** One hire's competence plan: level and its history, mapping, goals, trainings, co-handler. */
export const useCompetenceStore = create<CompetenceState>((set, get) => {
  const plan = hireLoader<HireCompetence | null>(
    {
      hireId: () => get().hireId,
      open: (hireId) => set({ hireId, plan: notLoaded(null) }),
      get: () => get().plan,
      set: (next) => set({ plan: next }),
    },
    (hireId) => unwrap(getApi().competence.getPlan({ hireId })),
  );
  const api = () => getApi().competence;
  // The hire page's header and the overview flag Nivå 1 and the co-handler: they read again too.
  const change = async (write: (hireId: number) => Promise<HireCompetence>) => {
    const next = await plan.change(write);
    void usePlanStore.getState().refresh();
    void useHiresStore.getState().refresh();
    return next;
  };
  return {
    hireId: null,
    plan: notLoaded(null),
    load: plan.load,
    refresh: plan.refresh,
    saveGoals: (shortGoals, longGoals) => change((hireId) => unwrap(api().saveGoals({ hireId, shortGoals, longGoals }))),
    setCoHandler: (personId) => change((hireId) => unwrap(api().setCoHandler({ hireId, personId }))),
    addMapping: (fields) => change((hireId) => unwrap(api().addMapping({ hireId, ...fields }))),
    removeMapping: (mappingId) => change(() => unwrap(api().removeMapping({ mappingId }))),
    decideLevel: (fields) => change((hireId) => unwrap(api().decideLevel({ hireId, ...fields }))),
    addTraining: (fields) => change((hireId) => unwrap(api().addTraining({ hireId, ...fields }))),
    addRecommended: () => change((hireId) => unwrap(api().addRecommended({ hireId }))),
    updateTraining: (trainingId, fields) => change(() => unwrap(api().updateTraining({ trainingId, ...fields }))),
    removeTraining: (trainingId) => change(() => unwrap(api().removeTraining({ trainingId }))),
    exportPdf: () => unwrap(api().exportPdf({ hireId: get().hireId! })),
  };
});

interface BudgetState {
  budget: Loadable<CompetenceBudget | null>;
  load: () => Promise<void>;
  refresh: () => Promise<void>;
  /** Saves the amount per employee (a unit-wide preference) and reads the budget again. */
  setPerEmployee: (competenceBudgetKr: number) => Promise<void>;
}

/** The unit's competence budget per year (Inställningar). */
export const useCompetenceBudgetStore = create<BudgetState>((set, get) => {
  const budget: Slot<CompetenceBudget | null> = { get: () => get().budget, set: (next) => set({ budget: next }) };
  const read = () => unwrap(getApi().competence.getBudget());
  return {
    budget: notLoaded(null),
    load: () => load(budget, read),
    refresh: () => reload(budget, read),
    async setPerEmployee(competenceBudgetKr) {
      useSettingsStore.setState({ preferences: await unwrap(getApi().settings.updatePreferences({ competenceBudgetKr })) });
      await reload(budget, read);
    },
  };
});
