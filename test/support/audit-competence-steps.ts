import type { handlerHarness } from './handler-context';
import { FREE_TEXT, type Step, type StepState } from './audit-steps';

type Harness = ReturnType<typeof handlerHarness>;

/** Every change to a hire's competence plan, on the hire the hire steps made. */
export function competenceSteps(h: Harness, s: StepState): Step[] {
  const training = { name: FREE_TEXT.training, provider: '', planned: 'VT 2027', year: 2027, costKr: 4500, status: 'planned' as const };
  const event = (action: string, entityId?: () => number, detail?: () => Record<string, unknown>) => () => ({
    entity: 'competence',
    action,
    hireId: s.hireId,
    ...(entityId ? { entityId: entityId() } : {}),
    ...(detail ? { detail: detail() } : {}),
  });
  return [
    {
      channel: 'competence:save-goals',
      run: () => h.must('competence:save-goals', { hireId: s.hireId, shortGoals: FREE_TEXT.shortGoals, longGoals: FREE_TEXT.longGoals }),
      expect: event('competence.goals'),
    },
    {
      channel: 'competence:set-co-handler',
      run: () => h.must('competence:set-co-handler', { hireId: s.hireId, personId: s.introducerId }),
      expect: event('competence.co-handler', undefined, () => ({ personId: s.introducerId })),
    },
    {
      channel: 'competence:add-mapping',
      run: async () =>
        (s.mappingId = (
          await h.must('competence:add-mapping', { hireId: s.hireId, course: FREE_TEXT.course, year: 2020, place: '', evidence: false })
        ).mappings.at(-1)!.id),
      expect: event('competence.mapping-added', () => s.mappingId),
    },
    {
      channel: 'competence:remove-mapping',
      prepare: async () => {
        s.mappingId = (
          await h.must('competence:add-mapping', { hireId: s.hireId, course: 'Kurs att ta bort', year: null, place: '', evidence: false })
        ).mappings.at(-1)!.id;
      },
      run: () => h.must('competence:remove-mapping', { mappingId: s.mappingId }),
      expect: event('competence.mapping-removed', () => s.mappingId),
    },
    {
      channel: 'competence:decide-level',
      run: () => h.must('competence:decide-level', { hireId: s.hireId, level: 2, decidedOn: '2026-11-20', note: FREE_TEXT.levelNote }),
      expect: event('competence.level', undefined, () => ({ level: 2, date: '2026-11-20' })),
    },
    {
      channel: 'competence:add-recommended',
      run: () => h.must('competence:add-recommended', { hireId: s.hireId }),
      expect: event('competence.recommended-added', undefined, () => ({ count: 2, year: 2026 })),
    },
    {
      channel: 'competence:add-training',
      run: async () => (s.trainingId = (await h.must('competence:add-training', { hireId: s.hireId, ...training })).trainings.at(-1)!.id),
      expect: event(
        'competence.training-added',
        () => s.trainingId,
        () => ({ status: 'planned', year: 2027 }),
      ),
    },
    {
      channel: 'competence:update-training',
      run: () => h.must('competence:update-training', { trainingId: s.trainingId, ...training, status: 'booked' }),
      expect: event(
        'competence.training-updated',
        () => s.trainingId,
        () => ({ status: 'booked', year: 2027 }),
      ),
    },
    {
      channel: 'competence:remove-training',
      prepare: async () => {
        s.trainingId = (
          await h.must('competence:add-training', { hireId: s.hireId, ...training, name: 'Utbildning att ta bort' })
        ).trainings.find((t) => t.name === 'Utbildning att ta bort')!.id;
      },
      run: () => h.must('competence:remove-training', { trainingId: s.trainingId }),
      expect: event('competence.training-removed', () => s.trainingId),
    },
  ];
}
