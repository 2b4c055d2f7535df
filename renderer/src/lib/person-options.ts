import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { Person, StaffRole } from '../../../electron/shared/schemas/staff';

export type PersonGroup = ComboboxItemGroup<ComboboxItem<number>>;

/** The people a hire names. */
export type HireRole = 'manager' | 'introducer' | 'coordinator';

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('sv') === b.trim().toLocaleLowerCase('sv');

/** Others in the directory with the same name as `name` (a second "Anna Lind" is allowed, but should be noticed). */
export const namesakes = (name: string, people: readonly Person[], exceptId?: number) =>
  name.trim() ? people.filter((p) => p.id !== exceptId && sameName(p.name, name)) : [];

/** What tells a person apart from a namesake: title and team, else e-mail. */
export const personDetail = (p: Person) => [p.title, p.team].filter((x) => x.trim()).join(', ') || p.email || `#${p.id}`;

/** A person's name in a picker, with their title and team when someone else has the same name. */
export const personLabel = (p: Person, people: readonly Person[]) =>
  namesakes(p.name, people, p.id).length ? `${p.name} (${personDetail(p)})` : p.name;

/** Select data with the people holding `role` first (unit managers for "Enhetschef", …). */
export function peopleByRole(people: readonly Person[], role: HireRole, t: TFunction): PersonGroup[] {
  const option = (p: Person) => ({ value: p.id, label: personLabel(p, people) });
  const holds = (p: Person) => p.roles.includes(role satisfies StaffRole);
  return [
    { group: t(`hires.form.groups.${role}`), items: people.filter(holds).map(option) },
    { group: t('hires.form.groups.others'), items: people.filter((p) => !holds(p)).map(option) },
  ].filter((g) => g.items.length > 0);
}

/** Teams named in the staff directory, for suggestions. */
export const teamsOf = (people: readonly Person[]) =>
  [...new Set(people.map((p) => p.team.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'sv'));

/** The people holding `role` in a list of hires, by name, as filter choices. */
export function peopleInRole(hires: readonly Record<HireRole, { id: number; name: string } | null>[], role: HireRole) {
  return [...new Map(hires.flatMap((h) => (h[role] ? [[h[role].id, h[role].name] as const] : []))).entries()]
    .sort((a, b) => a[1].localeCompare(b[1], 'sv'))
    .map(([id, name]) => ({ value: String(id), label: name }));
}

/** What a hire without a samordnare of their own gets: the unit's, the directory's first (see responsibleResolver). */
export function unitCoordinator(people: readonly Person[], t: TFunction): string {
  const first = people.find((p) => p.roles.includes('coordinator'));
  return first ? t('hires.form.unitCoordinator', { name: first.name }) : t('hires.form.noUnitCoordinator');
}
