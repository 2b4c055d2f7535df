import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { Person, StaffRole } from '../../../electron/shared/schemas/staff';

export type PersonGroup = ComboboxItemGroup<ComboboxItem<number>>;

/** Select data with the people holding `role` first (unit managers for "Enhetschef", …). */
export function peopleByRole(people: readonly Person[], role: 'manager' | 'introducer', t: TFunction): PersonGroup[] {
  const option = (p: Person) => ({ value: p.id, label: p.name });
  const holds = (p: Person) => p.roles.includes(role satisfies StaffRole);
  return [
    { group: t(`hires.form.groups.${role}`), items: people.filter(holds).map(option) },
    { group: t('hires.form.groups.others'), items: people.filter((p) => !holds(p)).map(option) },
  ].filter((g) => g.items.length > 0);
}

/** Teams named in the staff directory, for suggestions. */
export const teamsOf = (people: readonly Person[]) =>
  [...new Set(people.map((p) => p.team.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'sv'));
