import { describe, expect, it } from 'vitest';
import { byUrgency, type UrgencyFacts } from '../../electron/shared/rules/urgency';

const hire = (name: string, facts: Partial<UrgencyFacts> = {}): UrgencyFacts => ({
  name,
  late: 0,
  notFollowedUp: 0,
  introducerBehind: false,
  noIntroducer: false,
  ...facts,
});

describe('the overview puts the urgent first', () => {
  it('ranks late items, then a missing or lagging introducer, then the number late and not followed up, then the name', () => {
    const ranked = byUrgency([
      hire('Öberg'),
      hire('Ek', { notFollowedUp: 9 }),
      hire('Berg', { late: 1 }),
      hire('Ahl', { late: 4 }),
      hire('Dahl', { introducerBehind: true }),
      hire('Falk', { noIntroducer: true, notFollowedUp: 1 }),
      hire('Cedar', { late: 1, introducerBehind: true }),
    ]).map((h) => h.name);
    expect(ranked).toEqual(['Cedar', 'Ahl', 'Berg', 'Falk', 'Dahl', 'Ek', 'Öberg']);
  });

  it('keeps the input as it was', () => {
    const input = [hire('B', { late: 1 }), hire('A')];
    byUrgency(input);
    expect(input.map((h) => h.name)).toEqual(['B', 'A']);
  });
});
