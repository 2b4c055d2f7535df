import type { HireFields, PersonRef } from '../../../../electron/shared/schemas/plan';
import type { Person } from '../../../../electron/shared/schemas/staff';
import type { Responsible } from '../../../../electron/shared/schemas/template';

/**
 * Who an own item's role means for this hire, as main resolves it once the plan is saved:
 * manager and introducer from the form, the hire themselves, else the first person with the role.
 */
export function responsibleFor(fields: HireFields, people: readonly Person[]) {
  const ref = (person: Person | undefined): PersonRef | null => (person ? { id: person.id, name: person.name } : null);
  return (responsible: Responsible): PersonRef | null => {
    if (responsible.kind === 'person') return { id: responsible.personId ?? 0, name: responsible.name };
    switch (responsible.role) {
      case 'manager':
        return ref(people.find((p) => p.id === fields.managerId));
      case 'introducer':
        return ref(people.find((p) => p.id === fields.introducerId));
      case 'newHire':
        return { id: 0, name: fields.name };
      default:
        return ref(people.find((p) => p.roles.includes(responsible.role as never)));
    }
  };
}
