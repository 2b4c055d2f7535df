import { create } from 'zustand';
import type { Input } from '../../../electron/shared/contract';
import type { HireReflection } from '../../../electron/shared/schemas/hours';
import { getApi, unwrap } from '../api';
import { hireLoader, notLoaded, type Loadable } from './loadable';

export type NewSession = Omit<Input<'reflection:add-session'>, 'hireId'>;

interface ReflectionState {
  hireId: number | null;
  reflection: Loadable<HireReflection | null>;
  /** Sessions with a call in flight: their controls wait for main's answer. */
  busy: number[];
  load: (hireId: number) => Promise<void>;
  refresh: () => Promise<void>;
  /** The changes throw ApiError with main's Swedish message (and field messages). */
  move: (sessionId: number, date: string, time: string) => Promise<HireReflection>;
  cancel: (sessionId: number, reason: string) => Promise<HireReflection>;
  markHeld: (sessionId: number, attendees: string, theme: string) => Promise<HireReflection>;
  reopen: (sessionId: number) => Promise<HireReflection>;
  setPlace: (sessionId: number, place: string, leaderId: number | null) => Promise<HireReflection>;
  add: (session: NewSession) => Promise<HireReflection>;
}

/** One hire's reflection sessions, as main generated them from the programme and as they were edited. */
export const useReflectionStore = create<ReflectionState>((set, get) => {
  const sessions = hireLoader<HireReflection | null>(
    {
      hireId: () => get().hireId,
      open: (hireId) => set({ hireId, reflection: notLoaded(null) }),
      get: () => get().reflection,
      set: (next) => set({ reflection: next }),
    },
    (hireId) => unwrap(getApi().reflection.getSessions({ hireId })),
  );
  const tracked = async (sessionId: number, call: () => Promise<HireReflection>) => {
    set({ busy: [...get().busy, sessionId] });
    try {
      return await sessions.change(call);
    } finally {
      set({ busy: get().busy.filter((s) => s !== sessionId) });
    }
  };
  const api = () => getApi().reflection;
  return {
    hireId: null,
    reflection: notLoaded(null),
    busy: [],
    load: sessions.load,
    refresh: sessions.refresh,
    move: (sessionId, date, time) => tracked(sessionId, () => unwrap(api().moveSession({ sessionId, date, time }))),
    cancel: (sessionId, reason) => tracked(sessionId, () => unwrap(api().cancelSession({ sessionId, reason }))),
    markHeld: (sessionId, attendees, theme) => tracked(sessionId, () => unwrap(api().markHeld({ sessionId, attendees, theme }))),
    reopen: (sessionId) => tracked(sessionId, () => unwrap(api().reopenSession({ sessionId }))),
    setPlace: (sessionId, place, leaderId) => tracked(sessionId, () => unwrap(api().setPlace({ sessionId, place, leaderId }))),
    add: (session) => sessions.change((hireId) => unwrap(api().addSession({ hireId, ...session }))),
  };
});
