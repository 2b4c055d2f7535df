import path from 'node:path';
import type { handlerHarness } from './handler-context';
import { FREE_TEXT, type Step, type StepState } from './audit-steps';

type Harness = ReturnType<typeof handlerHarness>;

/** The plan the hire steps work on: today is 2026-11-23, the hire started on 2026-10-05. */
async function newHire(h: Harness, s: StepState, name: string) {
  // The default programme, not the small one the template steps made.
  const programme = (await h.must('templates:list-templates', {})).find((t) => t.name.startsWith('Introduktion'));
  const version = programme!.versions[0]!;
  const draft = await h.must('templates:get-version', { versionId: version.id });
  return h.must('hires:create-hire', {
    hire: {
      name,
      title: FREE_TEXT.title,
      team: '',
      startDate: '2026-10-05',
      managerId: s.managerId,
      introducerId: s.introducerId,
      newlyGraduated: true,
      templateVersionId: version.id,
    },
    leaveOut: [],
    ownItems: [
      {
        phaseId: draft.content.phases[0]!.id,
        title: FREE_TEXT.ownTitle,
        instructions: FREE_TEXT.ownInstructions,
        category: 'Egen',
        expectedMinutes: 30,
        responsible: { kind: 'role', role: 'introducer' },
        startDate: '2026-10-05',
        dueDate: '2026-10-09',
      },
    ],
  });
}

const plan = (h: Harness, s: StepState) => h.must('hires:get-plan', { hireId: s.hireId });

