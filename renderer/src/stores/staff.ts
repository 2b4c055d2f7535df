import { create } from 'zustand';
import { sortBySwedish } from '../../../electron/shared/rules/collation';
import type { Person, PersonFields } from '../../../electron/shared/schemas/staff';
import { getApi, unwrap } from '../api';

type Status = 'idle' | 'loading' | 'ready' | 'error';

interface StaffState {
  people: Person[];
  status: Status;
  loadError?: string;
  load: () => Promise<void>;
  /** The mutations throw ApiError so the form can show field messages. */
  create: (fields: PersonFields) => Promise<Person>;
  update: (id: number, fields: PersonFields) => Promise<Person>;
  remove: (id: number) => Promise<Person>;
  restore: (id: number) => Promise<Person>;
}

const sorted = (people: Person[]) => sortBySwedish(people, (p) => p.name);

export const useStaffStore = create<StaffState>((set, get) => {
  const upsert = (person: Person) => {
    set({ people: sorted([...get().people.filter((p) => p.id !== person.id), person]) });
    return person;
  };
  return {
    people: [],
    status: 'idle',
    async load() {
      set({ status: 'loading', loadError: undefined });
      try {
        set({ people: await unwrap(getApi().staff.listPeople()), status: 'ready' });
      } catch (error) {
        set({ status: 'error', loadError: error instanceof Error ? error.message : String(error) });
      }
    },
    create: async (fields) => upsert(await unwrap(getApi().staff.createPerson(fields))),
    update: async (id, fields) => upsert(await unwrap(getApi().staff.updatePerson({ id, ...fields }))),
    restore: async (id) => upsert(await unwrap(getApi().staff.restorePerson({ id }))),
    async remove(id) {
      const removed = await unwrap(getApi().staff.removePerson({ id }));
      set({ people: get().people.filter((p) => p.id !== id) });
      return removed;
    },
  };
});
