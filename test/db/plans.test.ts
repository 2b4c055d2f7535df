import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../electron/shared/rules/calendar';
import type { HireFields } from '../../electron/shared/schemas/plan';
import { handlerHarness } from '../support/handler-context';

let h: ReturnType<typeof handlerHarness>;
let hire: HireFields;
const person = (name: string, roles: ('manager' | 'introducer' | 'administrator')[]) => ({
  name,
  title: '',
  team: '',
  phone: '',
  email: '',
  roles,
});

beforeEach(async () => {
  h = handlerHarness();
  const manager = await h.must('staff:create-person', person('Anna Lindqvist', ['manager']));
  const introducer = await h.must('staff:create-person', person('Maria Nilsson', ['introducer']));
  await h.must('staff:create-person', person('Lena Karlsson', ['administrator']));
  const [programme] = await h.must('templates:list-templates', {});
  hire = {
    name: 'Sofia Berg',
    title: 'Socialsekreterare',
    team: 'Barn och familj',
    startDate: '2026-08-17',
    managerId: manager.id,
    introducerId: introducer.id,
    newlyGraduated: true,
    templateVersionId: programme!.versions[0]!.id,
  };
});
afterEach(() => h.close());

describe('onboarding a new hire', () => {
  it('previews a dated plan on working days with roles resolved to people', async () => {
    const preview = await h.must('hires:preview-plan', hire);
    const calendar = new WorkingCalendar();
    expect(preview.items.length).toBeGreaterThan(60);
    for (const item of preview.items) {
      expect(calendar.isWorkingDay(item.dueDate)).toBe(true);
      expect(item.startDate <= item.dueDate).toBe(true);
    }
    const byRole = (role: string) =>
      preview.items.find((i) => i.responsible.kind === 'role' && i.responsible.role === role)?.responsiblePerson?.name;
    expect(byRole('introducer')).toBe('Maria Nilsson');
    expect(byRole('manager')).toBe('Anna Lindqvist');
    expect(byRole('administrator')).toBe('Lena Karlsson');
    expect(byRole('newHire')).toBe('Sofia Berg');
    expect(preview.phases.map((p) => [p.startDate, p.endDate])).toEqual([
      ['2026-08-17', '2026-09-11'],
      ['2026-08-24', '2026-12-18'],
      ['2026-12-17', '2028-08-16'],
    ]);
  });

  it('an experienced hire in another team gets fewer items, with the rest left out or "ej aktuell" with a reason', async () => {
    const full = await h.must('hires:preview-plan', hire);
    const other = await h.must('hires:preview-plan', { ...hire, team: 'Vuxen', newlyGraduated: false });
    expect(other.items.filter((i) => i.status === 'todo').length).toBeLessThan(full.items.length);
    const skipped = [
      ...other.leftOut.map((i) => i.reason),
      ...other.items.flatMap((i) => (i.notApplicableReason ? [i.notApplicableReason] : [])),
    ];
    expect(skipped).toContain('Gäller bara team Barn och familj.');
    expect(skipped).toContain('Gäller bara nyexaminerade.');
  });

  it('refuses changes until someone has said who they are, then records them', async () => {
    const refused = await h.call('hires:create-hire', { hire, leaveOut: [], ownItems: [] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'no-user', message: expect.stringMatching(/^Välj vem du är/) } });
    await h.must('session:set-current-user', { personId: hire.managerId });
    const created = await h.must('hires:create-hire', { hire, leaveOut: [], ownItems: [] });
    expect(created).toMatchObject({ name: 'Sofia Berg', introducer: { name: 'Maria Nilsson' }, templateVersion: 1 });
  });

  it('saves what the manager reviewed: items left out, the hire’s own items added', async () => {
    await h.must('session:set-current-user', { personId: hire.managerId });
    const preview = await h.must('hires:preview-plan', hire);
    const dropped = preview.items[3]!;
    const own = {
      phaseId: 'vecka-2-18',
      title: 'Besök LSS-handläggarna',
      instructions: '',
      category: 'Studiebesök',
      expectedMinutes: 120,
      responsible: { kind: 'role' as const, role: 'introducer' as const },
      startDate: '2026-09-01',
      dueDate: '2026-09-30',
    };
    const created = await h.must('hires:create-hire', { hire, leaveOut: [dropped.templateItemId], ownItems: [own] });
    const plan = await h.must('hires:get-plan', { hireId: created.id });
    expect(plan.items).toHaveLength(preview.items.length);
    expect(plan.items.some((i) => i.title === dropped.title)).toBe(false);
    expect(plan.items.find((i) => i.title === own.title)).toMatchObject({
      templateItemId: null,
      dueDate: '2026-09-30',
      responsiblePerson: { name: 'Maria Nilsson' },
    });
  });

  it('a plan without an introducer says the role is unfilled', async () => {
    await h.must('session:set-current-user', { personId: hire.managerId });
    const created = await h.must('hires:create-hire', { hire: { ...hire, introducerId: null }, leaveOut: [], ownItems: [] });
    const plan = await h.must('hires:get-plan', { hireId: created.id });
    expect(plan.hire.introducer).toBeNull();
    const introducerItems = plan.items.filter((i) => i.responsible.kind === 'role' && i.responsible.role === 'introducer');
    expect(introducerItems.length).toBeGreaterThan(0);
    expect(introducerItems.every((i) => i.responsiblePerson === null)).toBe(true);
  });
});

