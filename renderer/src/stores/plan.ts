import { create } from 'zustand';
import type { Input } from '../../../electron/shared/contract';
import type {
  DateChange,
  HirePlan,
  HireSummary,
  ItemStatus,
  OwnItemFields,
  PlanItemView,
  WeekRow,
} from '../../../electron/shared/schemas/plan';
import { getApi, unwrap } from '../api';
import { hireLoader, load, notLoaded, put, reload, type HireSlot, type Loadable, type Slot } from './loadable';
import { useSessionStore } from './session';

export type HireChanges = Omit<Input<'hires:update-hire'>, 'hireId'>;

interface PlanState {
  hireId: number | null;
  plan: Loadable<HirePlan | null>;
  /** The week-by-week schedule, read when its tab is first shown. */
  schedule: Loadable<WeekRow[] | null>;
  /** Items with a call in flight: their controls are disabled until main has answered. */
  busy: number[];
  load: (hireId: number) => Promise<void>;
  loadSchedule: () => Promise<void>;
  /** Reads the open plan again, quietly, and the schedule when it has been read. */
  refresh: () => Promise<void>;
  /**
   * The mutations throw ApiError (with main's Swedish message). The screen changes only once main
   * has answered, which it does after the write is committed: nothing is shown optimistically.
   */
  setStatus: (itemId: number, status: ItemStatus, reason?: string) => Promise<PlanItemView>;
  updateItem: (input: Input<'plans:update-item'>) => Promise<PlanItemView>;
  addItem: (item: OwnItemFields) => Promise<PlanItemView>;
  previewStartDate: (startDate: string) => Promise<DateChange[]>;
  changeStartDate: (startDate: string) => Promise<HireSummary>;
  updateHire: (changes: HireChanges) => Promise<HireSummary>;
  setFinished: (finished: boolean) => Promise<HireSummary>;
}

export const usePlanStore = create<PlanState>((set, get) => {
  const planSlot: HireSlot<HirePlan | null> = {
    hireId: () => get().hireId,
    open: (hireId) => set({ hireId, plan: notLoaded(null) }),
    get: () => get().plan,
    set: (next) => set({ plan: next }),
  };
  const readPlan = (hireId: number) => unwrap(getApi().hires.getPlan({ hireId }));
  const plan = hireLoader(planSlot, readPlan);
  const schedule: Slot<WeekRow[] | null> = { get: () => get().schedule, set: (next) => set({ schedule: next }) };
  const readSchedule = (hireId: number) => () => unwrap(getApi().plans.getSchedule({ hireId }));
  const stillOpen = (hireId: number) => () => get().hireId === hireId;
  /** Every change may move weeks around; the schedule is read again when it is next shown. */
  const forgetSchedule = () => set({ schedule: notLoaded(null) });

  const hireId = () => {
    const id = get().hireId;
    if (id === null) throw new Error('Ingen plan är öppen.');
    return id;
  };
  /** Reads the plan again after a change that moves many items (start date, people). */
  const reread = async () => {
    const id = hireId();
    const answer = await readPlan(id);
    if (!stillOpen(id)()) return;
    put(planSlot, answer);
    forgetSchedule();
  };
  const putItem = (item: PlanItemView) => {
    const current = get().plan.data;
    if (current && current.hire.id === item.hireId) {
      const exists = current.items.some((i) => i.id === item.id);
      const items = exists ? current.items.map((i) => (i.id === item.id ? item : i)) : [...current.items, item];
      put(planSlot, { ...current, items });
      forgetSchedule();
    }
    return item;
  };
  const tracked = async <T>(itemId: number, call: () => Promise<T>): Promise<T> => {
    set({ busy: [...get().busy, itemId] });
    try {
      return await call();
    } finally {
      set({ busy: get().busy.filter((id) => id !== itemId) });
    }
  };
  /** A refused change may mean nobody has said who they are yet; keep "Mina" honest either way. */
  const guarded = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      void useSessionStore.getState().refresh();
      throw error;
    }
  };
  const afterHireChange = async (summary: Promise<HireSummary>) => {
    const answer = await summary;
    await reread();
    return answer;
  };

  return {
    hireId: null,
    plan: notLoaded(null),
    schedule: notLoaded(null),
    busy: [],
    load(id) {
      forgetSchedule();
      return plan.load(id);
    },
    loadSchedule: () => load(schedule, readSchedule(hireId()), { wanted: stillOpen(hireId()) }),
    async refresh() {
      const id = get().hireId;
      if (id === null) return;
      await Promise.all([plan.refresh(), reload(schedule, readSchedule(id), stillOpen(id))]);
    },
    setStatus: (itemId, status, reason) =>
      guarded(() => tracked(itemId, async () => putItem(await unwrap(getApi().plans.setItemStatus({ itemId, status, reason }))))),
    updateItem: (input) => guarded(() => tracked(input.itemId, async () => putItem(await unwrap(getApi().plans.updateItem(input))))),
    addItem: (item) => guarded(async () => putItem(await unwrap(getApi().plans.addItem({ hireId: hireId(), item })))),
    previewStartDate: (startDate) => unwrap(getApi().hires.previewStartDate({ hireId: hireId(), startDate })),
    changeStartDate: (startDate) => guarded(() => afterHireChange(unwrap(getApi().hires.changeStartDate({ hireId: hireId(), startDate })))),
    updateHire: (changes) => guarded(() => afterHireChange(unwrap(getApi().hires.updateHire({ hireId: hireId(), ...changes })))),
    setFinished: (finished) => guarded(() => afterHireChange(unwrap(getApi().hires.setFinished({ hireId: hireId(), finished })))),
  };
});
