import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../electron/shared/rules/calendar';
import { expectedMinutes, summarizeHours } from '../../electron/shared/rules/hours';
import { ordinaryGroupFrom, reflectionDates } from '../../electron/shared/rules/reflection';
import type { Norms } from '../../electron/shared/schemas/template';

const calendar = new WorkingCalendar();
const norms: Norms = {
  introducerHoursPerWeek: { year1: 4, year2: 2 },
  reflection: {
    segments: [
      { fromMonth: 1, toMonth: 4, perMonth: 2 },
      { fromMonth: 5, toMonth: 12, perMonth: 1 },
    ],
    weekday: 3,
    time: '13:00',
    durationMinutes: 90,
    place: '',
    leaderRole: null,
  },
};

describe('reflection cadence', () => {
  it('gives 2 a month for four months, then 1 a month to month 12: 16 sessions on Wednesdays', () => {
    const sessions = reflectionDates(norms.reflection, '2026-01-12', calendar);
    expect(sessions).toHaveLength(16);
    expect(sessions.filter((s) => s.segment === 0)).toHaveLength(8);
    expect(sessions.slice(0, 4).map((s) => s.date)).toEqual(['2026-01-14', '2026-01-28', '2026-02-18', '2026-03-04']);
    expect(sessions.every((s) => new Date(`${s.date}T12:00:00Z`).getUTCDay() === 3)).toBe(true);
    expect(ordinaryGroupFrom(norms.reflection, '2026-01-12')).toBe('2027-01-12');
  });

  it('a start late in a month counts months from the start date, not the calendar month', () => {
    const sessions = reflectionDates(norms.reflection, '2026-08-27', calendar);
    // Month 1 runs 27 Aug – 26 Sep: its Wednesdays are 2, 9, 16, 23 Sep.
    expect(sessions.slice(0, 2).map((s) => s.date)).toEqual(['2026-09-02', '2026-09-16']);
  });

  it('a session on a holiday moves to the next working day', () => {
    const thursdays = { ...norms.reflection, weekday: 4, segments: [{ fromMonth: 1, toMonth: 1, perMonth: 4 }] };
    // Month 1 from 1 May 2026: Ascension Day is Thursday 14 May.
    const dates = reflectionDates(thursdays, '2026-05-01', calendar).map((s) => s.date);
    expect(dates).toEqual(['2026-05-07', '2026-05-15', '2026-05-21', '2026-05-28']);
  });

  it('Christmas Eve and New Year’s Eve on the usual weekday move too', () => {
    const thursdays = { ...norms.reflection, weekday: 4, segments: [{ fromMonth: 1, toMonth: 1, perMonth: 4 }] };
    const dates = reflectionDates(thursdays, '2026-12-14', calendar).map((s) => s.date);
    expect(dates).toEqual(['2026-12-17', '2026-12-28', '2027-01-04', '2027-01-07']);
  });
});

describe('introducer hours', () => {
  it('expects the norm for a full week, a share for part weeks and holiday weeks, and the year-2 norm later', () => {
    expect(expectedMinutes(norms, '2026-01-12', '2026-01-12', calendar)).toBe(240);
    expect(expectedMinutes(norms, '2026-01-14', '2026-01-12', calendar)).toBe(144);
    expect(expectedMinutes(norms, '2026-01-12', '2026-12-21', calendar)).toBe(144);
    expect(expectedMinutes(norms, '2026-01-12', '2026-12-28', calendar)).toBe(144);
    expect(expectedMinutes(norms, '2026-01-12', '2027-01-18', calendar)).toBe(120);
    expect(expectedMinutes(norms, '2026-01-12', '2028-01-17', calendar)).toBe(0);
  });

  it('keeps a running balance and flags an introducer more than a week’s norm behind over four weeks', () => {
    const start = '2026-09-07';
    const onTrack = ['2026-09-08', '2026-09-15', '2026-09-22', '2026-09-29', '2026-10-06'].map((date) => ({ date, minutes: 240 }));
    const fine = summarizeHours(norms, start, '2026-10-07', onTrack, calendar);
    expect(fine.weeks.map((w) => w.balance)).toEqual([0, 0, 0, 0, 0]);
    expect(fine.behind).toBe(false);

    const slipping = [
      { date: '2026-09-08', minutes: 240 },
      { date: '2026-09-15', minutes: 120 },
      { date: '2026-09-22', minutes: 120 },
    ];
    const late = summarizeHours(norms, start, '2026-10-07', slipping, calendar);
    expect(late.weeks.map((w) => w.balance)).toEqual([0, -120, -240, -480, -720]);
    expect(late.behindLastFourWeeks).toBe(480);
    expect(late.behind).toBe(true);
    expect(late.months.map((m) => [m.label, m.expected, m.logged])).toEqual([
      // The week of 28 September has three working days in September and two in October.
      ['sep 2026', 864, 480],
      ['okt 2026', 336, 0],
    ]);

    const justWithin = summarizeHours(norms, start, '2026-10-07', [...slipping, { date: '2026-09-29', minutes: 120 }], calendar);
    expect(justWithin.behindLastFourWeeks).toBe(360);
    expect(justWithin.behind).toBe(true);
    const withinLimit = summarizeHours(norms, start, '2026-10-07', [...slipping, { date: '2026-09-29', minutes: 240 }], calendar);
    expect(withinLimit.behindLastFourWeeks).toBe(240);
    expect(withinLimit.behind).toBe(false);
  });

  it('counts each entry in the month of its own date, and splits a week across a month’s end by its days', () => {
    const start = '2026-11-02';
    const entries = [
      { date: '2026-11-27', minutes: 60 },
      { date: '2026-12-03', minutes: 120 },
    ];
    const summary = summarizeHours(norms, start, '2026-12-07', entries, calendar);
    const december = summary.months.find((m) => m.label === 'dec 2026')!;
    const november = summary.months.find((m) => m.label === 'nov 2026')!;
    expect([november.logged, december.logged]).toEqual([60, 120]);
    // Monday 30 November is November's; Tuesday 1 to Friday 4 December are December's, plus the week of 7 December.
    expect([november.expected, december.expected]).toEqual([4 * 240 + 48, 4 * 48 + 240]);
    expect(summary.months.reduce((s, m) => s + m.expected, 0)).toBe(summary.expected);
    expect(december.balance).toBe(summary.balance);
  });
});
