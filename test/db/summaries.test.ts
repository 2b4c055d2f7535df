import { afterEach, beforeEach, expect, it } from 'vitest';
import { isCompleted } from '../../electron/shared/rules/plan';
import type { HirePlan, HireSummary, ItemStatus } from '../../electron/shared/schemas/plan';
import { handlerHarness } from '../support/handler-context';

/**
 * The overview's summaries are counted by SQLite (progressCounts, nextOpenItems). They must say
 * exactly what the full plan says, computed the way summaryOf did before from every item.
 */
let h: ReturnType<typeof handlerHarness>;
let clock = '2026-11-23T09:00:00.000Z';
beforeEach(() => {
  clock = '2026-11-23T09:00:00.000Z';
  h = handlerHarness(() => clock);
});
afterEach(() => h.close());

function fromPlan(plan: HirePlan): Omit<HireSummary, keyof HirePlan['hire']> & { endDate: string } {
  const applicable = plan.items.filter((i) => i.status !== 'notApplicable');
  return {
    endDate: plan.hire.endDate,
    progress: plan.phases.map((phase) => {
      const inPhase = applicable.filter((i) => i.phaseId === phase.id);
      return { phaseId: phase.id, name: phase.name, done: inPhase.filter((i) => isCompleted(i.status)).length, total: inPhase.length };
    }),
    late: plan.items.filter((i) => i.late).length,
    notFollowedUp: plan.items.filter((i) => i.status === 'done').length,
    next: applicable
      .filter((i) => i.status === 'todo')
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
      .slice(0, 3)
      .map((i) => ({ id: i.id, title: i.title, dueDate: i.dueDate, late: i.late })),
  };
}

it('list-hires says what each full plan says: progress, late, not followed up, next three, end date', async () => {
  const person = (name: string, roles: ('manager' | 'introducer')[]) => ({ name, title: '', team: '', phone: '', email: '', roles });
  const manager = await h.must('staff:create-person', person('Anna Lindqvist', ['manager']));
  const introducer = await h.must('staff:create-person', person('Maria Nilsson', ['introducer']));
  await h.must('session:set-current-user', { personId: manager.id });
  const [programme] = await h.must('templates:list-templates', {});
  let state = 7;
  const random = { next: () => (state = (state * 48_271) % 2_147_483_647) / 2_147_483_647 };
  const starts = ['2024-01-08', '2025-03-03', '2025-08-18', '2026-02-02', '2026-09-07', '2026-12-07'];
  for (const [k, startDate] of starts.entries()) {
    const hire = await h.must('hires:create-hire', {
      hire: {
        name: `Nyanställd ${k + 1}`,
        title: '',
        team: k % 2 ? 'Vuxen' : 'Barn och familj',
        startDate,
        managerId: manager.id,
        introducerId: introducer.id,
        newlyGraduated: k % 3 !== 0,
        templateVersionId: programme!.versions[0]!.id,
      },
      leaveOut: [],
      ownItems:
        k === 2
          ? [
              {
                phaseId: 'vecka-2-18',
                title: 'Egen punkt',
                instructions: '',
                category: 'Egen',
                expectedMinutes: 30,
                responsible: { kind: 'role', role: 'manager' },
                startDate: '2025-09-01',
                dueDate: '2025-09-05',
              },
            ]
          : [],
    });
    const plan = await h.must('hires:get-plan', { hireId: hire.id });
    for (const item of plan.items.filter((i) => i.status === 'todo')) {
      const roll = random.next();
      const steps: ItemStatus[] = roll < 0.4 ? ['done'] : roll < 0.7 ? ['done', 'followedUp'] : roll < 0.75 ? ['notApplicable'] : [];
      for (const status of steps)
        await h.must('plans:set-item-status', { itemId: item.id, status, ...(status === 'notApplicable' && { reason: 'Gäller inte' }) });
    }
  }
  // Also a day some open items fall due on: due today is not late yet.
  const open = (await h.must('hires:get-plan', { hireId: (await h.must('hires:list-hires', { archived: false }))[2]!.id })).items.filter(
    (i) => i.status === 'todo',
  );
  const dueDay = open[Math.floor(open.length / 2)]!.dueDate;
  for (const today of ['2026-11-23T09:00:00.000Z', '2025-06-02T09:00:00.000Z', `${dueDay}T09:00:00.000Z`]) {
    clock = today;
    const summaries = await h.must('hires:list-hires', { archived: false });
    expect(summaries).toHaveLength(starts.length);
    for (const summary of summaries) {
      const plan = await h.must('hires:get-plan', { hireId: summary.id });
      expect(summary).toMatchObject({ ...plan.hire, ...fromPlan(plan) });
      expect(summary.progress.reduce((s, p) => s + p.total, 0)).toBeGreaterThan(0);
    }
    expect(summaries.some((s) => s.late > 0 && s.notFollowedUp > 0 && s.next.length === 3)).toBe(true);
  }
});
