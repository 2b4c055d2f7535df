import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftDays } from '../../electron/shared/rules/days';
import { WorkingCalendar } from '../../electron/shared/rules/calendar';
import { BEHIND_WINDOW_WEEKS, recentWeeks, summarizeHours } from '../../electron/shared/rules/hours';
import type { Norms } from '../../electron/shared/schemas/template';

const calendar = new WorkingCalendar([{ date: '2026-08-14', label: 'Planeringsdag' }]);
const norms = (year1: number, year2: number): Norms => ({
  introducerHoursPerWeek: { year1, year2 },
  reflection: {
    segments: [{ fromMonth: 1, toMonth: 4, perMonth: 2 }],
    weekday: 3,
    time: '13:00',
    durationMinutes: 90,
    place: '',
    leaderRole: null,
  },
});

const day = (from: string, span: number) => fc.integer({ min: 0, max: span }).map((n) => shiftDays(from, n));

/**
 * The overview asks only for the last complete weeks of every active hire (recentWeeks); the
 * hours tab goes through the whole introduction (summarizeHours). Both must say the same.
 */
describe('recentWeeks, the overview’s shortcut', () => {
  it('gives the same last complete weeks and the same "behind" as the full summary', () => {
    fc.assert(
      fc.property(
        day('2024-06-01', 900),
        day('2024-06-01', 1200),
        fc.array(fc.record({ offset: fc.integer({ min: -10, max: 900 }), minutes: fc.integer({ min: 15, max: 600 }) }), { maxLength: 60 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 4 }),
        (startDate, today, raw, year1, year2) => {
          const entries = raw.map((e) => ({ date: shiftDays(startDate, e.offset), minutes: e.minutes }));
          const full = summarizeHours(norms(year1, year2), startDate, today, entries, calendar);
          const recent = recentWeeks(norms(year1, year2), startDate, today, entries, calendar);
          const fromFull = full.weeks.filter((w) => w.to < today).slice(-BEHIND_WINDOW_WEEKS);
          expect(recent.weeks).toEqual(fromFull.map(({ from, to, expected, logged }) => ({ from, to, expected, logged })));
          expect(recent.behind).toBe(full.behind);
          expect(recent.behindLastFourWeeks).toBe(full.behindLastFourWeeks);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('flags a hire whose introducer logged nothing for four weeks, and not one logged to the norm', () => {
    const today = '2026-11-23';
    const weeks = [1, 2, 3, 4].map((k) => shiftDays('2026-11-23', -7 * k + 1));
    const none = recentWeeks(norms(4, 2), '2026-03-02', today, [], calendar);
    expect(none.weeks.map((w) => w.from)).toEqual(['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16']);
    expect(none).toMatchObject({ behind: true, behindLastFourWeeks: 4 * 240 });
    const kept = recentWeeks(
      norms(4, 2),
      '2026-03-02',
      today,
      weeks.map((date) => ({ date, minutes: 240 })),
      calendar,
    );
    expect(kept).toMatchObject({ behind: false, behindLastFourWeeks: 0 });
  });
});
