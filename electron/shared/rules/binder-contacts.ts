import type { CommonNumber } from '../schemas/binder';
import type { Contact } from '../schemas/template';

/** A person as the binder prints them: name, phone, e-mail (empty when unknown). */
export interface PersonContact {
  name: string;
  phone: string;
  email: string;
}

/** A row of "Dina kontaktpersoner": the role's name ("Enhetschef", "IT") and who holds it for this hire. */
export interface OwnContact {
  role: string;
  person: PersonContact | null;
}

/** A row of "Viktiga kontakter". */
export interface ContactLine {
  name: string;
  /** What they help with, from the programme. */
  role: string;
  phone: string;
  email: string;
}

/** Names compared as people read them: case, spacing and composed letters do not matter. */
const key = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/** "Enhetschef IFO", "IT-support", "HR-konsult": a contact whose name begins with a role's name stands for that role. */
const standsFor = (name: string, role: string) => {
  const [n, r] = [key(name), key(role)];
  return r !== '' && n.startsWith(r) && (n.length === r.length || /[\s\-–]/u.test(n[r.length]!));
};

/**
 * The binder's "Viktiga kontakter": the municipality's numbers from Inställningar first, then the
 * programme's contacts, so that nobody is listed twice and every number known is printed:
 * - a programme contact named like a municipal number ("IT-support") is printed once, at the
 *   number's place, with the programme's description and whichever phone and e-mail are known;
 * - one who is already among "Dina kontaktpersoner" (the same name), or who stands for one of their
 *   roles ("Enhetschef IFO", "Introduktör", "HR-konsult"), is left out: that table names the person;
 * - one who names a person in the staff directory gets that person's phone and e-mail where the
 *   programme has none.
 */
export function importantContacts(input: {
  common: readonly CommonNumber[];
  programme: readonly Contact[];
  own: readonly OwnContact[];
  directory: readonly PersonContact[];
}): ContactLine[] {
  const lines: ContactLine[] = input.common.map((n) => ({ name: n.label, role: '', phone: n.phone, email: n.email }));
  const listed = new Map(lines.map((line) => [key(line.name), line]));
  const ownNames = new Set(input.own.flatMap((o) => (o.person ? [key(o.person.name)] : [])));
  const directory = new Map(input.directory.map((p) => [key(p.name), p]));
  for (const contact of input.programme) {
    const person = directory.get(key(contact.name));
    const found = { role: contact.role, phone: contact.phone || person?.phone || '', email: contact.email || person?.email || '' };
    // A municipal number, or the same contact twice in the programme: one row with everything known.
    const same = listed.get(key(contact.name));
    if (same) {
      same.role ||= found.role;
      same.phone ||= found.phone;
      same.email ||= found.email;
      continue;
    }
    if (ownNames.has(key(contact.name)) || input.own.some((o) => standsFor(contact.name, o.role))) continue;
    const line = { name: contact.name, ...found };
    lines.push(line);
    listed.set(key(line.name), line);
  }
  return lines;
}
