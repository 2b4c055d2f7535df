import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlerHarness } from '../support/handler-context';

let h: ReturnType<typeof handlerHarness>;
let hireId: number;
let introducerId: number;
beforeEach(async () => {
  h = handlerHarness(() => '2026-11-23T09:00:00.000Z');
  const person = (name: string, role: 'manager' | 'introducer') =>
    h.must('staff:create-person', { name, title: '', team: '', phone: '', email: '', roles: [role] });
  const manager = await person('Anna Lindqvist', 'manager');
  const introducer = await person('Maria Nilsson', 'introducer');
  introducerId = introducer.id;
  await h.must('session:set-current-user', { personId: introducer.id });
  const [programme] = await h.must('templates:list-templates', {});
  const hire = await h.must('hires:create-hire', {
    hire: {
      name: 'Sofia Berg',
      title: '',
      team: '',
      startDate: '2026-10-19',
      managerId: manager.id,
      introducerId: introducer.id,
      newlyGraduated: true,
      templateVersionId: programme!.versions[0]!.id,
    },
    leaveOut: [],
    ownItems: [],
  });
  hireId = hire.id;
});
afterEach(() => h.close());

const entry = (date: string, minutes: number) => ({ hireId, date, minutes, purpose: 'Ärendegenomgång', personId: introducerId });

describe('introducer hours', () => {
  it('logs time, shows the balance against the 4 h norm, and flags the introducer as behind', async () => {
    const empty = await h.must('hours:get-hours', { hireId });
    expect(empty.summary.weeks.map((w) => w.label)).toEqual([
      'v. 43 2026',
      'v. 44 2026',
      'v. 45 2026',
      'v. 46 2026',
      'v. 47 2026',
      'v. 48 2026',
    ]);
    expect(empty.summary.behind).toBe(true);
    expect(empty.summary.balance).toBe(-6 * 240);
    const logged = await h.must('hours:log-hours', entry('2026-11-17', 240));
    expect(logged.summary.logged).toBe(240);
    expect(logged.entries[0]).toMatchObject({ minutes: 240, person: { name: 'Maria Nilsson' }, loggedBy: { name: 'Maria Nilsson' } });
    const removed = await h.must('hours:remove-hours', { entryId: logged.entries[0]!.id });
    expect(removed.entries).toEqual([]);
  });

  it.each([
    ['a negative time', '2026-11-17', -30, 'minutes', 'Ange en tid större än 0 minuter.'],
    ['a 30-hour day', '2026-11-17', 30 * 60, 'minutes', 'Högst 12 timmar per dag.'],
    ['a date before the start', '2026-10-01', 60, 'date', 'Datumet ligger före startdatumet (2026-10-19).'],
    ['a date in the future', '2026-11-30', 60, 'date', 'Tid kan inte loggas i förväg.'],
    ['no real date', '2026-02-30', 60, 'date', 'Ange ett datum som åååå-mm-dd.'],
  ] as const)('refuses %s in Swedish', async (_name, date, minutes, field, message) => {
    const result = await h.call('hours:log-hours', entry(date, minutes));
    expect(result).toMatchObject({ ok: false, error: { fields: { [field]: message } } });
  });

  it('refuses more than 12 hours on one day in total', async () => {
    await h.must('hours:log-hours', entry('2026-11-17', 600));
    expect(await h.call('hours:log-hours', entry('2026-11-17', 180))).toMatchObject({
      ok: false,
      error: { fields: { minutes: 'Det ryms högst 2 h till den dagen (högst 12 timmar per dag).' } },
    });
  });

  it('refuses hours for a person who is not in the staff list, in Swedish (found by the IPC fuzz)', async () => {
    const result = await h.call('hours:log-hours', { ...entry('2026-11-17', 60), personId: 9999 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', fields: { personId: 'Personen finns inte i personallistan.' } },
    });
  });

  it('shows each introducer’s load over all their hires', async () => {
    const [load] = await h.must('hours:introducer-load', {});
    expect(load).toMatchObject({
      introducer: { name: 'Maria Nilsson' },
      normHours: 4,
      overloaded: false,
      hires: [{ name: 'Sofia Berg', behind: true }],
    });
  });
});
