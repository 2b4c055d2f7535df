import { create } from 'zustand';
import type { Input } from '../../../electron/shared/contract';
import type { Result } from '../../../electron/shared/result';
import type { GroupDetail, GroupFields, GroupSummary, HireGroups } from '../../../electron/shared/schemas/groups';
import { getApi, unwrap } from '../api';
import { load, notLoaded, put, reload, type Loadable, type Slot } from './loadable';

type SessionFields = Input<'groups:save-session'>['session'];

interface GroupsState {
  list: Loadable<GroupSummary[]>;
  /** The group whose page is open. */
  groupId: number | null;
  group: Loadable<GroupDetail | null>;
  /** The hire whose Reflektion tab shows their groups. */
  hireId: number | null;
  hire: Loadable<HireGroups | null>;
  loadList: () => Promise<void>;
  openGroup: (groupId: number) => Promise<void>;
  loadHire: (hireId: number) => Promise<void>;
  /** Reads again, quietly, what has been read. */
  refresh: () => Promise<void>;
  saveGroup: (groupId: number | null, group: GroupFields) => Promise<GroupDetail>;
  setArchived: (groupId: number, archived: boolean) => Promise<GroupDetail>;
  addMember: (input: Input<'groups:add-member'>) => Promise<GroupDetail>;
  endMembership: (memberId: number, toDate: string) => Promise<GroupDetail>;
  moveToOrdinary: (memberId: number, toGroupId: number, fromDate: string) => Promise<GroupDetail>;
  planSessions: (groupId: number, from: string, count: number) => Promise<GroupDetail>;
  saveSession: (groupId: number, sessionId: number | null, session: SessionFields) => Promise<GroupDetail>;
  recordAttendance: (sessionId: number, attendance: { memberId: number; present: boolean }[]) => Promise<GroupDetail>;
  /** The saved file's name, or null when the dialog was cancelled. */
  exportCalendar: (groupId: number) => Promise<string | null>;
  printAttendance: (groupId: number) => Promise<string | null>;
}

/** The unit's groups: the list on Grupper, one group's page, and the groups of the hire whose page is open. */
export const useGroupsStore = create<GroupsState>((set, get) => {
  const list: Slot<GroupSummary[]> = { get: () => get().list, set: (next) => set({ list: next }) };
  const group: Slot<GroupDetail | null> = { get: () => get().group, set: (next) => set({ group: next }) };
  const hire: Slot<HireGroups | null> = { get: () => get().hire, set: (next) => set({ hire: next }) };
  const readList = () => unwrap(getApi().groups.listGroups({}));
  const readGroup = () => {
    const groupId = get().groupId;
    return groupId === null ? Promise.resolve(null) : unwrap(getApi().groups.getGroup({ groupId }));
  };
  const readHire = () => {
    const hireId = get().hireId;
    return hireId === null ? Promise.resolve(null) : unwrap(getApi().groups.getHire({ hireId }));
  };
  const refresh = async () => {
    await Promise.all([reload(list, readList), reload(group, readGroup), reload(hire, readHire)]);
  };
  /** Main's answer is the open group; the list and the hire's tab read again. */
  const change = async (call: Promise<Result<GroupDetail>>): Promise<GroupDetail> => {
    const detail = await unwrap(call);
    if (get().groupId === detail.id) put(group, detail);
    void reload(list, readList);
    void reload(hire, readHire);
    return detail;
  };
  return {
    list: notLoaded([]),
    groupId: null,
    group: notLoaded(null),
    hireId: null,
    hire: notLoaded(null),
    loadList: () => load(list, readList),
    openGroup: (groupId) => {
      if (get().groupId !== groupId) set({ groupId, group: notLoaded(null) });
      return load(group, readGroup, { wanted: () => get().groupId === groupId });
    },
    loadHire: (hireId) => {
      if (get().hireId !== hireId) set({ hireId, hire: notLoaded(null) });
      return load(hire, readHire, { wanted: () => get().hireId === hireId });
    },
    refresh,
    saveGroup: async (groupId, fields) => {
      const detail = await change(getApi().groups.saveGroup({ groupId, group: fields }));
      if (groupId === null) set({ groupId: detail.id, group: { data: detail, status: 'ready' } });
      return detail;
    },
    setArchived: (groupId, archived) => change(getApi().groups.setArchived({ groupId, archived })),
    addMember: (input) => change(getApi().groups.addMember(input)),
    endMembership: (memberId, toDate) => change(getApi().groups.endMembership({ memberId, toDate })),
    moveToOrdinary: (memberId, toGroupId, fromDate) => change(getApi().groups.moveToOrdinary({ memberId, toGroupId, fromDate })),
    planSessions: (groupId, from, count) => change(getApi().groups.planSessions({ groupId, from, count })),
    saveSession: (groupId, sessionId, session) => change(getApi().groups.saveSession({ groupId, sessionId, session })),
    recordAttendance: (sessionId, attendance) => change(getApi().groups.recordAttendance({ sessionId, attendance })),
    exportCalendar: async (groupId) => {
      const outcome = await unwrap(getApi().groups.exportIcs({ groupId }));
      return outcome.saved ? outcome.fileName : null;
    },
    printAttendance: async (groupId) => {
      const outcome = await unwrap(getApi().groups.attendancePdf({ groupId }));
      return outcome.saved ? outcome.fileName : null;
    },
  };
});
