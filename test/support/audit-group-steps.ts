import type { GroupFields } from '../../electron/shared/schemas/groups';
import type { handlerHarness } from './handler-context';
import type { Step, StepState } from './audit-steps';

type Harness = ReturnType<typeof handlerHarness>;

/** Every change to the unit's groups, with the hire the hire steps made as a member. */
export function groupSteps(h: Harness, s: StepState): Step[] {
  const g = { groupId: 0, ordinaryId: 0, memberId: 0, sessionId: 0 };
  const fields = (): GroupFields => ({
    kind: 'reflection',
    name: 'Reflektionsgrupp nyanställda',
    leaderId: s.introducerId,
    leaderName: '',
    place: 'Rum Kebne',
    weekday: 3,
    time: '13:00',
    durationMinutes: 90,
    maxMembers: 8,
    meetingsPerYear: 24,
  });
  const event =
    (action: string, entityId: () => number, more: { hireId?: () => number; detail?: () => Record<string, unknown> } = {}) =>
    () => ({
      entity: 'group',
      action,
      entityId: entityId(),
      hireId: more.hireId ? more.hireId() : null,
      ...(more.detail ? { detail: more.detail() } : {}),
    });
  return [
    {
      channel: 'groups:save-group',
      run: async () => (g.groupId = (await h.must('groups:save-group', { groupId: null, group: fields() })).id),
      expect: event('group.created', () => g.groupId, { detail: () => ({ kind: 'reflection' }) }),
    },
    {
      channel: 'groups:add-member',
      run: async () =>
        (g.memberId = (
          await h.must('groups:add-member', { groupId: g.groupId, hireId: s.hireId, personId: null, fromDate: '2026-10-12' })
        ).members[0]!.id),
      expect: event('group.member-added', () => g.groupId, {
        hireId: () => s.hireId,
        detail: () => ({ date: '2026-10-12', staff: false }),
      }),
    },
    {
      channel: 'groups:plan-sessions',
      run: async () =>
        (g.sessionId = (await h.must('groups:plan-sessions', { groupId: g.groupId, from: '2026-11-01', count: 2 })).sessions[0]!.id),
      expect: event('group.sessions-planned', () => g.groupId, { detail: () => ({ count: 2, from: '2026-11-01' }) }),
    },
    {
      channel: 'groups:save-session',
      run: () =>
        h.must('groups:save-session', {
          groupId: g.groupId,
          sessionId: g.sessionId,
          session: {
            date: '2026-11-04',
            time: '13:30',
            durationMinutes: 90,
            place: 'Rum Kebne',
            theme: '',
            status: 'planned',
            cancelReason: null,
          },
        }),
      expect: event('group.session-changed', () => g.groupId, { detail: () => ({ date: '2026-11-04', fields: ['time'] }) }),
    },
    {
      channel: 'groups:record-attendance',
      run: () => h.must('groups:record-attendance', { sessionId: g.sessionId, attendance: [{ memberId: g.memberId, present: true }] }),
      expect: event('group.attendance', () => g.groupId, { detail: () => ({ date: '2026-11-04', present: 1, absent: 0 }) }),
    },
    {
      channel: 'groups:move-to-ordinary',
      prepare: async () => {
        g.ordinaryId = (await h.must('groups:save-group', { groupId: null, group: { ...fields(), name: 'Reflektionsgrupp IFO' } })).id;
      },
      run: () => h.must('groups:move-to-ordinary', { memberId: g.memberId, toGroupId: g.ordinaryId, fromDate: '2026-12-01' }),
      expect: event('group.moved', () => g.ordinaryId, {
        hireId: () => s.hireId,
        detail: () => ({ date: '2026-12-01', from: g.groupId, to: g.ordinaryId }),
      }),
    },
    {
      channel: 'groups:end-membership',
      run: () => h.must('groups:end-membership', { memberId: g.memberId, toDate: '2026-11-29' }),
      expect: event('group.member-ended', () => g.groupId, { hireId: () => s.hireId, detail: () => ({ date: '2026-11-29' }) }),
    },
    {
      channel: 'groups:set-archived',
      run: () => h.must('groups:set-archived', { groupId: g.groupId, archived: true }),
      expect: event('group.archived', () => g.groupId),
    },
  ];
}
