import { create } from 'zustand';
import type { EvaluationSummary, PhaseEvaluationFields, PhaseEvaluationView } from '../../../electron/shared/schemas/phase-evaluations';
import { getApi, unwrap } from '../api';
import { hireLoader, notLoaded, type Loadable } from './loadable';

interface EvaluationsState {
  hireId: number | null;
  evaluations: Loadable<PhaseEvaluationView[]>;
  load: (hireId: number) => Promise<void>;
  refresh: () => Promise<void>;
  save: (phaseId: string, fields: PhaseEvaluationFields) => Promise<PhaseEvaluationView[]>;
  remove: (evaluationId: number) => Promise<PhaseEvaluationView[]>;
}

/** One hire's phase evaluations: each phase of their programme with its last day and the answers. */
export const useEvaluationsStore = create<EvaluationsState>((set, get) => {
  const evaluations = hireLoader<PhaseEvaluationView[]>(
    {
      hireId: () => get().hireId,
      open: (hireId) => set({ hireId, evaluations: notLoaded([]) }),
      get: () => get().evaluations,
      set: (next) => set({ evaluations: next }),
    },
    (hireId) => unwrap(getApi().evaluations.getPhaseEvaluations({ hireId })),
  );
  return {
    hireId: null,
    evaluations: notLoaded([]),
    load: evaluations.load,
    refresh: evaluations.refresh,
    save: (phaseId, fields) =>
      evaluations.change((hireId) => unwrap(getApi().evaluations.savePhaseEvaluation({ hireId, phaseId, ...fields }))),
    remove: (evaluationId) => evaluations.change(() => unwrap(getApi().evaluations.removePhaseEvaluation({ evaluationId }))),
  };
});

/** The programme's improvement view, read when its tab opens. */
export const loadEvaluationSummary = (templateId: number): Promise<EvaluationSummary> =>
  unwrap(getApi().evaluations.getSummary({ templateId }));

/** The blank form to print, saved where the user picks. */
export const printEvaluationForm = (hireId: number, phaseId: string) => unwrap(getApi().evaluations.printForm({ hireId, phaseId }));
