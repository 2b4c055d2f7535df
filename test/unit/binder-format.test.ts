import { describe, expect, it } from 'vitest';
import {
  clean,
  dateSpan,
  duration,
  hours,
  longDate,
  longSpan,
  paragraphs,
  short,
  shortDate,
  weekSpan,
} from '../../electron/main/services/binder/format';

describe('how the binder writes dates, weeks and times', () => {
  it.each([
    [longDate('2026-08-17'), '17 augusti 2026'],
    [shortDate('2026-08-17'), '17 aug'],
    [shortDate('2027-03-03', 2026), '3 mar 2027'],
    [dateSpan('2026-08-17', '2026-08-17'), '17 aug'],
    [dateSpan('2026-08-17', '2026-08-21'), '17–21 aug'],
    [dateSpan('2026-08-28', '2026-09-03'), '28 aug – 3 sep'],
    [dateSpan('2026-12-28', '2027-01-08', 2026), '28 dec – 8 jan 2027'],
    [longSpan('2026-08-17', '2026-09-11'), '17 augusti – 11 september 2026'],
    [longSpan('2026-08-17', '2027-08-16'), '17 augusti 2026 – 16 augusti 2027'],
    [weekSpan('2026-08-17', '2026-08-21'), 'v. 34'],
    [weekSpan('2026-08-17', '2026-09-11'), 'v. 34–37'],
    [weekSpan('2026-12-21', '2027-01-08'), 'v. 52–1'],
    [weekSpan('2026-11-23', '2028-07-24'), 'v. 48 2026 – v. 30 2028'],
    [duration(90), '1 h 30 min'],
    [hours(4), '4 h'],
    [hours(1.5), '1,5 h'],
  ])('%s', (actual, expected) => expect(actual).toBe(expected));
});

describe('text as the binder prints it', () => {
  it('drops bidi overrides, zero-width and control characters and emoji, but keeps Swedish, © and markup as text', () => {
    expect(clean('Läs \u202Efdp.exe\u202C nu')).toBe('Läs fdp.exe nu');
    expect(clean('Åsa 😀👩‍👩‍👧 Öberg\u200B\u0007')).toBe('Åsa Öberg');
    expect(clean('© Kommunen™ <script>alert(1)</script>')).toBe('© Kommunen™ <script>alert(1)</script>');
    expect(clean('A\u0308sa')).toBe('Äsa');
    expect(clean('rad 1\r\nrad\t2')).toBe('rad 1\nrad 2');
  });

  it('cuts long texts with an ellipsis and splits paragraphs at blank lines', () => {
    expect(short('Ö'.repeat(200), 40)).toHaveLength(40);
    expect(short('Ö'.repeat(200), 40).endsWith('…')).toBe(true);
    expect(short('Kort', 40)).toBe('Kort');
    expect(paragraphs('Ett\nstycke.\n\n\nTvå.\n \n')).toEqual(['Ett\nstycke.', 'Två.']);
  });
});
