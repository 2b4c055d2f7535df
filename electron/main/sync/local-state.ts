import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import {
  auditLog,
  extraDaysOff,
  groupAttendance,
  groupMembers,
  groupSessions,
  groups,
  hires,
  introducerHours,
  people,
  planItems,
  preferences,
  reflectionSessions,
  templates,
  templateVersions,
} from '../../../db/schema';
import type { StatusUnit } from './hire-document';
import type { Collection, State } from './shared-document';
import { attendanceKey, HIRE_TABLES, Refs, SPECS, toRecord, type Rec } from './tables';

/**
 * What this desk's SQLite says for one shared document, as records. The documents split the
 * unit's data by what changes together: one per hire, the staff directory, one per programme
 * (published versions only: a draft is one desk's work in progress), the unit's settings, and
 * the registry (erased hires, the desks that share), and the unit's groups (reflection and
 * yrkeshandledning: the unit's, not one hire's, though members name hires).
 */
export type DocKind = 'hire' | 'staff' | 'template' | 'settings' | 'registry' | 'groups';

export const COLLECTIONS: Record<DocKind, readonly Collection[]> = {
  hire: ['hire', 'items', 'statuses', 'hours', 'sessions', ...HIRE_TABLES.map((t) => t.collection)],
  staff: ['people'],
  template: ['template', 'versions'],
  settings: ['daysOff', 'binder'],
  registry: ['erased', 'desks'],
  groups: ['groups', 'groupMembers', 'groupSessions', 'groupAttendance'],
};

/**
 * The unit's settings among the preferences: the binder's cover texts and the municipality's
 * numbers (the logo stays per desk), and the competence budget per employee.
 */
export const SHARED_PREFERENCE_KEYS = ['binder.municipality', 'binder.unit', 'binder.commonNumbers', 'competenceBudgetKr'] as const;

export function kindOf(docId: string): { kind: DocKind; key: string } | null {
  if (docId === 'staff' || docId === 'settings' || docId === 'registry' || docId === 'groups') return { kind: docId, key: docId };
  const match = /^(hire|template)-([A-Za-z0-9-]+)$/.exec(docId);
  return match ? { kind: match[1] as DocKind, key: match[2]! } : null;
}

export const hireDocId = (globalId: string) => `hire-${globalId}`;
export const templateDocId = (uid: string) => `template-${uid}`;

/**
 * An item's status as one unit. Who set it comes from the tick's own columns, or (for "ej
 * aktuell" and "to do again", which have none) from the audit trail's last status event.
 */
function statusOf(item: typeof planItems.$inferSelect, setBy: ReadonlyMap<number, number | null>, refs: Refs): StatusUnit {
  const stamp = (at: string | null, by: number | null) => (at ? { at, by: refs.global('person', by) } : null);
  const done = stamp(item.doneAt, item.doneBy);
  const followedUp = stamp(item.followedUpAt, item.followedUpBy);
  const finished = item.status === 'done' || item.status === 'followedUp';
  const last = followedUp ?? done;
  return {
    status: item.status,
    reason: item.notApplicableReason,
    done,
    followedUp,
    by: finished ? (last?.by ?? null) : refs.global('person', setBy.get(item.id) ?? null),
    at: finished ? (last?.at ?? item.updatedAt) : item.updatedAt,
  };
}

const STATUS_ACTIONS = ['item.todo', 'item.done', 'item.followedUp', 'item.notApplicable'];

/** The person of each item's latest status event in the audit trail. */
function statusSetters(db: Db, hireId: number): Map<number, number | null> {
  const rows = db
    .select({ itemId: auditLog.entityId, personId: auditLog.personId })
    .from(auditLog)
    .where(and(eq(auditLog.hireId, hireId), eq(auditLog.entity, 'plan-item'), inArray(auditLog.action, STATUS_ACTIONS)))
    .orderBy(asc(auditLog.id))
    .all();
  return new Map(rows.flatMap((r) => (r.itemId === null ? [] : [[r.itemId, r.personId] as const])));
}