describe('the checklist', () => {
  it('goes att göra → klar → uppföljd with who and when, refuses skipping a step, and needs a reason for ej aktuell', async () => {
    await h.must('session:set-current-user', { personId: hire.introducerId! });
    const created = await h.must('hires:create-hire', { hire, leaveOut: [], ownItems: [] });
    const item = (await h.must('hires:get-plan', { hireId: created.id })).items.find((i) => i.status === 'todo')!;
    expect(await h.call('plans:set-item-status', { itemId: item.id, status: 'followedUp' })).toMatchObject({
      ok: false,
      error: { message: 'Punkten måste vara klar innan den kan följas upp.' },
    });
    const done = await h.must('plans:set-item-status', { itemId: item.id, status: 'done' });
    expect(done).toMatchObject({
      status: 'done',
      done: { at: '2026-11-23T09:00:00.000Z', by: { name: 'Maria Nilsson' } },
      followedUp: null,
    });
    await h.must('session:set-current-user', { personId: hire.managerId });
    const followed = await h.must('plans:set-item-status', { itemId: item.id, status: 'followedUp' });
    expect(followed.followedUp?.by?.name).toBe('Anna Lindqvist');
    expect(await h.call('plans:set-item-status', { itemId: item.id, status: 'notApplicable' })).toMatchObject({ ok: false });
    const other = (await h.must('hires:get-plan', { hireId: created.id })).items.find((i) => i.status === 'todo')!;
    expect(await h.call('plans:set-item-status', { itemId: other.id, status: 'notApplicable' })).toMatchObject({
      ok: false,
      error: { fields: { reason: 'Skriv varför punkten inte är aktuell.' } },
    });
    expect(
      await h.must('plans:set-item-status', { itemId: other.id, status: 'notApplicable', reason: 'Har gått kursen tidigare' }),
    ).toMatchObject({ notApplicableReason: 'Har gått kursen tidigare' });
  });

  it('marks late items and counts them in the summary', async () => {
    await h.must('session:set-current-user', { personId: hire.managerId });
    const created = await h.must('hires:create-hire', { hire, leaveOut: [], ownItems: [] });
    const plan = await h.must('hires:get-plan', { hireId: created.id });
    const late = plan.items.filter((i) => i.late);
    expect(late.length).toBeGreaterThan(10);
    expect(late.every((i) => i.dueDate < '2026-11-23' && i.status === 'todo')).toBe(true);
    const [summary] = await h.must('hires:list-hires', { archived: false });
    expect(summary!.late).toBe(late.length);
    expect(summary!.progress.map((p) => p.done)).toEqual([0, 0, 0]);
  });

  it('a new start date moves open items, keeps done items and hand-set dates, and shows the change first', async () => {
    await h.must('session:set-current-user', { personId: hire.managerId });
    const created = await h.must('hires:create-hire', { hire, leaveOut: [], ownItems: [] });
    const [first, second, third] = (await h.must('hires:get-plan', { hireId: created.id })).items.filter((i) => i.status === 'todo');
    await h.must('plans:set-item-status', { itemId: first!.id, status: 'done' });
    await h.must('plans:update-item', { itemId: second!.id, note: 'Bokat', startDate: '2026-10-01', dueDate: '2026-10-02' });
    const changes = await h.must('hires:preview-start-date', { hireId: created.id, startDate: '2026-09-14' });
    const moved = new Set(changes.map((c) => c.itemId));
    expect(moved.has(first!.id)).toBe(false);
    expect(moved.has(second!.id)).toBe(false);
    expect(changes.find((c) => c.itemId === third!.id)?.from).toEqual({ startDate: third!.startDate, dueDate: third!.dueDate });
    expect((await h.must('hires:get-plan', { hireId: created.id })).hire.startDate).toBe('2026-08-17');
    await h.must('hires:change-start-date', { hireId: created.id, startDate: '2026-09-14' });
    const after = await h.must('hires:get-plan', { hireId: created.id });
    expect(after.items.find((i) => i.id === third!.id)?.dueDate).toBe(changes.find((c) => c.itemId === third!.id)?.to.dueDate);
    expect(after.items.find((i) => i.id === first!.id)).toMatchObject({ status: 'done', dueDate: first!.dueDate });
    expect(after.items.find((i) => i.id === second!.id)).toMatchObject({ dueDate: '2026-10-02', note: 'Bokat' });
  });
});

