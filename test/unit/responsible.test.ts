import { describe, expect, it } from 'vitest';
import { lookupIn, NEW_HIRE_ID, responsibleResolver } from '../../electron/shared/rules/responsible';
import type { Responsible } from '../../electron/shared/schemas/template';

const staff = [
  { id: 1, name: 'Anna Chef', roles: ['manager'] },
  { id: 2, name: 'Maria Introduktör', roles: ['introducer'] },
  { id: 3, name: 'Peter IT', roles: ['it'] },
  { id: 4, name: 'Lena Admin', roles: ['administrator', 'hr'] },
];
const hire = { name: 'Sofia Berg', managerId: 1, introducerId: 2 };

describe('who is responsible for an item', () => {
  const resolve = responsibleResolver(hire, lookupIn(staff));
  it.each([
    [
      { kind: 'role', role: 'manager' },
      { id: 1, name: 'Anna Chef' },
    ],
    [
      { kind: 'role', role: 'introducer' },
      { id: 2, name: 'Maria Introduktör' },
    ],
    [
      { kind: 'role', role: 'newHire' },
      { id: NEW_HIRE_ID, name: 'Sofia Berg' },
    ],
    [
      { kind: 'role', role: 'it' },
      { id: 3, name: 'Peter IT' },
    ],
    [
      { kind: 'role', role: 'hr' },
      { id: 4, name: 'Lena Admin' },
    ],
    [{ kind: 'role', role: 'bbic' }, null],
    [
      { kind: 'person', personId: 3, name: 'Peter IT' },
      { id: 3, name: 'Peter IT' },
    ],
    [{ kind: 'person', personId: null, name: 'Någon på HR' }, null],
    [{ kind: 'person', personId: 99, name: 'Borttagen' }, null],
  ] as [Responsible, unknown][])('%j → %j', (responsible, expected) => {
    expect(resolve(responsible)).toEqual(expected);
  });

  it('an unfilled introducer role resolves to nobody, so the plan can say so', () => {
    expect(responsibleResolver({ ...hire, introducerId: null }, lookupIn(staff))({ kind: 'role', role: 'introducer' })).toBeNull();
  });

  it('with a name map, people are found by id there (removed people keep their names)', () => {
    const names = new Map([[9, { id: 9, name: 'Tidigare Chef' }]]);
    expect(responsibleResolver({ ...hire, managerId: 9 }, lookupIn(staff, names))({ kind: 'role', role: 'manager' })).toEqual({
      id: 9,
      name: 'Tidigare Chef',
    });
  });
});