const byKey = <T>(rows: T[], key: (row: T) => string | null, record: (row: T) => Rec) =>
  new Map(rows.flatMap((row) => (key(row) ? [[key(row)!, record(row)] as const] : [])));

function hireState(db: Db, refs: Refs, globalId: string): State | null {
  const hire = db.select().from(hires).where(eq(hires.globalId, globalId)).get();
  if (!hire) return null;
  const items = db.select().from(planItems).where(eq(planItems.hireId, hire.id)).all();
  const setters = statusSetters(db, hire.id);
  return {
    hire: new Map([['hire', toRecord(SPECS.hire, hire, refs)]]),
    items: byKey(
      items,
      (i) => i.globalId,
      (i) => toRecord(SPECS.items, i, refs),
    ),
    statuses: byKey(
      items,
      (i) => i.globalId,
      (i) => statusOf(i, setters, refs) as unknown as Rec,
    ),
    hours: byKey(
      db.select().from(introducerHours).where(eq(introducerHours.hireId, hire.id)).all(),
      (h) => h.globalId,
      (h) => toRecord(SPECS.hours, h, refs),
    ),
    sessions: byKey(
      db.select().from(reflectionSessions).where(eq(reflectionSessions.hireId, hire.id)).all(),
      (s) => s.uid,
      (s) => toRecord(SPECS.sessions, s, refs),
    ),
    ...hireTablesState(db, refs, hire.id),
  };
}

/** The rows of a hire in HIRE_TABLES, each table as its document collection keys them. */
function hireTablesState(db: Db, refs: Refs, hireId: number): State {
  return Object.fromEntries(
    HIRE_TABLES.map(({ collection, table, key }) => [
      collection,
      byKey(db.select().from(table).where(eq(table.hireId, hireId)).all(), key, (row) => toRecord(SPECS[collection], row, refs)),
    ]),
  );
}

function templateState(db: Db, refs: Refs, uid: string): State | null {
  const template = db.select().from(templates).where(eq(templates.uid, uid)).get();
  if (!template) return null;
  const versions = db
    .select()
    .from(templateVersions)
    .where(and(eq(templateVersions.templateId, template.id), isNotNull(templateVersions.number)))
    .all();
  // A programme nobody published is one desk's draft, not yet the unit's.
  if (!versions.length) return null;
  return {
    template: new Map([['template', toRecord(SPECS.template, template, refs)]]),
    versions: byKey(
      versions,
      (v) => String(v.number),
      (v) => toRecord(SPECS.versions, v, refs),
    ),
  };
}

function settingsState(db: Db): State {
  const binder = db
    .select()
    .from(preferences)
    .where(inArray(preferences.key, [...SHARED_PREFERENCE_KEYS]))
    .all();
  return {
    daysOff: new Map(
      db
        .select()
        .from(extraDaysOff)
        .all()
        .map((d) => [d.date, { label: d.label }]),
    ),
    binder: new Map(binder.map((row) => [row.key, { json: JSON.stringify(row.value) }])),
  };
}

/** The unit's groups, members, sessions and attendance; attendance keyed by its session and member. */
function groupsState(db: Db, refs: Refs): State {
  const all = <T extends { globalId: string | null }>(rows: T[], spec: (typeof SPECS)['groups' | 'groupMembers' | 'groupSessions']) =>
    byKey(
      rows,
      (r) => r.globalId,
      (r) => toRecord(spec, r, refs),
    );
  return {
    groups: all(db.select().from(groups).all(), SPECS.groups),
    groupMembers: all(db.select().from(groupMembers).all(), SPECS.groupMembers),
    groupSessions: all(db.select().from(groupSessions).all(), SPECS.groupSessions),
    groupAttendance: byKey(
      db.select().from(groupAttendance).all(),
      (a) => {
        const session = refs.global('groupSession', a.sessionId);
        const member = refs.global('groupMember', a.memberId);
        return session && member ? attendanceKey(session, member) : null;
      },
      (a) => toRecord(SPECS.groupAttendance, a, refs),
    ),
  };
}

