import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultProgramme } from '../../db/seed/default-programme';
import { WorkingCalendar } from '../../electron/shared/rules/calendar';
import { mondayOf, shiftDays } from '../../electron/shared/rules/days';
import { generatePlan, planEnd } from '../../electron/shared/rules/plan';
import { buildSchedule, type ScheduleItem } from '../../electron/shared/rules/schedule';
import type { ResponsibleRole } from '../../electron/shared/schemas/template';

const calendar = new WorkingCalendar();
const norms = defaultProgramme.norms;
const LIMIT = 20 * 60;
const role = (r: ResponsibleRole) => ({ kind: 'role' as const, role: r });

const schedule = (startDate: string, items: ScheduleItem[], hasIntroducer = true) =>
  buildSchedule({
    startDate,
    endDate: items.length ? planEnd([], items) : startDate,
    phases: [],
    items,
    norms,
    calendar,
    today: startDate,
    hasIntroducer,
    weekLimitMinutes: LIMIT,
  });

/** The default programme as a plan for a hire starting on `startDate`, every item open. */
function defaultPlan(startDate: string): ScheduleItem[] {
  const hire = {
    name: 'Sofia Berg',
    title: '',
    team: 'Barn och familj',
    startDate,
    managerId: 1,
    introducerId: 2,
    newlyGraduated: true,
    templateVersionId: 1,
  };
  return generatePlan(defaultProgramme, hire, calendar, () => null).items.map((item, id) => ({ ...item, id }));
}

const item = (over: Partial<ScheduleItem>): ScheduleItem => ({
  id: 1,
  title: 'Punkt',
  startDate: '2026-11-23',
  dueDate: '2026-11-27',
  status: 'todo',
  expectedMinutes: 300,
  responsible: role('introducer'),
  ...over,
});

describe('the week-by-week schedule', () => {
  it('spreads an item over the working days of its window instead of piling it into the last week', () => {
    // Two weeks, ten working days: 600 minutes are 300 a week, not 600 in the week it is due.
    const rows = schedule('2026-11-23', [item({ startDate: '2026-11-23', dueDate: '2026-12-04', expectedMinutes: 600 })]);
    expect(rows.map((r) => r.hireMinutes)).toEqual([300, 300]);
  });

  it('counts preparations before the first day as preparation, not as the new hire’s time', () => {
    const rows = schedule('2026-11-23', [
      item({ startDate: '2026-11-16', dueDate: '2026-11-20', expectedMinutes: 60, responsible: role('it') }),
    ]);
    expect(rows[0]).toMatchObject({
      monday: '2026-11-16',
      hireMinutes: 0,
      preparationMinutes: 60,
      others: [{ responsible: role('it'), minutes: 60 }],
    });
  });

  it('gives other roles their own line and the new hire’s own items none', () => {
    const rows = schedule('2026-11-23', [
      item({ expectedMinutes: 100, responsible: role('manager') }),
      item({ id: 2, expectedMinutes: 50, responsible: role('newHire') }),
      item({ id: 3, expectedMinutes: 30, responsible: { kind: 'person', personId: 7, name: 'Peter IT' } }),
    ]);
    expect(rows[0]!.hireMinutes).toBe(180);
    expect(rows[0]!.others).toEqual([
      { responsible: role('manager'), minutes: 100 },
      { responsible: { kind: 'person', personId: 7, name: 'Peter IT' }, minutes: 30 },
    ]);
  });

  it('plans the introducer’s time by the norm: a share in part weeks and weeks with days off, none without an introducer', () => {
    // Start Wednesday 23 December 2026: julafton, juldagen and annandag jul are off; 23 Dec is the only working day.
    const items = [item({ startDate: '2026-12-23', dueDate: '2027-01-29', expectedMinutes: 60 })];
    const rows = schedule('2026-12-23', items);
    expect(rows[0]).toMatchObject({ monday: '2026-12-21', introducerMinutes: 48 });
    // 28 Dec – 1 Jan: nyårsafton and nyårsdagen off, three working days of five.
    expect(rows[1]).toMatchObject({ monday: '2026-12-28', introducerMinutes: 144 });
    expect(rows[2]).toMatchObject({ monday: '2027-01-04', introducerMinutes: 192 }); // trettondedagen
    expect(rows[3]).toMatchObject({ introducerMinutes: 240 });
    expect(schedule('2026-12-23', items, false).every((r) => r.introducerMinutes === 0)).toBe(true);
  });

  it('marks a week whose time for the new hire is above the limit, with part weeks getting their share', () => {
    // Start on Thursday: two working days, so the limit that week is 2/5 of 20 h.
    const rows = schedule('2026-11-26', [item({ startDate: '2026-11-26', dueDate: '2026-11-27', expectedMinutes: 9 * 60 })]);
    expect(rows[0]).toMatchObject({ limitMinutes: 8 * 60, hireMinutes: 9 * 60, overloaded: true });
    expect(schedule('2026-11-23', [item({ expectedMinutes: 19 * 60 })])[0]).toMatchObject({ limitMinutes: LIMIT, overloaded: false });
  });

  it('for any plan: the weeks add up to the items’ time, and no time falls outside the plan or on the new hire before the start', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 * 365 }),
        fc.array(
          fc.record({
            offset: fc.integer({ min: -20, max: 500 }),
            length: fc.integer({ min: 0, max: 120 }),
            minutes: fc.integer({ min: 0, max: 2000 }),
            notApplicable: fc.boolean(),
            who: fc.constantFrom<ResponsibleRole>('manager', 'introducer', 'newHire', 'it'),
          }),
          { maxLength: 40 },
        ),
        (startOffset, specs) => {
          const startDate = shiftDays('2026-01-01', startOffset);
          const items = specs.map((s, id) => {
            const start = calendar.onOrAfter(shiftDays(startDate, s.offset));
            return item({
              id,
              startDate: start,
              dueDate: calendar.onOrAfter(shiftDays(start, s.length)),
              expectedMinutes: s.minutes,
              status: s.notApplicable ? 'notApplicable' : 'todo',
              responsible: role(s.who),
            });
          });
          const rows = schedule(startDate, items);
          const counted = items.filter((i) => i.status !== 'notApplicable');
          expect(rows.reduce((sum, r) => sum + r.hireMinutes + r.preparationMinutes, 0)).toBe(
            counted.reduce((sum, i) => sum + i.expectedMinutes, 0),
          );
          const firstWeek = mondayOf(calendar.onOrAfter(startDate));
          const from = counted.reduce((min, i) => (i.startDate < min ? i.startDate : min), calendar.onOrAfter(startDate));
          const to = counted.reduce((max, i) => (i.dueDate > max ? i.dueDate : max), startDate);
          for (const row of rows) {
            if (row.hireMinutes + row.preparationMinutes > 0) expect(row.sunday >= from && row.monday <= to).toBe(true);
            if (row.monday < firstWeek) expect(row.hireMinutes).toBe(0);
          }
          // Weeks are consecutive: nothing skipped, nothing doubled.
          rows.forEach((row, i) => i > 0 && expect(row.monday).toBe(shiftDays(rows[i - 1]!.monday, 7)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the default programme asks no week of more than the limit of the new hire, whatever day it starts', () => {
    for (let day = 0; day < 7; day++) {
      const startDate = shiftDays('2027-01-31', day);
      const heaviest = Math.max(...schedule(startDate, defaultPlan(startDate)).map((r) => r.hireMinutes));
      expect(heaviest, `start ${startDate}`).toBeLessThanOrEqual(LIMIT);
    }
  });
});
