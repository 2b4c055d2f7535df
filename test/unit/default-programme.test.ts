import { expect, test } from 'vitest';
import { defaultProgramme } from '../../db/seed/default-programme';
import { templateContentSchema, type Window } from '../../electron/shared/schemas/template';
import { checkTemplateReferences } from '../../electron/shared/rules/template-checks';

const COVERAGE = [
  'nyckel',
  'dator',
  'socialnämnd',
  'delegation',
  'värdegrund',
  'sekretess',
  'journal',
  'verksamhetssystem',
  'sjukanmälan',
  'ledighet',
  'säkerhet',
  'medhandläggare',
  'BBIC',
  'Signs of Safety',
  'motiverande samtal',
  'samtal med barn',
  'studiebesök',
  'kunskapsguiden.se',
  'kompetensutvecklingsplan',
  'uppföljningssamtal',
  'reflektionsgrupp',
];

test('the default programme parses with the template schema', () => {
  const result = templateContentSchema.safeParse(defaultProgramme);
  expect(result.error?.issues ?? []).toEqual([]);
  expect(result.success).toBe(true);
});

test('the default programme has no reference problems', () => {
  expect(checkTemplateReferences(defaultProgramme, new Set())).toEqual([]);
});

test('the default programme has enough items in every phase', () => {
  expect(defaultProgramme.items.length).toBeGreaterThanOrEqual(60);
  for (const phase of defaultProgramme.phases) {
    const count = defaultProgramme.items.filter((item) => item.phaseId === phase.id).length;
    expect(count, phase.name).toBeGreaterThanOrEqual(10);
  }
});

test('every item has a positive expected time and a unique title', () => {
  for (const item of defaultProgramme.items) expect(item.expectedMinutes, item.id).toBeGreaterThan(0);
  const titles = defaultProgramme.items.map((item) => item.title.toLowerCase());
  expect(new Set(titles).size).toBe(titles.length);
});

/** Rough span in calendar weeks (week 1 = the first week); days before the start give week ≤ 0. */
function approximateWeeks(window: Window): [number, number] {
  switch (window.unit) {
    case 'day':
      return [Math.ceil(window.start / 5), Math.ceil(window.end / 5)];
    case 'week':
      return [window.start, window.end];
    case 'month':
      return [Math.floor((window.start - 1) * 4.35) + 1, Math.ceil(window.end * 4.35)];
  }
}

test('every item window lies within its phase window', () => {
  for (const item of defaultProgramme.items) {
    const phase = defaultProgramme.phases.find((p) => p.id === item.phaseId);
    if (!phase) throw new Error(`unknown phase ${item.phaseId}`);
    const [itemStart, itemEnd] = approximateWeeks(item.window);
    const [phaseStart, phaseEnd] = approximateWeeks(phase.window);
    expect(itemEnd, item.id).toBeLessThanOrEqual(phaseEnd);
    if (itemStart <= 0) {
      // Before-start items belong to the phase that begins on the start date.
      expect(phaseStart, item.id).toBe(1);
    } else {
      expect(itemStart, item.id).toBeGreaterThanOrEqual(phaseStart);
    }
  }
});

test.each(COVERAGE)('some item covers %j', (keyword) => {
  const needle = keyword.toLowerCase();
  const hit = defaultProgramme.items.some((item) => `${item.title} ${item.instructions}`.toLowerCase().includes(needle));
  expect(hit).toBe(true);
});
