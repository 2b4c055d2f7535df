import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/open';
import * as staff from '../../db/queries/staff';
import { getPreferences, updatePreferences } from '../../db/queries/preferences';
import { defaultPreferences } from '../../electron/shared/schemas/preferences';
import { MIGRATIONS, tempDbPath } from '../support/paths';

const fields = (name: string, extra = {}) => ({ name, title: '', team: '', phone: '', email: '', roles: [], ...extra });

let opened: OpenedDatabase;
beforeEach(() => {
  opened = openDatabase(tempDbPath(), MIGRATIONS);
  return () => opened.close();
});

describe('staff queries', () => {
  it('creates, lists in Swedish order, updates, removes and restores', () => {
    const { db } = opened;
    const orjan = staff.createPerson(db, fields('Örjan Ek', { roles: ['introducer'] }), '2026-11-23T08:00:00.000Z');
    staff.createPerson(db, fields('Anna Berg'), '2026-11-23T08:00:00.000Z');
    expect(staff.listPeople(db).map((p) => p.name)).toEqual(['Anna Berg', 'Örjan Ek']);
    expect(orjan.roles).toEqual(['introducer']);

    const updated = staff.updatePerson(db, orjan.id, fields('Örjan Ek', { phone: '0980-1', roles: [] }), '2026-11-24T08:00:00.000Z');
    expect(updated).toMatchObject({
      phone: '0980-1',
      roles: [],
      createdAt: '2026-11-23T08:00:00.000Z',
      updatedAt: '2026-11-24T08:00:00.000Z',
    });

    expect(staff.removePerson(db, orjan.id, 'now')?.name).toBe('Örjan Ek');
    expect(staff.listPeople(db).map((p) => p.name)).toEqual(['Anna Berg']);
    expect(staff.getPerson(db, orjan.id)).toBeUndefined();
    expect(staff.removePerson(db, orjan.id, 'now')).toBeUndefined();
    expect(staff.updatePerson(db, orjan.id, fields('X'), 'now')).toBeUndefined();

    expect(staff.restorePerson(db, orjan.id, 'now')?.name).toBe('Örjan Ek');
    expect(staff.restorePerson(db, orjan.id, 'now')).toBeUndefined();
    expect(staff.listPeople(db)).toHaveLength(2);
  });
});

describe('preferences', () => {
  it('defaults to Swedish and remembers a change', () => {
    expect(getPreferences(opened.db)).toEqual({ ...defaultPreferences, language: 'sv', lastUserId: null });
    expect(updatePreferences(opened.db, { language: 'en' })).toEqual({ ...defaultPreferences, language: 'en', lastUserId: null });
    expect(getPreferences(opened.db)).toEqual({ ...defaultPreferences, language: 'en', lastUserId: null });
  });

  it('falls back to the default when a stored value is not valid', () => {
    opened.sqlite.prepare("insert into preferences (key, value) values ('language', '\"fi\"')").run();
    expect(getPreferences(opened.db)).toEqual({ ...defaultPreferences, language: 'sv' });
  });
});
