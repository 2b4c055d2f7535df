import * as Automerge from '@automerge/automerge';
import { concatenated } from './change-file';
import type { Rec, Scalar } from './tables';

/**
 * Every shared document has the same collections (records by key); which ones a document uses
 * depends on its kind. A record of a field collection is merged field by field (one desk changes
 * the phone number, another the e-mail: both stay). A record of a whole collection is one value
 * (an item's status with who and when, a tombstone): two desks setting it at once leave two whole
 * values, one shown and both kept as the conflict.
 * The competence plan's tables (issue 19) come from the documents' second common change, the
 * substitute introducers from the third, the check-ins from the fourth, the phase evaluations from
 * the fifth, the unit's groups (their own document) from the sixth (seed below).
 */
const COMPETENCE_COLLECTIONS = ['competencePlans', 'mappings', 'levels', 'trainings'] as const;
const COORDINATION_COLLECTIONS = ['substitutes'] as const;
const FOLLOW_UP_COLLECTIONS = ['checkIns'] as const;
const EVALUATION_COLLECTIONS = ['phaseEvaluations'] as const;
const GROUP_COLLECTIONS = ['groups', 'groupMembers', 'groupSessions', 'groupAttendance'] as const;
export const FIELD_COLLECTIONS = [
  'hire',
  'items',
  'hours',
  'sessions',
  'people',
  'template',
  'versions',
  'daysOff',
  ...COMPETENCE_COLLECTIONS,
  ...COORDINATION_COLLECTIONS,
  ...FOLLOW_UP_COLLECTIONS,
  ...EVALUATION_COLLECTIONS,
  ...GROUP_COLLECTIONS,
] as const;
export const WHOLE_COLLECTIONS = ['statuses', 'binder', 'erased', 'desks'] as const;
export type Collection = (typeof FIELD_COLLECTIONS)[number] | (typeof WHOLE_COLLECTIONS)[number];

export type SharedDoc = Record<Collection, Record<string, unknown>>;

/** A document's content as plain values: field records as `Rec`, whole values as parsed JSON. */
export type State = Partial<Record<Collection, Map<string, Rec>>>;

const isWhole = (c: Collection) => (WHOLE_COLLECTIONS as readonly string[]).includes(c);

// Every desk starts every document from this same first change (same actor, same time, so the
// same hash): two desks creating a collection each on their own would make two maps, of which
// Automerge would show only one.
const SEED_ACTOR = '00000000000000000000000000000001';
let seedBytes: Uint8Array | undefined;
// Collections added later come in a further common change on top, never by changing the first:
// files written before depend on its hash.
const SEED_CHANGES: readonly (readonly Collection[])[] = [
  ['hire', 'items', 'hours', 'sessions', 'people', 'template', 'versions', 'daysOff', ...WHOLE_COLLECTIONS],
  COMPETENCE_COLLECTIONS,
  COORDINATION_COLLECTIONS,
  FOLLOW_UP_COLLECTIONS,
  EVALUATION_COLLECTIONS,
  GROUP_COLLECTIONS,
];
const seed = () =>
  (seedBytes ??= Automerge.save(
    SEED_CHANGES.reduce(
      (doc, collections) =>
        Automerge.change(doc, { time: 0 }, (d) => {
          for (const c of collections) d[c] = {};
        }),
      Automerge.init<SharedDoc>({ actor: SEED_ACTOR }),
    ),
  ));

/** A document as it begins on any desk, writing from now on as `actor`. */
export function newSharedDocument(actor: string): Automerge.Doc<SharedDoc> {
  return Automerge.load<SharedDoc>(seed(), { actor });
}

/**
 * A document as it begins on any desk with `chunks` (each one already known to load) applied, in
 * one load: four to five times faster than loading them onto newSharedDocument, which builds the
 * JavaScript view change by change (40 hires' documents from a soak's folder: 0.3 s against 1.2–1.6 s).
 * Changes whose predecessors are not there yet wait inside, as with loadIncremental.
 */
export function loadSharedDocument(actor: string, chunks: Uint8Array[]): Automerge.Doc<SharedDoc> {
  return Automerge.load<SharedDoc>(concatenated([seed(), ...chunks]), { actor });
}

// Strings are stored whole: merged character by character, two desks' notes would interleave.
const stored = (value: Scalar) => (typeof value === 'string' ? new Automerge.ImmutableString(value) : value);
const plain = (value: unknown): Scalar => (value instanceof Automerge.ImmutableString ? value.val : (value as Scalar));

function readRecord(collection: Collection, value: unknown): Rec {
  if (isWhole(collection)) return JSON.parse(plain(value) as string) as Rec;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, plain(v)]));
}

export function readState(doc: Automerge.Doc<SharedDoc>, collections: readonly Collection[]): State {
  const state: State = {};
  for (const c of collections) {
    state[c] = new Map(Object.entries(doc[c] ?? {}).map(([key, value]) => [key, readRecord(c, value)]));
  }
  return state;
}

const sameWhole = (a: Rec | undefined, b: Rec | undefined) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes into `d` (inside a change) what `local` says differently from `base`: new records whole,
 * changed fields one by one, records gone from `local` deleted. With `known` false, `base` is not
 * what this desk last agreed with but only what the folder holds (a first look, or a start after
 * a crash before that was recorded): then a difference may be this desk not having received a
 * change yet rather than having made one, so only records the folder lacks and those
 * `changedHere` names (from the audit trail) go in.
 */
