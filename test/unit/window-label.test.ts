import { describe, expect, it } from 'vitest';
import { slugify, uniqueId } from '../../electron/shared/rules/content-ids';
import { formatBytes, formatMinutes } from '../../electron/shared/rules/duration';
import { windowLabel } from '../../electron/shared/rules/window-label';
import { contentId, type Window } from '../../electron/shared/schemas/template';

describe('windowLabel', () => {
  it.each<[Window, string]>([
    [{ unit: 'week', start: 1, end: 4 }, 'Vecka 1–4'],
    [{ unit: 'week', start: 2, end: 2 }, 'Vecka 2'],
    [{ unit: 'week', start: 2, end: 18 }, 'Vecka 2–18'],
    [{ unit: 'month', start: 5, end: 24 }, 'Månad 5–24'],
    [{ unit: 'month', start: 1, end: 1 }, 'Månad 1'],
    [{ unit: 'day', start: 1, end: 1 }, 'Arbetsdag 1'],
    [{ unit: 'day', start: 2, end: 5 }, 'Arbetsdag 2–5'],
    // Day 0 is the last working day before the start; day −9 is ten working days before it.
    [{ unit: 'day', start: -9, end: 0 }, '10–1 arbetsdagar före start'],
    [{ unit: 'day', start: 0, end: 0 }, '1 arbetsdag före start'],
    [{ unit: 'day', start: -4, end: -4 }, '5 arbetsdagar före start'],
    [{ unit: 'day', start: -4, end: 3 }, '5 arbetsdagar före start – arbetsdag 3'],
    [{ unit: 'day', start: 0, end: 1 }, '1 arbetsdag före start – arbetsdag 1'],
  ])('%j reads %j', (window, label) => {
    expect(windowLabel(window)).toBe(label);
  });

  it.each<[Window, string]>([
    [{ unit: 'week', start: 1, end: 4 }, 'Week 1–4'],
    [{ unit: 'month', start: 5, end: 24 }, 'Month 5–24'],
    [{ unit: 'day', start: 2, end: 5 }, 'Working day 2–5'],
    [{ unit: 'day', start: -9, end: 0 }, '10–1 working days before the start'],
    [{ unit: 'day', start: 0, end: 0 }, '1 working day before the start'],
    [{ unit: 'day', start: -4, end: 3 }, '5 working days before the start – working day 3'],
  ])('in English, %j reads %j', (window, label) => {
    expect(windowLabel(window, 'en')).toBe(label);
  });
});

describe('formatMinutes', () => {
  it.each([
    [0, '0 min'],
    [15, '15 min'],
    [45, '45 min'],
    [60, '1 h'],
    [90, '1 h 30 min'],
    [150, '2 h 30 min'],
    [480, '8 h'],
    [6000, '100 h'],
  ])('%i minutes read %j', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});

describe('formatBytes', () => {
  it.each([
    [830, '830 byte'],
    [120 * 1024, '120 kB'],
    [2.4 * 1024 * 1024, '2,4 MB'],
  ])('%i bytes read %j', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('content ids', () => {
  it.each([
    ['Nyckelkort och passerkort', 'nyckelkort-och-passerkort'],
    ['Möte med enhetschef – välkomstsamtal', 'mote-med-enhetschef-valkomstsamtal'],
    ['Å Ä Ö å ä ö é ü', 'a-a-o-a-a-o-e-u'],
    ['  BBIC: grundutbildning!  ', 'bbic-grundutbildning'],
    ['???', 'punkt'],
    ['x'.repeat(100), 'x'.repeat(64)],
  ])('%j becomes %j', (title, id) => {
    expect(slugify(title)).toBe(id);
    expect(contentId.safeParse(slugify(title)).success).toBe(true);
  });

  it('adds a number when the id is taken, and stays within the schema', () => {
    expect(uniqueId('Nyckelkort', ['nyckelkort'])).toBe('nyckelkort-2');
    expect(uniqueId('Nyckelkort', ['nyckelkort', 'nyckelkort-2'])).toBe('nyckelkort-3');
    const long = 'a'.repeat(64);
    const id = uniqueId(long, [long]);
    expect(id).toBe(`${'a'.repeat(62)}-2`);
    expect(contentId.safeParse(id).success).toBe(true);
  });
});
