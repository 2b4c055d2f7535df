import { create } from 'zustand';
import type { Input } from '../../../electron/shared/contract';
import type { HireReflection } from '../../../electron/shared/schemas/hours';
import { getApi, unwrap } from '../api';

type Status = 'idle' | 'loading' | 'ready' | 'error';

export type NewSession = Omit<Input<'reflection:add-session'>, 'hireId'>;

interface ReflectionState {
  hireId: number | null;
  reflection: HireReflection | null;
  status: Status;
  loadError?: string;
  /** Sessions with a call in flight: their controls wait for main's answer. */
  busy: number[];
  load: (hireId: number) => Promise<void>;
  /** The changes throw ApiError with main's Swedish message (and field messages). */
  move: (sessionId: number, date: string, time: string) => Promise<HireReflection>;
  cancel: (sessionId: number, reason: string) => Promise<HireReflection>;
  markHeld: (sessionId: number, attendees: string, theme: string) => Promise<HireReflection>;
  reopen: (sessionId: number) => Promise<HireReflection>;
  add: (session: NewSession) => Promise<HireReflection>;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One hire's reflection sessions, as main generated them from the programme and as they were edited. */
export const useReflectionStore = create<ReflectionState>((set, get) => {
  const hireId = () => {
    const id = get().hireId;
    if (id === null) throw new Error('Ingen nyanställd är öppen.');
    return id;
  };
  const put = (id: number, reflection: HireReflection) => {
    if (get().hireId === id) set({ reflection, status: 'ready' });
    return reflection;
  };
  const tracked = async (sessionId: number, call: () => Promise<HireReflection>) => {
    const id = hireId();
    set({ busy: [...get().busy, sessionId] });
    try {
      return put(id, await call());
    } finally {
      set({ busy: get().busy.filter((s) => s !== sessionId) });
    }
  };
  const api = () => getApi().reflection;
  return {
    hireId: null,
    reflection: null,
    status: 'idle',
    busy: [],
    async load(id) {
      const same = get().hireId === id && get().reflection !== null;
      set({ hireId: id, status: same ? 'ready' : 'loading', loadError: undefined, ...(!same && { reflection: null }) });
      try {
        put(id, await unwrap(api().getSessions({ hireId: id })));
      } catch (error) {
        if (get().hireId === id) set({ status: 'error', loadError: message(error) });
      }
    },
    move: (sessionId, date, time) => tracked(sessionId, () => unwrap(api().moveSession({ sessionId, date, time }))),
    cancel: (sessionId, reason) => tracked(sessionId, () => unwrap(api().cancelSession({ sessionId, reason }))),
    markHeld: (sessionId, attendees, theme) => tracked(sessionId, () => unwrap(api().markHeld({ sessionId, attendees, theme }))),
    reopen: (sessionId) => tracked(sessionId, () => unwrap(api().reopenSession({ sessionId }))),
    async add(session) {
      const id = hireId();
      return put(id, await unwrap(api().addSession({ hireId: id, ...session })));
    },
  };
});
