import { describe, expect, it } from 'vitest';
import { personFields } from '../../electron/shared/schemas/staff';
import { sortBySwedish } from '../../electron/shared/rules/collation';

const valid = { name: 'Anna', title: '', team: '', phone: '', email: '', roles: [] };

describe('personFields', () => {
  it.each(['0980-700 00', '+46 980 700 00', '070-123 45 67', '(0980) 70000', ''])('accepts phone %j', (phone) => {
    expect(personFields.safeParse({ ...valid, phone }).success).toBe(true);
  });

  it.each(['ring mig', '12', '0980/70000', '1'.repeat(16)])('refuses phone %j', (phone) => {
    const result = personFields.safeParse({ ...valid, phone });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('validation.phone');
  });

  it('trims names and refuses blank ones', () => {
    expect(personFields.parse({ ...valid, name: '  Åsa Berg ' }).name).toBe('Åsa Berg');
    expect(personFields.safeParse({ ...valid, name: '   ' }).error?.issues[0]?.message).toBe('validation.required');
  });

  it('refuses unknown roles, duplicate roles and invalid e-mail', () => {
    expect(personFields.safeParse({ ...valid, roles: ['boss'] }).success).toBe(false);
    expect(personFields.safeParse({ ...valid, roles: ['manager', 'manager'] }).success).toBe(false);
    expect(personFields.safeParse({ ...valid, email: 'anna@' }).success).toBe(false);
    expect(personFields.safeParse({ ...valid, email: 'anna.berg@kiruna.se' }).success).toBe(true);
  });
});

describe('sortBySwedish', () => {
  it('puts Å, Ä and Ö after Z, as a Swedish reader expects', () => {
    const names = ['Örjan', 'Anna', 'Åsa', 'Zelda', 'Ärla', 'Bo'];
    expect(sortBySwedish(names, (n) => n)).toEqual(['Anna', 'Bo', 'Zelda', 'Åsa', 'Ärla', 'Örjan']);
  });
});
