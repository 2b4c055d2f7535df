import { create } from 'zustand';
import type { Input } from '../../../electron/shared/contract';
import type { DateChange, HirePlan, HireSummary, ItemStatus, OwnItemFields, PlanItemView, WeekRow } from '../../../electron/shared/schemas/plan';
import type { Person } from '../../../electron/shared/schemas/staff';
import { getApi, unwrap } from '../api';

type Status = 'idle' | 'loading' | 'ready' | 'error';

export type HireChanges = Omit<Input<'hires:update-hire'>, 'hireId'>;

interface PlanState {
  hireId: number | null;
  plan: HirePlan | null;
  status: Status;
  loadError?: string;
  schedule: WeekRow[] | null;
  scheduleStatus: Status;
  scheduleError?: string;
  /** Who is working, for "Mina"; read from main, never guessed. */
  currentUser: Person | null;
  /** Items with a call in flight: their controls are disabled until main has answered. */
  busy: number[];
  load: (hireId: number) => Promise<void>;
  refreshUser: () => Promise<void>;
  loadSchedule: () => Promise<void>;
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

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const usePlanStore = create<PlanState>((set, get) => {
  const hireId = () => {
    const id = get().hireId;
    if (id === null) throw new Error('Ingen plan är öppen.');
    return id;
  };
  /** Reads the plan again after a change that moves many items (start date, people). */
  const reload = async () => {
    const id = hireId();
    const plan = await unwrap(getApi().hires.getPlan({ hireId: id }));
    if (get().hireId === id) set({ plan, schedule: null, scheduleStatus: 'idle' });
  };
  const putItem = (item: PlanItemView) => {
    const { plan } = get();
    if (plan && plan.hire.id === item.hireId) {
      const exists = plan.items.some((i) => i.id === item.id);
      const items = exists ? plan.items.map((i) => (i.id === item.id ? item : i)) : [...plan.items, item];
      set({ plan: { ...plan, items }, schedule: null, scheduleStatus: 'idle' });
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
      void get().refreshUser();
      throw error;
    }
  };

  return {
    hireId: null,
    plan: null,
    status: 'idle',
    schedule: null,
    scheduleStatus: 'idle',
    currentUser: null,
    busy: [],
    async load(id) {
      const same = get().hireId === id && get().plan !== null;
      set({ hireId: id, status: same ? 'ready' : 'loading', loadError: undefined, ...(!same && { plan: null }), schedule: null, scheduleStatus: 'idle' });
      try {
        const api = getApi();
        const [plan, currentUser] = await Promise.all([unwrap(api.hires.getPlan({ hireId: id })), unwrap(api.session.getCurrentUser())]);
        if (get().hireId === id) set({ plan, currentUser, status: 'ready' });
      } catch (error) {
        if (get().hireId === id) set({ status: 'error', loadError: message(error) });
      }
    },
    async refreshUser() {
      try {
        set({ currentUser: await unwrap(getApi().session.getCurrentUser()) });
      } catch {
        // Keep the last known user; the next load tries again.
      }
    },
    async loadSchedule() {
      const id = hireId();
      set({ scheduleStatus: 'loading', scheduleError: undefined });
      try {
        const schedule = await unwrap(getApi().plans.getSchedule({ hireId: id }));
        if (get().hireId === id) set({ schedule, scheduleStatus: 'ready' });
      } catch (error) {
        if (get().hireId === id) set({ scheduleStatus: 'error', scheduleError: message(error) });
      }
    },
    setStatus: (itemId, status, reason) =>
      guarded(() => tracked(itemId, async () => putItem(await unwrap(getApi().plans.setItemStatus({ itemId, status, reason }))))),
    updateItem: (input) => guarded(() => tracked(input.itemId, async () => putItem(await unwrap(getApi().plans.updateItem(input))))),
    addItem: (item) => guarded(async () => putItem(await unwrap(getApi().plans.addItem({ hireId: hireId(), item })))),
    previewStartDate: (startDate) => unwrap(getApi().hires.previewStartDate({ hireId: hireId(), startDate })),
    changeStartDate: (startDate) =>
      guarded(async () => {
        const summary = await unwrap(getApi().hires.changeStartDate({ hireId: hireId(), startDate }));
        await reload();
        return summary;
      }),
    updateHire: (changes) =>
      guarded(async () => {
        const summary = await unwrap(getApi().hires.updateHire({ hireId: hireId(), ...changes }));
        await reload();
        return summary;
      }),
    setFinished: (finished) =>
      guarded(async () => {
        const summary = await unwrap(getApi().hires.setFinished({ hireId: hireId(), finished }));
        await reload();
        return summary;
      }),
  };
});
