import { create } from 'zustand';
import { sortBySwedish } from '../../../electron/shared/rules/collation';
import type { Person, PersonFields } from '../../../electron/shared/schemas/staff';
import { getApi, unwrap } from '../api';
import { load, notLoaded, put, reload, type Loadable, type Slot } from './loadable';

interface StaffState {
  people: Loadable<Person[]>;
  load: () => Promise<void>;
  /** Reads the directory again, quietly, when it has been read. */
  refresh: () => Promise<void>;
  /** The mutations throw ApiError so the form can show field messages. */
  create: (fields: PersonFields) => Promise<Person>;
  update: (id: number, fields: PersonFields) => Promise<Person>;
  remove: (id: number) => Promise<Person>;
  restore: (id: number) => Promise<Person>;
}

const sorted = (people: Person[]) => sortBySwedish(people, (p) => p.name);

export const useStaffStore = create<StaffState>((set, get) => {
  const people: Slot<Person[]> = { get: () => get().people, set: (next) => set({ people: next }) };
  const read = () => unwrap(getApi().staff.listPeople());
  const upsert = (person: Person) => {
    put(people, sorted([...get().people.data.filter((p) => p.id !== person.id), person]));
    return person;
  };
  return {
    people: notLoaded([]),
    load: () => load(people, read),
    refresh: () => reload(people, read),
    create: async (fields) => upsert(await unwrap(getApi().staff.createPerson(fields))),
    update: async (id, fields) => upsert(await unwrap(getApi().staff.updatePerson({ id, ...fields }))),
    restore: async (id) => upsert(await unwrap(getApi().staff.restorePerson({ id }))),
    async remove(id) {
      const removed = await unwrap(getApi().staff.removePerson({ id }));
      put(
        people,
        get().people.data.filter((p) => p.id !== id),
      );
      return removed;
    },
  };
});