export function hireSteps(h: Harness, s: StepState): Step[] {
  const hire = (action: string, detail?: Record<string, unknown>) => () => ({
    entity: 'hire',
    action,
    entityId: s.hireId,
    hireId: s.hireId,
    detail,
  });
  const item = (id: () => number, action: string, detail?: Record<string, unknown>) => () => ({
    entity: 'plan-item',
    action,
    entityId: id(),
    hireId: s.hireId,
    detail,
  });
  const session = (action: string) => () => ({ entity: 'reflection', action, entityId: s.sessionId, hireId: s.hireId });
  return [
    {
      channel: 'hires:create-hire',
      run: async () => {
        s.hireId = (await newHire(h, s, FREE_TEXT.hire)).id;
        const items = (await plan(h, s)).items;
        s.itemId = items[0]!.id;
        s.otherItemId = items[1]!.id;
      },
      expect: hire('hire.created'),
    },
    {
      channel: 'hires:update-hire',
      run: () =>
        h.must('hires:update-hire', {
          hireId: s.hireId,
          name: FREE_TEXT.hire,
          title: FREE_TEXT.title,
          team: FREE_TEXT.title,
          managerId: s.managerId,
          introducerId: s.introducerId,
          newlyGraduated: true,
        }),
      expect: hire('hire.updated'),
    },
    {
      channel: 'hires:change-start-date',
      run: () => h.must('hires:change-start-date', { hireId: s.hireId, startDate: '2026-10-12' }),
      expect: hire('hire.start-date-changed', { from: '2026-10-05', to: '2026-10-12' }),
    },
    {
      channel: 'plans:set-item-status',
      run: () => h.must('plans:set-item-status', { itemId: s.itemId, status: 'done' }),
      expect: item(() => s.itemId, 'item.done', { from: 'todo' }),
    },
    {
      channel: 'plans:set-item-status',
      run: () => h.must('plans:set-item-status', { itemId: s.otherItemId, status: 'notApplicable', reason: FREE_TEXT.reason }),
      expect: item(() => s.otherItemId, 'item.notApplicable', { from: 'todo' }),
    },
    {
      channel: 'plans:update-item',
      run: async () => {
        const current = (await plan(h, s)).items.find((i) => i.id === s.itemId)!;
        return h.must('plans:update-item', {
          itemId: s.itemId,
          note: FREE_TEXT.note,
          startDate: current.startDate,
          dueDate: current.dueDate,
        });
      },
      expect: item(() => s.itemId, 'item.edited', { datesChanged: false, noteChanged: true }),
    },
    {
      channel: 'plans:add-item',
      run: async () => {
        const { phases } = await plan(h, s);
        const added = await h.must('plans:add-item', {
          hireId: s.hireId,
          item: {
            phaseId: phases[0]!.id,
            title: FREE_TEXT.ownTitle,
            instructions: FREE_TEXT.ownInstructions,
            category: 'Egen',
            expectedMinutes: 15,
            responsible: { kind: 'role', role: 'manager' },
            startDate: '2026-11-23',
            dueDate: '2026-11-27',
          },
        });
        s.ownItemId = added.id;
      },
      expect: item(() => s.ownItemId, 'item.added'),
    },
    {
      channel: 'hours:log-hours',
      run: async () =>
        (s.hourId = (
          await h.must('hours:log-hours', {
            hireId: s.hireId,
            date: '2026-11-17',
            minutes: 90,
            purpose: FREE_TEXT.hoursPurpose,
            personId: s.introducerId,
          })
        ).entries[0]!.id),
      expect: () => ({
        entity: 'hours',
        action: 'hours.logged',
        entityId: s.hourId,
        hireId: s.hireId,
        detail: { minutes: 90, date: '2026-11-17' },
      }),
    },
    {
      channel: 'hours:remove-hours',
      run: () => h.must('hours:remove-hours', { entryId: s.hourId }),
      expect: () => ({ entity: 'hours', action: 'hours.removed', entityId: s.hourId, hireId: s.hireId }),
    },
    {
      channel: 'hours:set-introducer-slot',
      run: () => h.must('hours:set-introducer-slot', { hireId: s.hireId, weekday: 3, time: '13:00' }),
      expect: hire('hours.slot', { weekday: 3, time: '13:00' }),
    },
    {
      channel: 'hours:add-substitute',
      run: async () =>
        (s.substituteId = (
          await h.must('hours:add-substitute', {
            hireId: s.hireId,
            personId: s.otherId,
            fromDate: '2026-12-07',
            toDate: '2026-12-11',
            note: FREE_TEXT.substituteNote,
          })
        ).substitutes[0]!.id),
      expect: () => ({
        entity: 'hours',
        action: 'hours.substitute-added',
        entityId: s.substituteId,
        hireId: s.hireId,
        detail: { from: '2026-12-07', to: '2026-12-11' },
      }),
    },
    {
      channel: 'hours:remove-substitute',
      prepare: async () => {
        const { substitutes } = await h.must('hours:add-substitute', {
          hireId: s.hireId,
          personId: s.otherId,
          fromDate: '2026-12-14',
          toDate: '2026-12-18',
          note: '',
        });
        s.substituteId = substitutes.at(-1)!.id;
      },
      run: () => h.must('hours:remove-substitute', { substituteId: s.substituteId }),
      expect: () => ({ entity: 'hours', action: 'hours.substitute-removed', entityId: s.substituteId, hireId: s.hireId }),
    },
    {
      channel: 'checkins:save-check-in',
      run: async () => {
        const talk = { hireId: s.hireId, heldOn: '2026-11-20', workload: 4, support: 2, works: FREE_TEXT.checkInWorks, change: '' };
        await h.must('checkins:save-check-in', { ...talk, checkpointId: 'vecka-1', actions: [FREE_TEXT.checkInAction], toPlan: true });
      },
      expect: () => ({ entity: 'check-in', action: 'check-in.saved', hireId: s.hireId, detail: { date: '2026-11-20', items: 1 } }),
    },
    {
      channel: 'checkins:remove-check-in',
      prepare: async () => {
        const talk = { hireId: s.hireId, heldOn: '2026-11-20', workload: 3, support: 3, works: '', change: '', actions: [], toPlan: false };
        const list = await h.must('checkins:save-check-in', { ...talk, checkpointId: 'vecka-4' });
        s.checkInId = list.find((c) => c.checkpointId === 'vecka-4')!.record!.id;
      },
      run: () => h.must('checkins:remove-check-in', { checkInId: s.checkInId }),
      expect: () => ({ entity: 'check-in', action: 'check-in.removed', entityId: s.checkInId, hireId: s.hireId }),
    },
    {
      channel: 'evaluations:save-phase-evaluation',
      run: () =>
        h.must('evaluations:save-phase-evaluation', { ...evaluation(s.hireId), phaseId: 'vecka-1-4', good: FREE_TEXT.evaluationGood }),
      expect: () => ({ entity: 'phase-evaluation', action: 'phase-evaluation.saved', hireId: s.hireId, detail: { date: '2026-11-20' } }),
    },
    {
      channel: 'evaluations:remove-phase-evaluation',
      prepare: async () => {
        const list = await h.must('evaluations:save-phase-evaluation', { ...evaluation(s.hireId), phaseId: 'vecka-2-18' });
        s.evaluationId = list.find((p) => p.phaseId === 'vecka-2-18')!.record!.id;
      },
      run: () => h.must('evaluations:remove-phase-evaluation', { evaluationId: s.evaluationId }),
      expect: () => ({ entity: 'phase-evaluation', action: 'phase-evaluation.removed', entityId: s.evaluationId, hireId: s.hireId }),
    },
    {
      channel: 'reflection:add-session',
      run: async () => {
        const { sessions } = await h.must('reflection:add-session', {
          hireId: s.hireId,
          date: '2026-12-02',
          time: '10:00',
          durationMinutes: 60,
        });
        s.sessionId = sessions.find((x) => x.extra)!.id;
      },
      expect: () => ({
        entity: 'reflection',
        action: 'reflection.added',
        entityId: s.sessionId,
        hireId: s.hireId,
        detail: { date: '2026-12-02' },
      }),
    },
    {
      channel: 'reflection:move-session',
      run: () => h.must('reflection:move-session', { sessionId: s.sessionId, date: '2026-12-03', time: '10:00' }),
      expect: session('reflection.moved'),
    },
    {
      channel: 'reflection:cancel-session',
      run: () => h.must('reflection:cancel-session', { sessionId: s.sessionId, reason: FREE_TEXT.cancelReason }),
      expect: session('reflection.cancelled'),
    },
    {
      channel: 'reflection:reopen-session',
      run: () => h.must('reflection:reopen-session', { sessionId: s.sessionId }),
      expect: session('reflection.reopened'),
    },
    {
      channel: 'reflection:set-place',
      run: () => h.must('reflection:set-place', { sessionId: s.sessionId, place: FREE_TEXT.place, leaderId: s.introducerId }),
      expect: session('reflection.placed'),
    },
    {
      channel: 'reflection:mark-held',
      run: () => h.must('reflection:mark-held', { sessionId: s.sessionId, attendees: FREE_TEXT.attendees, theme: FREE_TEXT.theme }),
      expect: session('reflection.held'),
    },
    {
      channel: 'hires:set-finished',
      run: () => h.must('hires:set-finished', { hireId: s.hireId, finished: true }),
      expect: hire('hire.finished'),
    },
    {
      channel: 'privacy:set-archived',
      run: () => h.must('privacy:set-archived', { hireId: s.hireId, archived: true }),
      expect: hire('hire.archived'),
    },
    {
      channel: 'privacy:set-archived',
      run: () => h.must('privacy:set-archived', { hireId: s.hireId, archived: false }),
      expect: hire('hire.unarchived'),
    },
    {
      channel: 'privacy:export-hire',
      run: () => (h.desktop.answerSave(path.join(s.folder, 'export.json')), h.must('privacy:export-hire', { hireId: s.hireId })),
      expect: hire('hire.exported'),
    },
    {
      channel: 'privacy:erase-hire',
      prepare: async () => void (s.erasedHireId = (await newHire(h, s, FREE_TEXT.erased)).id),
      run: () => h.must('privacy:erase-hire', { hireId: s.erasedHireId, confirmName: FREE_TEXT.erased }),
      expect: () => ({ entity: 'hire', action: 'hire.erased', entityId: s.erasedHireId, hireId: s.erasedHireId }),
    },
  ];
}

const evaluation = (hireId: number) => ({
  hireId,
  answeredOn: '2026-11-20',
  source: 'paper' as const,
  scores: { clarity: 4, support: 3, workload: 2, reflection: 5, overall: 4 },
  good: '',
  improve: '',
});
