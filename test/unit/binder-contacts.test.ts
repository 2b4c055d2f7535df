import { describe, expect, it } from 'vitest';
import { importantContacts, type OwnContact } from '../../electron/shared/rules/binder-contacts';
import type { Contact } from '../../electron/shared/schemas/template';

const contact = (name: string, role = '', phone = '', email = ''): Contact => ({
  id: name.toLowerCase().replace(/\W+/g, '-'),
  name,
  role,
  phone,
  email,
});
const anna = { name: 'Anna Lindqvist', phone: '0980-700 01', email: 'anna.lindqvist@exempel.se' };
const peter = { name: 'Peter Andersson', phone: '0980-700 30', email: '' };
const eva = { name: 'Eva Strand', phone: '0980-700 55', email: 'eva.strand@exempel.se' };
const own: OwnContact[] = [
  { role: 'Enhetschef', person: anna },
  { role: 'Introduktör', person: null },
  { role: 'IT', person: peter },
];
const names = (lines: { name: string }[]) => lines.map((l) => l.name);

describe('the binder’s important contacts', () => {
  it.each([
    ['a placeholder for the manager', contact('Enhetschef IFO', 'Ansvarar för din introduktion')],
    ['the introducer’s role, even while nobody holds it (the table says "saknas")', contact('Introduktör')],
    ['a role name followed by a hyphen', contact('IT-support', 'Dator och konton')],
    ['a person already listed, written differently', contact('  anna   LINDQVIST ')],
  ])('leaves out %s', (_what, entry) => {
    expect(importantContacts({ common: [], programme: [entry], own, directory: [anna, peter] })).toEqual([]);
  });

  it.each([
    ['a name that only starts like a role', contact('Itinerarieansvarig')],
    ['a service of its own', contact('Skyddsombud', 'Arbetsmiljöfrågor')],
    ['a role nobody in the table has', contact('HR-konsult', 'Lön och förmåner')],
  ])('keeps %s', (_what, entry) => {
    expect(names(importantContacts({ common: [], programme: [entry], own, directory: [] }))).toEqual([entry.name]);
  });

  it('puts the municipality’s numbers first and merges a programme contact of the same name into them', () => {
    const lines = importantContacts({
      common: [
        { label: 'Växel', phone: '0980-700 00', email: '' },
        { label: 'IT-support', phone: '0980-701 11', email: '' },
      ],
      programme: [contact('Skyddsombud'), contact('it-support', 'Dator, konton och lösenord', '', 'it@exempel.se')],
      own,
      directory: [],
    });
    expect(lines).toEqual([
      { name: 'Växel', role: '', phone: '0980-700 00', email: '' },
      // Merged before the role check: the municipal helpdesk is not the unit's IT person.
      { name: 'IT-support', role: 'Dator, konton och lösenord', phone: '0980-701 11', email: 'it@exempel.se' },
      { name: 'Skyddsombud', role: '', phone: '', email: '' },
    ]);
  });

  it('fills a missing phone and e-mail from the staff directory for a contact that names a person, and keeps what the programme says', () => {
    const lines = importantContacts({
      common: [],
      programme: [contact('Eva Strand', 'Systemförvaltare'), contact('eva strand'), contact('Olle Berg', '', '070-123 45 67')],
      own,
      directory: [eva, { name: 'Olle Berg', phone: '0980-700 60', email: 'olle.berg@exempel.se' }],
    });
    expect(lines).toEqual([
      { name: 'Eva Strand', role: 'Systemförvaltare', phone: '0980-700 55', email: 'eva.strand@exempel.se' },
      { name: 'Olle Berg', role: '', phone: '070-123 45 67', email: 'olle.berg@exempel.se' },
    ]);
  });
});
