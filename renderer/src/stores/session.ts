import { create } from 'zustand';
import type { AccountChoice } from '../../../electron/shared/contract';
import type { PersonRef } from '../../../electron/shared/schemas/plan';
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
  /** A new hire working in their own view (then currentUser is null). */
  currentHire: PersonRef | null;
  /** Throws ApiError when main refuses. */
  chooseHire: (hireId: number, remember?: boolean) => Promise<PersonRef>;
  /** The operating-system account and whom it remembers (null until read). */
  account: AccountChoice | null;
  /** Throws ApiError when main refuses (e.g. the person was removed meanwhile). `remember`: for this computer account. */
  choose: (personId: number, remember?: boolean) => Promise<Person>;
}

let starting: Promise<void> | undefined;

export const useSessionStore = create<SessionState>((set, get) => ({
  currentUser: null,
  loaded: false,
  pickerOpen: false,
  askedAtStart: false,
  declined: false,
  account: null,
  currentHire: null,
  start() {
    starting ??= (async () => {
      try {
        const [currentUser, currentHire, account] = await Promise.all([
          unwrap(getApi().session.getCurrentUser()),
          unwrap(getApi().session.getCurrentHire()),
          unwrap(getApi().session.getAccount()),
        ]);
        // A new hire's view reads no staff list (main refuses it to them).
        if (!currentHire) await useStaffStore.getState().load();
        set({ account, currentHire });
        const hasStaff = useStaffStore.getState().people.data.length > 0;
        set({ currentUser, loaded: true, ...(!currentUser && !currentHire && hasStaff && { pickerOpen: true, askedAtStart: true }) });
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
  async choose(personId, remember = true) {
    const currentUser = await unwrap(getApi().session.setCurrentUser({ personId, remember }));
    const account = await unwrap(getApi().session.getAccount());
    set({ currentUser, currentHire: null, account, pickerOpen: false });
    if (!useStaffStore.getState().people.data.length) await useStaffStore.getState().load();
    return currentUser;
  },
  async chooseHire(hireId, remember = true) {
    const currentHire = await unwrap(getApi().session.setCurrentHire({ hireId, remember }));
    const account = await unwrap(getApi().session.getAccount());
    set({ currentUser: null, currentHire, account, pickerOpen: false });
    return currentHire;
  },
}));