describe('the week schedule', () => {
  it('has a row per ISO week from the start, week 53 of 2026, holidays, and the current week marked', async () => {
    await h.must('session:set-current-user', { personId: hire.managerId });
    const created = await h.must('hires:create-hire', { hire, leaveOut: [], ownItems: [] });
    const weeks = await h.must('plans:get-schedule', { hireId: created.id });
    expect(weeks[0]!.monday < '2026-08-17').toBe(true);
    expect(weeks.find((w) => w.week === 34)).toMatchObject({ year: 2026, monday: '2026-08-17', phaseIds: ['vecka-1-4'] });
    expect(weeks.find((w) => w.week === 53)?.daysOff.map((d) => d.label)).toEqual(['nyårsafton', 'nyårsdagen']);
    expect(weeks.filter((w) => w.current)).toEqual([expect.objectContaining({ year: 2026, week: 48 })]);
    expect(weeks.find((w) => w.week === 35)!.introducerMinutes).toBeGreaterThanOrEqual(240);
    const plan = await h.must('hires:get-plan', { hireId: created.id });
    expect(weeks.flatMap((w) => w.items).length).toBe(plan.items.length);
    expect(weeks.at(-1)!.monday >= '2028-08-10').toBe(true);
  });

  it('counts the municipality’s own days off', async () => {
    await h.must('session:set-current-user', { personId: hire.managerId });
    await h.must('settings:save-day-off', { date: '2026-08-19', label: 'Planeringsdag' });
    const created = await h.must('hires:create-hire', { hire, leaveOut: [], ownItems: [] });
    const weeks = await h.must('plans:get-schedule', { hireId: created.id });
    expect(weeks.find((w) => w.monday === '2026-08-17')!.daysOff).toEqual([{ date: '2026-08-19', label: 'Planeringsdag' }]);
  });
});
