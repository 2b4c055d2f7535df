import { create } from 'zustand';
import type { Person } from '../../../electron/shared/schemas/staff';
import { getApi, unwrap } from '../api';
import { useStaffStore } from './staff';

interface SessionState {
  /** Who is working, as main knows it; changes are refused by main while this is null. */
  currentUser: Person | null;
  loaded: boolean;
  /** The "Vem är du?" dialog. */
  pickerOpen: boolean;
  /** The app opened the dialog at start (it then offers "Inte nu"), rather than the user. */
  askedAtStart: boolean;
  /** Reads who is working and the staff list; asks "Vem är du?" when there is staff but no user. */
  start: () => Promise<void>;
  /** Reads who is working again (after a refused change, or a change to the staff elsewhere). */
  refresh: () => Promise<void>;
  openPicker: () => void;
  closePicker: () => void;
  /**
   * Asks "Vem är du?" as soon as it can be answered, rather than when a save is refused: after the
   * first people are added, and when a new hire is started. Once answered "Inte nu", it waits
   * for the user to ask.
   */
  offerPicker: () => void;
  /** "Inte nu" was chosen in this session. */
  declined: boolean;
  /** Throws ApiError when main refuses (e.g. the person was removed meanwhile). */
  choose: (personId: number) => Promise<Person>;
}

let starting: Promise<void> | undefined;

export const useSessionStore = create<SessionState>((set, get) => ({
  currentUser: null,
  loaded: false,
  pickerOpen: false,
  askedAtStart: false,
  declined: false,
  start() {
    starting ??= (async () => {
      try {
        const [currentUser] = await Promise.all([unwrap(getApi().session.getCurrentUser()), useStaffStore.getState().load()]);
        const hasStaff = useStaffStore.getState().people.data.length > 0;
        set({ currentUser, loaded: true, ...(!currentUser && hasStaff && { pickerOpen: true, askedAtStart: true }) });
      } catch {
        // Without an answer the header offers the choice; main refuses changes until one is made.
        set({ currentUser: null, loaded: true });
      }
    })().finally(() => {
      starting = undefined;
    });
    return starting;
  },
  async refresh() {
    try {
      set({ currentUser: await unwrap(getApi().session.getCurrentUser()) });
    } catch {
      // Keep the last known user; the next refusal or refresh tries again.
    }
  },
  openPicker: () => set({ pickerOpen: true, askedAtStart: false }),
  closePicker: () => set((s) => ({ pickerOpen: false, declined: s.declined || (s.askedAtStart && !s.currentUser) })),
  offerPicker: () => {
    const { currentUser, declined, pickerOpen, loaded } = get();
    if (loaded && !currentUser && !declined && !pickerOpen && useStaffStore.getState().people.data.length > 0)
      set({ pickerOpen: true, askedAtStart: true });
  },
  async choose(personId) {
    const currentUser = await unwrap(getApi().session.setCurrentUser({ personId }));
    set({ currentUser, pickerOpen: false });
    return currentUser;
  },
}));
