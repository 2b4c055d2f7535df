import { create } from 'zustand';
import type { Input } from '../../../electron/shared/contract';
import type { HireFields, HireSummary, PlanPreview } from '../../../electron/shared/schemas/plan';
import type { TemplateVersion } from '../../../electron/shared/schemas/template-api';
import { getApi, unwrap } from '../api';

type Status = 'idle' | 'loading' | 'ready' | 'error';
export type HireList = 'active' | 'archived';
export type NewHireInput = Input<'hires:create-hire'>;

interface HiresState {
  lists: Record<HireList, HireSummary[]>;
  status: Record<HireList, Status>;
  loadError?: string;
  /** Published programme versions a new plan can be made from, newest first per programme. */
  programmes: TemplateVersion[];
  programmesStatus: Status;
  load: (list: HireList) => Promise<void>;
  loadProgrammes: () => Promise<void>;
  /** Nothing is stored: the plan the fields would give. Throws ApiError. */
  preview: (fields: HireFields) => Promise<PlanPreview>;
  /** Stores the reviewed plan. Throws ApiError (e.g. 'no-user' until someone has said who they are). */
  create: (input: NewHireInput) => Promise<HireSummary>;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const useHiresStore = create<HiresState>((set, get) => ({
  lists: { active: [], archived: [] },
  status: { active: 'idle', archived: 'idle' },
  programmes: [],
  programmesStatus: 'idle',
  async load(list) {
    set({ status: { ...get().status, [list]: 'loading' }, loadError: undefined });
    try {
      const hires = await unwrap(getApi().hires.listHires({ archived: list === 'archived' }));
      set({ lists: { ...get().lists, [list]: hires }, status: { ...get().status, [list]: 'ready' } });
    } catch (error) {
      set({ status: { ...get().status, [list]: 'error' }, loadError: message(error) });
    }
  },
  async loadProgrammes() {
    set({ programmesStatus: 'loading' });
    try {
      set({ programmes: await unwrap(getApi().templates.listPublished()), programmesStatus: 'ready' });
    } catch {
      set({ programmesStatus: 'error' });
    }
  },
  preview: (fields) => unwrap(getApi().hires.previewPlan(fields)),
  async create(input) {
    const created = await unwrap(getApi().hires.createHire(input));
    set({ lists: { ...get().lists, active: [...get().lists.active.filter((h) => h.id !== created.id), created] } });
    return created;
  },
}));
