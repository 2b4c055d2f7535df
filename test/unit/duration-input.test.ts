import { describe, expect, test } from 'vitest';
import { formatHours, parseDuration, signedMinutes } from '../../renderer/src/lib/duration';

describe('a typed duration in "Logga tid"', () => {
  test.each([
    ['2 h', 120],
    ['2', 120],
    ['1,5 h', 90],
    ['1.5 timmar', 90],
    ['1:30', 90],
    ['0:45', 45],
    ['90 min', 90],
    ['45m', 45],
    ['1 h 30 min', 90],
    ['1h30', 90],
    ['  2 tim. ', 120],
    ['30', 30 * 60],
  ])('%s is %i minutes', (text, minutes) => expect(parseDuration(text)).toBe(minutes));

  test.each(['', 'två timmar', '1:75', '-2', 'h', '2 x'])('%j is not a duration', (text) => expect(parseDuration(text)).toBeNull());
});

test('a balance has its sign and a real minus', () => {
  expect(signedMinutes(120)).toBe('+2 h');
  expect(signedMinutes(-90)).toBe('−1 h 30 min');
  expect(signedMinutes(0)).toBe('0 min');
  expect(formatHours(2.5, 'sv')).toBe('2,5');
  expect(formatHours(8, 'en')).toBe('8');
});
