import { create } from 'zustand';
import type { Input } from '../../../electron/shared/contract';
import type { HireFields, HireSummary, PlanPreview } from '../../../electron/shared/schemas/plan';
import type { TemplateVersion } from '../../../electron/shared/schemas/template-api';
import { getApi, unwrap } from '../api';
import { load, notLoaded, put, reload, type Loadable, type Slot } from './loadable';

export type HireList = 'active' | 'archived';
export type NewHireInput = Input<'hires:create-hire'>;
const LISTS: HireList[] = ['active', 'archived'];

interface HiresState {
  lists: Record<HireList, Loadable<HireSummary[]>>;
  /** Published programme versions a new plan can be made from, newest first per programme. */
  programmes: Loadable<TemplateVersion[]>;
  load: (list: HireList) => Promise<void>;
  loadProgrammes: () => Promise<void>;
  /** Reads again, quietly, the lists and programmes that have been read. */
  refresh: () => Promise<void>;
  /** Nothing is stored: the plan the fields would give. Throws ApiError. */
  preview: (fields: HireFields) => Promise<PlanPreview>;
  /** Stores the reviewed plan. Throws ApiError (e.g. 'no-user' until someone has said who they are). */
  create: (input: NewHireInput) => Promise<HireSummary>;
}

export const useHiresStore = create<HiresState>((set, get) => {
  const list = (name: HireList): Slot<HireSummary[]> => ({
    get: () => get().lists[name],
    set: (next) => set({ lists: { ...get().lists, [name]: next } }),
  });
  const readList = (name: HireList) => () => unwrap(getApi().hires.listHires({ archived: name === 'archived' }));
  const programmes: Slot<TemplateVersion[]> = { get: () => get().programmes, set: (next) => set({ programmes: next }) };
  const readProgrammes = () => unwrap(getApi().templates.listPublished());
  return {
    lists: { active: notLoaded([]), archived: notLoaded([]) },
    programmes: notLoaded([]),
    load: (name) => load(list(name), readList(name)),
    loadProgrammes: () => load(programmes, readProgrammes),
    async refresh() {
      await Promise.all([...LISTS.map((name) => reload(list(name), readList(name))), reload(programmes, readProgrammes)]);
    },
    preview: (fields) => unwrap(getApi().hires.previewPlan(fields)),
    async create(input) {
      const created = await unwrap(getApi().hires.createHire(input));
      put(list('active'), [...get().lists.active.data.filter((h) => h.id !== created.id), created]);
      return created;
    },
  };
});
