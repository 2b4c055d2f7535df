import { eq, inArray } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/client';
import {
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
import type { AuditEntity } from '../../shared/schemas/audit';
import { auditedEach, type AuditEvent, type AuditTarget } from '../ipc/audited';
import type { StatusUnit } from './hire-document';
import { kindOf, SHARED_PREFERENCE_KEYS } from './local-state';
import type { State } from './shared-document';
import { attendanceKey, HIRE_TABLES, fromRecord, Refs, SPECS, type Rec, type TableSpec } from './tables';

const NONE: ReadonlyMap<string, Rec> = new Map();

type Made = { personId: number | null; event: AuditEvent };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The columns whose values differ between a row and what a record says. */
const differing = (row: Record<string, unknown>, values: Record<string, unknown>) =>
  Object.keys(values).filter((k) => !same(row[k], values[k]));

const received = (entity: AuditEntity, entityId: number | null, hireId: number | null, fields: string[]): Made => ({
  personId: null,
  event: { entity, entityId, hireId, action: 'sync.received', detail: { fields, fromOtherDesk: true } },
});

interface Rows {
  spec: TableSpec;
  entity: AuditEntity;
  /** The rows this file has for the document, by their shared key. */
  existing: Map<string, Record<string, unknown> & { id: number }>;
  /** Column values every new row gets besides the record's (its key, its hire). */
  extra: (key: string) => Record<string, unknown>;
  hireId: number | null;
  /** Rows the document no longer has are deleted (plan items, hours, sessions); people and programmes never are. */
  deletes: boolean;
}

/** Makes the rows of one table say what the document says; returns the audit events. */
function applyRecords(
  tx: Db,
  table: SQLiteTable & { id: never },
  rows: Rows,
  records: ReadonlyMap<string, Rec>,
  refs: Refs,
  now: string,
): Made[] {
  const made: Made[] = [];
  const idColumn = (table as unknown as { id: Parameters<typeof eq>[0] }).id;
  const hasUpdatedAt = 'updatedAt' in (table as object);
  for (const [key, record] of records) {
    const { values } = fromRecord(rows.spec, record, refs);
    const row = rows.existing.get(key);
    if (!row) {
      const inserted = tx
        .insert(table)
        .values({ ...values, ...rows.extra(key), ...(hasUpdatedAt && { updatedAt: now }) } as never)
        .returning()
        .get() as { id: number };
      made.push(received(rows.entity, inserted.id, rows.hireId, ['created']));
      continue;
    }
    const fields = differing(row, values);
    if (!fields.length) continue;
    tx.update(table)
      .set({ ...Object.fromEntries(fields.map((k) => [k, values[k]])), ...(hasUpdatedAt && { updatedAt: now }) })
      .where(eq(idColumn, row.id))
      .run();
    made.push(received(rows.entity, row.id, rows.hireId, fields));
  }
  if (rows.deletes) {
    for (const [key, row] of rows.existing) {
      if (records.has(key)) continue;
      tx.delete(table).where(eq(idColumn, row.id)).run();
      made.push(received(rows.entity, row.id, rows.hireId, ['removed']));
    }
  }
  return made;
}

const keyed = <T extends { id: number }>(rows: T[], key: (row: T) => string | null) =>
  new Map(rows.flatMap((r) => (key(r) ? [[key(r)!, r as T & Record<string, unknown>] as const] : [])));

/** The status columns as the unit says them, in the name of whoever set it on the other desk. */
function applyStatuses(tx: Db, hireId: number, statuses: ReadonlyMap<string, Rec>, refs: Refs, now: string): Made[] {
  const made: Made[] = [];
  const items = keyed(tx.select().from(planItems).where(eq(planItems.hireId, hireId)).all(), (i) => i.globalId);
  for (const [globalId, record] of statuses) {
    const unit = record as unknown as StatusUnit;
    const row = items.get(globalId);
    if (!row) continue;
    const columns = {
      status: unit.status,
      notApplicableReason: unit.status === 'notApplicable' ? unit.reason : null,
      doneAt: unit.done?.at ?? null,
      doneBy: refs.local('person', unit.done?.by ?? null),
      followedUpAt: unit.followedUp?.at ?? null,
      followedUpBy: refs.local('person', unit.followedUp?.by ?? null),
    };
    if (!differing(row, columns).length) continue;
    tx.update(planItems)
      .set({ ...columns, updatedAt: now })
      .where(eq(planItems.id, row.id))
      .run();
    made.push({
      personId: refs.local('person', unit.by),
      event: {
        entity: 'plan-item',
        entityId: row.id,
        hireId,
        action: `item.${unit.status}`,
        detail: { from: row.status, fromOtherDesk: true },
      },
    });
  }
  return made;
}

function projectHire(tx: Db, globalId: string, state: State, refs: Refs, now: string): Made[] | 'deferred' {
  const record = state.hire?.get('hire');
  if (!record) return [];
  const { missing } = fromRecord(SPECS.hire, record, refs);
  // A plan names the programme version it was made from; it waits until that programme has arrived.
  if (missing.some((m) => m.startsWith('version:'))) return 'deferred';
  const existing = tx.select().from(hires).where(eq(hires.globalId, globalId)).all();
  const made = applyRecords(
    tx,
    hires as never,
    {
      spec: SPECS.hire,
      entity: 'hire',
      existing: keyed(existing, () => 'hire'),
      extra: () => ({ globalId }),
      hireId: existing[0]?.id ?? null,
      deletes: false,
    },
    new Map([['hire', record]]),
    refs,
    now,
  );
  const hireId = existing[0]?.id ?? tx.select({ id: hires.id }).from(hires).where(eq(hires.globalId, globalId)).get()!.id;
  if (!existing.length)
    made[0]!.event = { entity: 'hire', entityId: hireId, hireId, action: 'sync.received', detail: { created: true, fromOtherDesk: true } };
  const children = <T extends { id: number }>(
    spec: TableSpec,
    entity: AuditEntity,
    rows: T[],
    key: (r: T) => string | null,
    extra: (k: string) => Record<string, unknown>,
  ): Rows => ({
    spec,
    entity,
    existing: keyed(rows, key),
    extra: (k) => ({ hireId, ...extra(k) }),
    hireId,
    deletes: true,
  });
  const items = tx.select().from(planItems).where(eq(planItems.hireId, hireId)).all();
  const hours = tx.select().from(introducerHours).where(eq(introducerHours.hireId, hireId)).all();
  const sessions = tx.select().from(reflectionSessions).where(eq(reflectionSessions.hireId, hireId)).all();
  made.push(
    // A new item starts as "to do"; its status follows from the statuses below.
    ...applyRecords(
      tx,
      planItems as never,
      children(
        SPECS.items,
        'plan-item',
        items,
        (r) => r.globalId,
        (globalId) => ({ globalId, status: 'todo' }),
      ),
      state.items ?? NONE,
      refs,
      now,
    ),
    ...applyStatuses(tx, hireId, state.statuses ?? NONE, refs, now),
    ...applyRecords(
      tx,
      introducerHours as never,
      children(
        SPECS.hours,
        'hours',
        hours,
        (r) => r.globalId,
        (globalId) => ({ globalId }),
      ),
      state.hours ?? NONE,
      refs,
      now,
    ),
    ...applyRecords(
      tx,
      reflectionSessions as never,
      children(
        SPECS.sessions,
        'reflection',
        sessions,
        (r) => r.uid,
        (uid) => ({ uid }),
      ),
      state.sessions ?? NONE,
      refs,
      now,
    ),
    ...HIRE_TABLES.flatMap(({ collection, table, key, newRow, entity }) =>
      applyRecords(
        tx,
        table as never,
        children(SPECS[collection], entity, tx.select().from(table).where(eq(table.hireId, hireId)).all(), key, newRow),
        state[collection] ?? NONE,
        refs,
        now,
      ),
    ),
  );
  // A plan that arrives whole is one event, not one per item.
  return existing.length
    ? made
    : made.filter((m, i) => i === 0 || m.event.action !== 'sync.received' || m.event.detail?.fields?.toString() !== 'created');
}

function projectTemplate(tx: Db, uid: string, state: State, refs: Refs, now: string): Made[] {
  const record = state.template?.get('template');
  if (!record) return [];
  const existing = tx.select().from(templates).where(eq(templates.uid, uid)).all();
  const made = applyRecords(
    tx,
    templates as never,
    {
      spec: SPECS.template,
      entity: 'template',
      existing: keyed(existing, () => 'template'),
      extra: () => ({ uid }),
      hireId: null,
      deletes: false,
    },
    new Map([['template', record]]),
    refs,
    now,
  );
  const templateId = tx.select({ id: templates.id }).from(templates).where(eq(templates.uid, uid)).get()!.id;
  const have = new Set(
    tx
      .select({ number: templateVersions.number })
      .from(templateVersions)
      .where(eq(templateVersions.templateId, templateId))
      .all()
      .map((v) => String(v.number)),
  );
  // Published versions never change (triggers refuse it): only those this desk lacks are added.
  for (const [number, version] of state.versions ?? new Map<string, Rec>()) {
    if (have.has(number)) continue;
    const { values } = fromRecord(SPECS.versions, version, refs);
    const row = tx
      .insert(templateVersions)
      .values({ ...(values as object), templateId, number: Number(number), updatedAt: now } as never)
      .returning()
      .get();
    made.push(received('template', row.id, null, ['version']));
  }
  refs.forget('version');
  return made;
}

function projectSettings(tx: Db, state: State): Made[] {
  const made: Made[] = [];
  const days = new Map(
    tx
      .select()
      .from(extraDaysOff)
      .all()
      .map((d) => [d.date, d.label]),
  );
  for (const [date, record] of state.daysOff ?? new Map<string, Rec>()) {
    const label = String(record.label ?? '');
    if (days.get(date) === label) continue;
    tx.insert(extraDaysOff).values({ date, label }).onConflictDoUpdate({ target: extraDaysOff.date, set: { label } }).run();
    made.push(received('day-off', null, null, [date]));
  }
  for (const date of days.keys()) {
    if (state.daysOff?.has(date)) continue;
    tx.delete(extraDaysOff).where(eq(extraDaysOff.date, date)).run();
    made.push(received('day-off', null, null, [date]));
  }
  const stored = new Map(
    tx
      .select()
      .from(preferences)
      .where(inArray(preferences.key, [...SHARED_PREFERENCE_KEYS]))
      .all()
      .map((r) => [r.key, JSON.stringify(r.value)]),
  );
  for (const key of SHARED_PREFERENCE_KEYS) {
    const json = state.binder?.get(key)?.json;
    if (json === undefined || stored.get(key) === json) continue;
    const value = JSON.parse(String(json)) as unknown;
    tx.insert(preferences).values({ key, value }).onConflictDoUpdate({ target: preferences.key, set: { value } }).run();
    made.push(received('settings', null, null, [key]));
  }
  return made;
}

function projectStaff(tx: Db, state: State, refs: Refs, now: string): Made[] {
  const made = applyRecords(
    tx,
    people as never,
    {
      spec: SPECS.people,
      entity: 'person',
      existing: keyed(tx.select().from(people).all(), (p) => p.globalId),
      extra: (globalId) => ({ globalId }),
      hireId: null,
      deletes: false,
    },
    state.people ?? NONE,
    refs,
    now,
  );
  refs.forget('person');
  return made;
}

/**
 * The unit's groups: groups first, then members and sessions (which name a group), then attendance
 * (which names a session and a member), forgetting the ids in between so each step finds the rows
 * the one before added. A member naming a hire this desk lacks (not received yet, or erased) is
 * left out, and so is attendance of a member left out. Nothing is deleted: a membership ends by
 * its date, and an erased hire's rows go with the erase on every desk.
 */
function projectGroups(tx: Db, state: State, refs: Refs, now: string): Made[] {
  const step = (
    spec: TableSpec,
    table: SQLiteTable,
    records: ReadonlyMap<string, Rec>,
    existing: Map<string, Record<string, unknown> & { id: number }>,
    extra: (key: string) => Record<string, unknown>,
  ) => applyRecords(tx, table as never, { spec, entity: 'group', existing, extra, hireId: null, deletes: false }, records, refs, now);
  const byGlobal = <T extends { id: number; globalId: string | null }>(rows: T[]) => keyed(rows, (r) => r.globalId);
  const known = (spec: TableSpec, records: ReadonlyMap<string, Rec> | undefined) =>
    new Map([...(records ?? NONE)].filter(([, record]) => fromRecord(spec, record, refs).missing.length === 0));
  const made = step(SPECS.groups, groups, state.groups ?? NONE, byGlobal(tx.select().from(groups).all()), (globalId) => ({ globalId }));
  refs.forget('group');
  made.push(
    ...step(
      SPECS.groupMembers,
      groupMembers,
      known(SPECS.groupMembers, state.groupMembers),
      byGlobal(tx.select().from(groupMembers).all()),
      (globalId) => ({ globalId }),
    ),
    ...step(
      SPECS.groupSessions,
      groupSessions,
      known(SPECS.groupSessions, state.groupSessions),
      byGlobal(tx.select().from(groupSessions).all()),
      (globalId) => ({ globalId }),
    ),
  );
  refs.forget('groupMember');
  refs.forget('groupSession');
  const attendance = new Map(
    [...(state.groupAttendance ?? NONE)].filter(([key]) => {
      const [session, member] = key.split(':');
      return refs.local('groupSession', session ?? null) !== null && refs.local('groupMember', member ?? null) !== null;
    }),
  );
  const existing = keyed(tx.select().from(groupAttendance).all(), (a) => {
    const session = refs.global('groupSession', a.sessionId);
    const member = refs.global('groupMember', a.memberId);
    return session && member ? attendanceKey(session, member) : null;
  });
  made.push(
    ...step(SPECS.groupAttendance, groupAttendance, attendance, existing, (key) => {
      const [session, member] = key.split(':');
      return { sessionId: refs.local('groupSession', session ?? null), memberId: refs.local('groupMember', member ?? null) };
    }),
  );
  return made;
}

/**
 * Brings this desk's SQLite in line with a shared document, in one transaction with an audit row
 * per changed row (received changes are marked as from another desk; a status in the name of who
 * set it) and with `record` (what the desk now agrees with). Returns how many rows changed, or
 * "deferred" when the document names something this desk has not received yet (a plan before its
 * programme).
 */
export function project(target: AuditTarget, docId: string, state: State, record: (tx: Db) => void = () => undefined): number | 'deferred' {
  const kind = kindOf(docId);
  if (!kind || kind.kind === 'registry') return 0;
  let deferred = false;
  const now = target.now();
  const count = auditedEach(target, (tx) => {
    const made = projectInto(tx, kind, state, now);
    if (made === 'deferred') deferred = true;
    // What the desk now agrees with is recorded with the rows that reflect it, or not at all.
    else record(tx);
    return made === 'deferred' ? [] : made;
  });
  return deferred ? 'deferred' : count;
}

function projectInto(tx: Db, kind: NonNullable<ReturnType<typeof kindOf>>, state: State, now: string): Made[] | 'deferred' {
  const refs = new Refs(tx);
  switch (kind.kind) {
    case 'staff':
      return projectStaff(tx, state, refs, now);
    case 'settings':
      return projectSettings(tx, state);
    case 'template':
      return projectTemplate(tx, kind.key, state, refs, now);
    case 'hire':
      return projectHire(tx, kind.key, state, refs, now);
    case 'groups':
      return projectGroups(tx, state, refs, now);
    default:
      return [];
  }
}

/** The local id of a hire by its global id, if this desk has it. */
export const hireIdOf = (db: Db, globalId: string) =>
  db.select({ id: hires.id }).from(hires).where(eq(hires.globalId, globalId)).get()?.id ?? null;
