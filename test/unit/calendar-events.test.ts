import { describe, expect, it } from 'vitest';
import { defaultProgramme } from '../../db/seed/default-programme';
import { WorkingCalendar } from '../../electron/shared/rules/calendar';
import { isMeetingItem, sequenceOf, weeklySeries } from '../../electron/shared/rules/calendar-events';
import { shiftDays, weekday } from '../../electron/shared/rules/days';

const kiruna = new WorkingCalendar([
  { date: '2026-07-20', label: 'Sommarstängt' },
  { date: '2026-07-21', label: 'Sommarstängt' },
]);

describe('the weekly introducer series skips days off', () => {
  it.each([
    [1, ['2026-04-06', '2026-07-20']], // annandag påsk, the municipality's own Sommarstängt
    [2, ['2026-07-21']], // Sommarstängt
    [3, ['2027-01-06']], // trettondedagen
    [4, ['2026-05-14', '2026-12-24', '2026-12-31']], // Kristi himmelsfärd, julafton, nyårsafton
    [5, ['2026-04-03', '2026-05-01', '2026-06-19', '2026-12-25', '2027-01-01']], // långfredagen, första maj, midsommarafton, juldagen, nyårsdagen
  ])('weekday %i from 2026-03-02 to 2027-03-01 skips %o', (day, named) => {
    const series = weeklySeries('2026-03-02', '2027-03-01', day, kiruna);
    // Independent of the rule: walk every day and keep the days off on that weekday.
    const daysOff: string[] = [];
    for (let date = '2026-03-02'; date <= '2027-03-01'; date = shiftDays(date, 1)) {
      if (weekday(date) === day && !kiruna.isWorkingDay(date)) daysOff.push(date);
    }
    expect(series.skipped).toEqual(daysOff);
    expect(series.skipped).toEqual(expect.arrayContaining(named));
    expect(weekday(series.first!)).toBe(day);
  });

  it('keeps days that are not days off in Swedish working life', () => {
    // Annandag pingst has been a working day since 2005; skärtorsdagen is one too.
    expect(weeklySeries('2026-05-18', '2026-05-31', 1, kiruna).skipped).toEqual([]);
    expect(weeklySeries('2026-03-30', '2026-04-05', 4, kiruna)).toEqual({ first: '2026-04-02', skipped: [] });
  });

  it('starts on the first occurrence that is a working day, not on an excluded one', () => {
    // Thursday 2026-12-24 (julafton) and 2026-12-31 (nyårsafton): the series starts on 7 January.
    expect(weeklySeries('2026-12-21', '2027-02-28', 4, kiruna)).toMatchObject({ first: '2027-01-07', skipped: [] });
    expect(weeklySeries('2026-06-15', '2026-06-30', 5, kiruna)).toEqual({ first: '2026-06-26', skipped: [] });
    // Midsommarafton inside the series is skipped.
    expect(weeklySeries('2026-06-08', '2026-06-30', 5, kiruna)).toEqual({ first: '2026-06-12', skipped: ['2026-06-19'] });
    expect(weeklySeries('2026-12-24', '2026-12-24', 4, kiruna)).toEqual({ first: null, skipped: [] });
  });
});

describe('which plan items are meetings', () => {
  it('takes the follow-ups and talks of the default programme that fit one sitting, and nothing spread over weeks', () => {
    const meetings = defaultProgramme.items.filter(isMeetingItem).map((i) => i.title);
    expect(meetings).toEqual(
      expect.arrayContaining(defaultProgramme.items.filter((i) => i.title.startsWith('Uppföljningssamtal')).map((i) => i.title)),
    );
    expect(meetings).toEqual(
      expect.arrayContaining(['Medarbetarsamtal', 'Första samtalet med introduktören', 'Avslutande samtal med introduktören']),
    );
    for (const spread of [
      'Regelbunden ärendegenomgång med arbetsledaren',
      'Återkoppling på utredningar och beslut',
      'Utbildning i motiverande samtal (MI)',
      'Gå bredvid vid utredningssamtal och hembesök',
      'Första reflektionsträffen',
      'Boka in reflektionsträffar',
    ]) {
      expect(meetings).not.toContain(spread);
    }
  });

  it.each([
    [{ category: 'Uppföljning', title: 'Avstämning', expectedMinutes: 60 }, true],
    [{ category: 'uppföljning ', title: 'Avstämning', expectedMinutes: 120 }, true],
    [{ category: 'Uppföljning', title: 'Avstämning', expectedMinutes: 121 }, false],
    [{ category: 'Egen', title: 'Samtal med HR om lön', expectedMinutes: 45 }, true],
    [{ category: 'Studiebesök', title: 'Besök på familjerätten', expectedMinutes: 60 }, false],
    [{ category: 'Reflektion', title: 'Första reflektionsträffen', expectedMinutes: 90 }, false],
  ])('%o → %s', (item, meeting) => expect(isMeetingItem(item)).toBe(meeting));
});

describe('SEQUENCE', () => {
  it('is the seconds since 1970 at the newest time it depends on, and fits a 32-bit integer until 2038', () => {
    expect(sequenceOf('2026-02-10T09:00:00.000Z', null)).toBe(1770714000);
    expect(sequenceOf('2026-02-10T09:00:00.000Z', '2026-03-01T10:00:00.000Z')).toBe(1772359200);
    expect(sequenceOf(null)).toBe(0);
    expect(sequenceOf('2038-01-19T03:14:07.000Z')).toBe(2 ** 31 - 1);
  });
});
