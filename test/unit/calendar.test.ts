import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeek, shiftDays } from '../../electron/shared/rules/days';
import { WorkingCalendar } from '../../electron/shared/rules/calendar';
import { windowDates } from '../../electron/shared/rules/plan-dates';
import type { Window } from '../../electron/shared/schemas/template';

const calendar = new WorkingCalendar();

describe('Swedish working days', () => {
  it.each([
    ['2026-01-01', 'nyårsdagen'],
    ['2026-01-06', 'trettondedag jul'],
    ['2026-04-03', 'långfredagen'],
    ['2026-04-06', 'annandag påsk'],
    ['2026-05-01', 'första maj'],
    ['2026-05-14', 'Kristi himmelsfärdsdag'],
    ['2026-06-19', 'midsommarafton'],
    ['2026-12-24', 'julafton'],
    ['2026-12-25', 'juldagen'],
    ['2026-12-31', 'nyårsafton'],
    ['2027-03-26', 'långfredagen'],
    ['2027-06-25', 'midsommarafton'],
    ['2026-11-28', 'lördag'],
    ['2026-11-29', 'söndag'],
  ])('%s is a day off (%s)', (date, reason) => {
    expect(calendar.dayOffReason(date)).toBe(reason);
  });

  it.each(['2026-04-02', '2026-04-30', '2026-01-05', '2026-05-25', '2026-11-23', '2026-10-30'])(
    '%s is a working day (eves and days that are not holidays in Swedish working life)',
    (date) => expect(calendar.isWorkingDay(date)).toBe(true),
  );

  it('counts the municipality’s own days off', () => {
    const kiruna = new WorkingCalendar([{ date: '2026-07-20', label: 'Sommarstängt' }]);
    expect(kiruna.dayOffReason('2026-07-20')).toBe('Sommarstängt');
    expect(calendar.isWorkingDay('2026-07-20')).toBe(true);
  });

  it('steps over weekends and holidays in both directions', () => {
    expect(calendar.addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
    expect(calendar.addWorkingDays('2026-04-07', -1)).toBe('2026-04-02');
    expect(calendar.addWorkingDays('2026-12-23', 2)).toBe('2026-12-29');
    expect(calendar.onOrAfter('2026-06-19')).toBe('2026-06-22');
    expect(calendar.onOrBefore('2026-06-21')).toBe('2026-06-18');
  });

  it('lists the weekday holidays of a stretch with their names', () => {
    expect(calendar.holidaysBetween('2026-12-21', '2027-01-03')).toEqual([
      { date: '2026-12-24', label: 'julafton', labelEn: 'Christmas Eve' },
      { date: '2026-12-25', label: 'juldagen', labelEn: 'Christmas Day' },
      { date: '2026-12-31', label: 'nyårsafton', labelEn: "New Year's Eve" },
      { date: '2027-01-01', label: 'nyårsdagen', labelEn: "New Year's Day" },
    ]);
  });

  it('names a day off in Swedish whatever language was asked for before', () => {
    const english = calendar.dayOff('2028-12-24');
    expect(english).toEqual({ kind: 'holiday', label: 'julafton', labelEn: 'Christmas Eve' });
    expect(new WorkingCalendar().dayOffReason('2028-12-25')).toBe('juldagen');
  });
});

describe('ISO weeks', () => {
  it.each([
    ['2026-12-28', 2026, 53],
    ['2026-12-31', 2026, 53],
    ['2027-01-03', 2026, 53],
    ['2027-01-04', 2027, 1],
    ['2025-12-29', 2026, 1],
    ['2026-08-17', 2026, 34],
  ])('%s is in week %i-%i', (date, year, week) => expect(isoWeek(date)).toEqual({ year, week }));
});

describe('template windows become dates', () => {
  const cases: [string, Window, string, string, string][] = [
    ['week 1–4 from a Monday', { unit: 'week', start: 1, end: 4 }, '2026-08-17', '2026-08-17', '2026-09-11'],
    ['week 2–18 from a Wednesday', { unit: 'week', start: 2, end: 18 }, '2026-08-19', '2026-08-24', '2026-12-18'],
    ['week 1 when Friday is Christmas Day', { unit: 'week', start: 1, end: 1 }, '2026-12-21', '2026-12-21', '2026-12-28'],
    ['days before the start', { unit: 'day', start: -10, end: 0 }, '2026-08-17', '2026-07-31', '2026-08-14'],
    ['day 1–2 over Christmas', { unit: 'day', start: 1, end: 2 }, '2026-12-23', '2026-12-23', '2026-12-28'],
    ['day 1 when the start is Midsummer Eve', { unit: 'day', start: 1, end: 1 }, '2026-06-19', '2026-06-22', '2026-06-22'],
    ['month 5–24', { unit: 'month', start: 5, end: 24 }, '2026-08-17', '2026-12-17', '2028-08-16'],
    ['month 1 ending on a Saturday moves to Monday', { unit: 'month', start: 1, end: 1 }, '2026-10-01', '2026-10-01', '2026-11-02'],
    ['month 1 from the 31st ends with the shorter February', { unit: 'month', start: 1, end: 1 }, '2027-01-29', '2027-01-29', '2027-03-01'],
    ['month 2 from January 31st', { unit: 'month', start: 2, end: 2 }, '2028-01-31', '2028-02-29', '2028-03-30'],
    ['a year from the leap day', { unit: 'month', start: 1, end: 12 }, '2028-02-29', '2028-02-29', '2029-02-27'],
    ['day 2 is the leap day', { unit: 'day', start: 1, end: 2 }, '2028-02-28', '2028-02-28', '2028-02-29'],
    ['Ascension Thursday start', { unit: 'day', start: 1, end: 2 }, '2027-05-06', '2027-05-07', '2027-05-10'],
    ['week 1 in ISO week 53', { unit: 'week', start: 1, end: 2 }, '2026-12-28', '2026-12-28', '2027-01-08'],
    ['month 1–4 ending on Good Friday', { unit: 'month', start: 1, end: 4 }, '2026-12-04', '2026-12-04', '2027-04-05'],
    // A contract from Sunday the 31st: week 1 is the week of the first working day, Monday 1 February.
    ['week 1 from a Sunday start', { unit: 'week', start: 1, end: 1 }, '2027-01-31', '2027-02-01', '2027-02-05'],
    ['week 2–4 from a Saturday start', { unit: 'week', start: 2, end: 4 }, '2026-08-01', '2026-08-10', '2026-08-28'],
    [
      'week 1 from julafton, the first working day after Christmas',
      { unit: 'week', start: 1, end: 1 },
      '2025-12-24',
      '2025-12-29',
      '2026-01-02',
    ],
  ];
  it.each(cases)('%s', (_name, window, startDate, start, due) => {
    expect(windowDates(window, startDate, calendar)).toEqual({ start, due });
  });

  it('puts nothing but preparations before the first working day, whatever day the contract starts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 * 366 }),
        fc.constantFrom<Window['unit']>('day', 'week', 'month'),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 10 }),
        (offset, unit, from, length) => {
          const startDate = shiftDays('2026-01-01', offset);
          const first = calendar.onOrAfter(startDate);
          const dates = windowDates({ unit, start: from, end: from + length }, startDate, calendar);
          expect(dates.start >= first && dates.due >= dates.start, `${unit} ${from}–${from + length} from ${startDate}`).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('moves a due date off the municipality’s own day off', () => {
    const kiruna = new WorkingCalendar([{ date: '2026-09-11', label: 'Kompetensdag' }]);
    expect(windowDates({ unit: 'week', start: 1, end: 4 }, '2026-08-17', kiruna).due).toBe('2026-09-14');
  });
});
