import dayjs from 'dayjs';
import isoWeekPlugin from 'dayjs/plugin/isoWeek';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonthsTo, daysBetween, isoWeek, mondayOf, shiftDays, weekday } from '../../electron/shared/rules/days';

dayjs.extend(isoWeekPlugin);

/**
 * The date rules do their day arithmetic on UTC day numbers, in one module, instead of through a
 * date library (the overview does thousands of these a call). They must agree with dayjs, the
 * library the renderer formats with, on every date a plan can hold, whatever the machine's zone.
 */
const day = (iso: string) => dayjs(iso);
const iso = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');
const dates = fc
  .date({ min: new Date('2000-01-01T12:00:00Z'), max: new Date('2100-12-31T12:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

// Stockholm is where the app runs; Santiago skips midnight when summer time starts, the worst case for date-only values.
describe.each(['Europe/Stockholm', 'America/Santiago'])('date arithmetic on day numbers, time zone %s', (zone) => {
  const before = process.env.TZ;
  beforeAll(() => void (process.env.TZ = zone));
  afterAll(() => void (before === undefined ? delete process.env.TZ : (process.env.TZ = before)));

  it('the zone is in effect', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  });

  it('shiftDays, daysBetween, weekday, mondayOf and isoWeek agree with dayjs', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -800, max: 800 }), (date, n) => {
        expect(shiftDays(date, n)).toBe(iso(day(date).add(n, 'day')));
        expect(daysBetween(date, shiftDays(date, n))).toBe(n);
        expect(weekday(date)).toBe(day(date).isoWeekday());
        expect(mondayOf(date)).toBe(iso(day(date).startOf('isoWeek')));
        expect(isoWeek(date)).toEqual({ year: day(date).isoWeekYear(), week: day(date).isoWeek() });
      }),
      { numRuns: 2000 },
    );
  });

  it('addMonthsTo agrees with dayjs, month ends included', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -40, max: 40 }), (date, n) => {
        expect(addMonthsTo(date, n)).toBe(iso(day(date).add(n, 'month')));
      }),
      { numRuns: 2000 },
    );
    expect(addMonthsTo('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsTo('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsTo('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonthsTo('2026-03-31', -13)).toBe('2025-02-28');
  });

  it('crosses the daylight-saving changes and year ends by whole days', () => {
    expect(shiftDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(shiftDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(shiftDays('2026-10-25', -1)).toBe('2026-10-24');
    expect(shiftDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(mondayOf('2027-01-03')).toBe('2026-12-28');
    expect(weekday('2026-11-23')).toBe(1);
    expect(weekday('2026-11-29')).toBe(7);
  });
});
