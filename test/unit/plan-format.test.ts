import dayjs from 'dayjs';
import 'dayjs/locale/sv';
import { beforeAll, describe, expect, test } from 'vitest';
import { weekAround } from '../../renderer/src/components/plan/checklist-filters';
import { dateWindow, longDate, parseDate, period, weekDates, weekNumber } from '../../renderer/src/lib/dates';

beforeAll(() => void dayjs.locale('sv'));

describe('plan dates in Swedish', () => {
  test('long dates and ISO weeks', () => {
    expect(longDate('2026-08-17')).toBe('måndag 17 augusti 2026');
    expect(weekNumber('2026-08-17')).toBe(34);
    expect(weekNumber('2026-12-31')).toBe(53);
    expect(weekNumber('2027-01-03')).toBe(53);
  });

  test('windows, periods and weeks', () => {
    expect(dateWindow('2026-08-17', '2026-09-11', '2026-11-23')).toEqual({ from: '17 aug', to: '11 sep' });
    expect(dateWindow('2026-10-05', '2026-10-05', '2026-11-23')).toEqual({ on: '5 okt' });
    expect(dateWindow('2026-12-21', '2027-01-08', '2026-11-23')).toEqual({ from: '21 dec 2026', to: '8 jan 2027' });
    expect(dateWindow('2027-02-05', '2027-10-04', '2026-11-23')).toEqual({ from: '5 feb 2027', to: '4 okt 2027' });
    expect(period('2026-10-05', '2026-10-30')).toBe('5 okt – 30 okt 2026');
    expect(weekDates('2026-08-17', '2026-08-23')).toBe('17–23 aug');
    expect(weekDates('2026-08-31', '2026-09-06')).toBe('31 aug – 6 sep');
    expect(weekDates('2026-12-28', '2027-01-03')).toBe('28 dec – 3 jan');
  });

  test('typed dates: ISO or as the field shows them', () => {
    expect(parseDate('2026-10-12')).toBe('2026-10-12');
    expect(parseDate('2026-2-3')).toBe('2026-02-03');
    expect(parseDate('12 oktober 2026')).toBe('2026-10-12');
    expect(parseDate('12 okt. 2026')).toBe('2026-10-12');
    expect(parseDate('måndag 12 oktober 2026')).toBe('2026-10-12');
    expect(parseDate('2026-02-30')).toBeNull();
    expect(parseDate('2026-1')).toBeNull();
    expect(parseDate('12 smurf 2026')).toBeNull();
  });

  test('this week runs Monday to Sunday around today', () => {
    expect(weekAround('2026-11-23')).toEqual({ monday: '2026-11-23', sunday: '2026-11-29' });
    expect(weekAround('2026-11-29')).toEqual({ monday: '2026-11-23', sunday: '2026-11-29' });
    expect(weekAround('2027-01-01')).toEqual({ monday: '2026-12-28', sunday: '2027-01-03' });
  });
});
