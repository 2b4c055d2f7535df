import type { PersonRef } from '../schemas/plan';
import type { Responsible, ResponsibleRole } from '../schemas/template';

/** The hire's side of a responsibility: who manages and introduces them, and their name. */
export interface HirePeople {
  name: string;
  managerId: number | null;
  introducerId: number | null;
  /** The hire's own samordnare; without one the directory's first coordinator is meant. */
  coordinatorId?: number | null;
}

/** How the caller finds people: by id (removed ones too, so history keeps names), and by role. */
export interface PeopleLookup {
  person(id: number): PersonRef | null;
  /** The first person in the directory holding the role, or null. */
  holderOf(role: ResponsibleRole): PersonRef | null;
}

/** The hire is not in the staff directory; id 0 never matches a person there. */
export const NEW_HIRE_ID = 0;

/**
 * Who a responsibility means for this hire: manager, introducer and samordnare from the hire, the
 * hire themselves, a named person, or the first person in the directory holding the role (the
 * unit's samordnare when the hire has none of their own); null when
 * nobody does (the plan then says the role is unfilled).
 */
export function responsibleResolver(hire: HirePeople, people: PeopleLookup) {
  const byId = (id: number | null) => (id !== null ? people.person(id) : null);
  return (responsible: Responsible): PersonRef | null => {
    if (responsible.kind === 'person') return byId(responsible.personId);
    switch (responsible.role) {
      case 'manager':
        return byId(hire.managerId);
      case 'introducer':
        return byId(hire.introducerId);
      case 'newHire':
        return { id: NEW_HIRE_ID, name: hire.name };
      case 'coordinator':
        return byId(hire.coordinatorId ?? null) ?? people.holderOf('coordinator');
      default:
        return people.holderOf(responsible.role);
    }
  };
}

/** A lookup over a list of people with roles (the staff directory as main or the renderer has it). */
export function lookupIn(
  staff: readonly { id: number; name: string; roles: readonly string[] }[],
  names?: ReadonlyMap<number, PersonRef>,
): PeopleLookup {
  const ref = (p: { id: number; name: string } | undefined): PersonRef | null => (p ? { id: p.id, name: p.name } : null);
  return {
    person: (id) => (names ? (names.get(id) ?? null) : ref(staff.find((p) => p.id === id))),
    holderOf: (role) => ref(staff.find((p) => p.roles.includes(role))),
  };
}