/** This desk's records for a document; null when this desk has nothing of it (a hire it has not received yet). */
export function localState(db: Db, docId: string, refs = new Refs(db)): State | null {
  const kind = kindOf(docId);
  if (!kind) return null;
  switch (kind.kind) {
    case 'hire':
      return hireState(db, refs, kind.key);
    case 'staff':
      return {
        people: byKey(
          db.select().from(people).all(),
          (p) => p.globalId,
          (p) => toRecord(SPECS.people, p, refs),
        ),
      };
    case 'template':
      return templateState(db, refs, kind.key);
    case 'settings':
      return settingsState(db);
    case 'groups':
      return groupsState(db, refs);
    case 'registry':
      return null;
  }
}

/** Every document this desk has something of, for the first share. */
export function allDocIds(db: Db): string[] {
  const hireIds = db.select({ id: hires.globalId }).from(hires).all();
  const uids = db.select({ uid: templates.uid }).from(templates).all();
  const anyGroup = db.select({ id: groups.id }).from(groups).limit(1).all().length > 0;
  return [
    'registry',
    'staff',
    'settings',
    ...uids.map((t) => templateDocId(t.uid)),
    ...hireIds.flatMap((h) => (h.id ? [hireDocId(h.id)] : [])),
    ...(anyGroup ? ['groups'] : []),
  ];
}

/** The parts of a status that are the status; who and when of a plain change are only its label. */
export const sameStatus = (a: StatusUnit, b: StatusUnit) =>
  a.status === b.status &&
  a.reason === b.reason &&
  JSON.stringify(a.done) === JSON.stringify(b.done) &&
  JSON.stringify(a.followedUp) === JSON.stringify(b.followedUp);

/**
 * What this desk may not change of what the document already says: an unchanged status keeps
 * its unit as the document has it (who set "ej aktuell" is known on the desk where it was set,
 * and another desk must not send its own guess back), and a published programme version is never
 * changed (each desk published its own copy of the default programme; the first in the folder stands).
 * Returns whether this desk's values were replaced (then SQLite must follow the document).
 */
export function keepSettled(mine: State, base: State): boolean {
  let kept = false;
  const keep = (records: Map<string, Rec>, key: string, before: Rec) => {
    kept ||= JSON.stringify(records.get(key)) !== JSON.stringify(before);
    records.set(key, before);
  };
  for (const [itemId, unit] of mine.statuses ?? []) {
    const before = base.statuses?.get(itemId);
    if (before && sameStatus(before as unknown as StatusUnit, unit as unknown as StatusUnit)) keep(mine.statuses!, itemId, before);
  }
  for (const number of mine.versions?.keys() ?? []) {
    const before = base.versions?.get(number);
    if (before) keep(mine.versions!, number, before);
  }
  return kept;
}

/**
 * Group memberships (and their attendance) of hires this desk does not have yet, kept as the
 * document has them: the projection leaves them out of SQLite, so without this the next write of
 * this desk's differences would delete them from the folder. An erased hire's are not kept: those
 * are meant to go. Returns whether any were kept.
 */
export function keepOthersMembers(
  mine: State,
  base: State,
  knownHire: (globalId: string) => boolean,
  erased: ReadonlySet<string>,
): boolean {
  const members = mine.groupMembers;
  const attendance = mine.groupAttendance;
  if (!members || !attendance) return false;
  const kept = new Set<string>();
  for (const [key, record] of base.groupMembers ?? []) {
    const hire = typeof record.hireId === 'string' ? record.hireId : null;
    if (!hire || knownHire(hire) || erased.has(hire) || members.has(key)) continue;
    members.set(key, record);
    kept.add(key);
  }
  for (const [key, record] of base.groupAttendance ?? [])
    if (kept.has(key.slice(key.indexOf(':') + 1)) && !attendance.has(key)) attendance.set(key, record);
  return kept.size > 0;
}