export function writeDifferences(
  d: SharedDoc,
  base: State,
  local: State,
  known: boolean,
  changedHere: (key: string) => boolean = () => false,
): number {
  let changed = 0;
  for (const [c, records] of Object.entries(local) as [Collection, Map<string, Rec>][]) {
    const before = base[c] ?? new Map<string, Rec>();
    const target = d[c];
    for (const [key, record] of records) {
      const old = before.get(key);
      if (old && !known && !changedHere(key)) continue;
      if (isWhole(c)) {
        if (sameWhole(old, record)) continue;
        target[key] = new Automerge.ImmutableString(JSON.stringify(record));
      } else if (!old || !target[key]) {
        target[key] = Object.fromEntries(Object.entries(record).map(([k, v]) => [k, stored(v)]));
      } else {
        const fields = Object.keys(record).filter((k) => (old[k] ?? null) !== (record[k] ?? null));
        if (!fields.length) continue;
        const into = target[key] as Record<string, unknown>;
        for (const k of fields) into[k] = stored(record[k] ?? null);
      }
      changed++;
    }
    if (!known) continue;
    for (const key of before.keys()) {
      if (records.has(key) || !(key in target)) continue;
      delete target[key];
      changed++;
    }
  }
  return changed;
}

/** Two or more different values two desks gave one field (or one whole record) without seeing each other's. */
export interface Conflict {
  collection: Collection;
  key: string;
  /** null for a whole record. */
  field: string | null;
  /** Each value with the writer (Automerge actor) that set it; the first is the one shown. */
  values: { value: unknown; actor: string }[];
}

const actorOf = (opId: string) => opId.slice(opId.indexOf('@') + 1);

function conflictAt(obj: unknown, prop: string, collection: Collection, key: string, field: string | null): Conflict | null {
  const conflicts = Automerge.getConflicts(obj as Automerge.Doc<unknown>, prop);
  if (!conflicts || Object.keys(conflicts).length < 2) return null;
  const read = (value: unknown) => (field === null ? readRecord(collection, value) : plain(value));
  const shown = JSON.stringify(read((obj as Record<string, unknown>)[prop]));
  const values = Object.entries(conflicts).map(([opId, value]) => ({ value: read(value), actor: actorOf(opId) }));
  // The value Automerge shows first, as the page shows it.
  values.sort((a, b) => Number(JSON.stringify(b.value) === shown) - Number(JSON.stringify(a.value) === shown));
  return new Set(values.map((v) => JSON.stringify(v.value))).size > 1 ? { collection, key, field, values } : null;
}

export const conflictKey = (c: Pick<Conflict, 'collection' | 'key' | 'field'>) => `${c.collection}/${c.key}/${c.field ?? ''}`;

/**
 * Brings a document's known conflicts up to date for what changed between two points (Automerge's
 * diff): only the records and fields a change touched are looked at, not every field of every item.
 */
export function updateConflicts(
  known: Map<string, Conflict>,
  doc: Automerge.Doc<SharedDoc>,
  before: Automerge.Heads,
  collections: readonly Collection[],
): void {
  const touched = new Map<string, { c: Collection; key: string; field: string | null }>();
  for (const patch of Automerge.diff(doc, before, Automerge.getHeads(doc))) {
    const [c, key, field] = patch.path as [Collection, string | undefined, string | number | undefined];
    if (!collections.includes(c) || typeof key !== 'string') continue;
    const at = { c, key, field: typeof field === 'string' && !isWhole(c) ? field : null };
    touched.set(`${c}/${key}/${at.field ?? ''}`, at);
  }
  for (const { c, key, field } of touched.values()) {
    const records = doc[c] ?? {};
    const record = records[key] as Record<string, unknown> | undefined;
    // A record touched as a whole may have changed in every field.
    const fields = field !== null ? [field] : isWhole(c) || !record ? [] : Object.keys(record);
    for (const k of [...known.keys()]) if (k === `${c}/${key}/` || fields.some((f) => k === `${c}/${key}/${f}`)) known.delete(k);
    const whole = key in records ? conflictAt(records, key, c, key, null) : null;
    if (whole) known.set(conflictKey(whole), whole);
    if (whole || !record || isWhole(c)) continue;
    for (const f of fields) {
      const one = f in record ? conflictAt(record, f, c, key, f) : null;
      if (one) known.set(conflictKey(one), one);
    }
  }
}

/** Every conflict in the given collections. */
export function conflictsIn(doc: Automerge.Doc<SharedDoc>, collections: readonly Collection[]): Conflict[] {
  const found: Conflict[] = [];
  for (const c of collections) {
    const records = doc[c] ?? {};
    for (const [key, record] of Object.entries(records)) {
      const whole = conflictAt(records, key, c, key, null);
      if (whole) found.push(whole);
      if (isWhole(c) || whole) continue;
      for (const field of Object.keys(record as object)) {
        const one = conflictAt(record, field, c, key, field);
        if (one) found.push(one);
      }
    }
  }
  return found;
}

/** Sets one field (or whole record) to the value the user chose, which ends the conflict on every desk. */
export function settle(d: SharedDoc, conflict: Pick<Conflict, 'collection' | 'key' | 'field'>, value: unknown): void {
  const records = d[conflict.collection];
  if (conflict.field === null) {
    records[conflict.key] = isWhole(conflict.collection)
      ? new Automerge.ImmutableString(JSON.stringify(value))
      : Object.fromEntries(Object.entries(value as Rec).map(([k, v]) => [k, stored(v)]));
  } else {
    (records[conflict.key] as Record<string, unknown>)[conflict.field] = stored(value as Scalar);
  }
}
