import * as Automerge from '@automerge/automerge';
import { randomBytes } from 'node:crypto';
import {
  auditMark,
  auditSince,
  sharedKeysOf,
  docSyncStates,
  hireGlobalIds,
  setAuditMark,
  setDocSyncState,
  type DocSyncState,
} from '../../../db/queries/sync-state';
import { inTransaction, type Db } from '../../../db/client';
import type { AuditTarget } from '../ipc/audited';
import type { StatusUnit } from './hire-document';
import {
  allDocIds,
  COLLECTIONS,
  hireDocId,
  keepOthersMembers,
  keepSettled,
  kindOf,
  localState,
  SHARED_PREFERENCE_KEYS,
} from './local-state';
import { hireIdOf, project } from './projection';
import {
  conflictKey,
  conflictsIn,
  loadSharedDocument,
  readState,
  settle,
  updateConflicts,
  writeDifferences,
  type Conflict,
  type SharedDoc,
} from './shared-document';
import { concatenated } from './change-file';
import type { ReadChanges, SetAside, SharedFolder } from './shared-folder';
import { Refs, type Rec } from './tables';

interface Held {
  doc: Automerge.Doc<SharedDoc>;
  /** The folder's files already in `doc`, so a later look reads only new ones. */
  files: Set<string>;
  /** This desk's changes not yet in the folder (Automerge's bytes), written at the end of a pass. */
  outbox: Uint8Array[];
  /** Heads this desk's SQLite reflects; null when unknown (never shared here, or its files are gone). */
  base: Automerge.Heads | null;
  /** A hire's conflicts by field, kept up to date with each change that arrives; null until first looked for. */
  conflicts: Map<string, Conflict> | null;
  /** SQLite says what `doc` says (false until projected, and while a projection waits for what it names). */
  projected: boolean;
}

export interface DeskSyncOptions {
  /** This installation's id (32 hex digits): its subfolder, and the first part of every writer id it uses. */
  installation: string;
  /** What other desks call this one in a conflict ("Ankis dator"). */
  label: string;
  /** Erases a hire from this desk's file as the app does (VACUUM included); `by` null: erased on another desk. */
  eraseLocally: (hireId: number) => void;
  /** Removes an erased hire's document from the copies of the shared folder among the backups. */
  eraseFromCopies?: (docId: string) => Promise<void>;
  /** When this desk folds its own files of a document into one (default: 20 files older than 10 minutes). */
  compaction?: { atLeast: number; graceMs: number };
}

export interface CycleResult {
  reached: boolean;
  /** Rows changed here by what other desks wrote. */
  received: number;
  /** Change files written. */
  written: number;
  /** Documents with changes of this desk's not yet in the folder. */
  waiting: number;
  setAside: SetAside[];
  conflicts: number;
  /** Documents that wait for something they name (a plan before its programme). */
  deferred: number;
  /** Hires erased here because another desk erased them. */
  erased: number;
  /** Other desks' files whose changes this pass brought into SQLite, and when (ms since 1970) that document's transaction ended. */
  taken: { file: string; at: number }[];
  startedAt: number;
  endedAt: number;
}

// Groups after the hires: their members name hires.
const ORDER = ['registry', 'staff', 'settings', 'template', 'hire', 'groups'];
const BEHIND_WAIT_MS = 2 * 60_000;
const rank = (docId: string) => ORDER.indexOf(kindOf(docId)?.kind ?? 'hire');

/**
 * One desk's side of sharing the unit's data through a folder. Each pass reads the documents
 * whose files changed, puts what changed on this desk since it last agreed with the folder into
 * them (as a branch from that point, so a field both desks changed is a conflict Automerge keeps,
 * not an overwrite), merges, brings SQLite in line in one transaction per document, and writes
 * this desk's new changes as its own files. Automerge merges; nothing here decides between two
 * desks' values.
 */
export class DeskSync {
  private held = new Map<string, Held>();
  private seen = new Map<string, string>();
  private states: Map<string, DocSyncState>;
  private conflicts = new Map<string, number>();
  private suspect = new Set<string>();
  /** Documents whose folder view lacks what this desk last agreed with, since when (see `behind`). */
  private behindSince = new Map<string, number>();
  /** Erased hires' documents: never written again. */
  private refused = new Set<string>();
  /** Erased hires' documents whose files this run has removed from the folder and the backups' copies. */
  private cleared = new Set<string>();
  /** A writer id of its own for each run: a crash between writing and recording can never reuse a sequence number. */
  private readonly actor: string;
  private firstPass: boolean;
  private readonly compaction: { atLeast: number; graceMs: number };

  constructor(
    private readonly target: AuditTarget,
    readonly folder: SharedFolder,
    private readonly options: DeskSyncOptions,
  ) {
    this.actor = `${options.installation}${randomBytes(4).toString('hex')}`;
    this.compaction = options.compaction ?? { atLeast: 20, graceMs: 10 * 60_000 };
    this.states = docSyncStates(target.db);
    this.seen = new Map([...this.states].flatMap(([docId, s]) => (s.seen ? [[docId, s.seen] as const] : [])));
    // Never shared from this file: everything it holds goes out on the first pass.
    this.firstPass = auditMark(target.db) === 0;
    this.conflicts = new Map([...this.states].flatMap(([docId, s]) => (s.conflicts ? [[docId, s.conflicts] as const] : [])));
  }

  private hold(docId: string, read: ReadChanges | null): Held {
    let held = this.held.get(docId);
    if (held) return held;
    // Changes of ours a crash kept from the folder: back in, and out again at the end of this pass.
    const outbox = (this.states.get(docId)?.outbox ?? []).map((b64) => new Uint8Array(Buffer.from(b64, 'base64')));
    const doc = loadSharedDocument(this.actor, [...(read?.payloads ?? []), ...outbox]);
    const heads = this.states.get(docId)?.heads ?? null;
    held = {
      doc,
      files: new Set(read?.files),
      outbox,
      base: heads && Automerge.hasHeads(doc, heads) ? heads : null,
      conflicts: null,
      projected: false,
    };
    this.held.set(docId, held);
    return held;
  }

  /** Applies this desk's own change to a held document and puts its bytes in the outbox. */
  private own(held: Held, change: (d: SharedDoc) => void, from: Automerge.Doc<SharedDoc> = held.doc): boolean {
    const before = Automerge.getHeads(from);
    // From a past point a copy is needed (a view cannot be changed); from the present it is not,
    // and copying a whole document at every pass is most of a pass's time.
    const after = Automerge.change(from === held.doc ? held.doc : Automerge.clone(from, this.actor), change);
    const bytes = Automerge.saveSince(after, before);
    if (bytes.length === 0) return false;
    held.doc = from === held.doc ? after : Automerge.loadIncremental(held.doc, bytes);
    held.outbox.push(bytes);
    return true;
  }

  /** Which documents changed on this desk since the last pass, from the audit trail; and the hires erased here. */
  private localChanges(): { docs: Set<string>; erased: string[]; mark: number; touched: Set<string> } {
    const rows = auditSince(this.target.db, auditMark(this.target.db));
    const docs = new Set<string>(this.firstPass ? allDocIds(this.target.db) : []);
    const erased: string[] = [];
    const hireIds = new Set<number>();
    const ids = { items: [] as number[], hours: [] as number[], sessions: [] as number[], people: [] as number[], hires: [] as number[] };
    const BY_ENTITY: Record<string, number[]> = {
      'plan-item': ids.items,
      hours: ids.hours,
      reflection: ids.sessions,
      person: ids.people,
      hire: ids.hires,
    };
    for (const row of rows) {
      // What came from the folder (and the choices in conflicts, made in the document itself) is there already.
      if (row.entity === 'sync' || row.detail.fromOtherDesk === true) continue;
      if (row.entityId !== null) BY_ENTITY[row.entity]?.push(row.entityId);
      if (row.action === 'hire.erased' && typeof row.detail.globalId === 'string') erased.push(row.detail.globalId);
      else if (row.hireId !== null) hireIds.add(row.hireId);
      if (row.entity === 'person') docs.add('staff');
      if (row.entity === 'group') docs.add('groups');
      if (
        row.entity === 'day-off' ||
        row.action === 'binder-settings.updated' ||
        row.action === 'common-numbers.updated' ||
        (row.action === 'preferences.updated' && sharesAPreference(row.detail.fields))
      )
        docs.add('settings');
      if (row.entity === 'template') for (const id of allDocIds(this.target.db)) if (kindOf(id)?.kind === 'template') docs.add(id);
    }
    for (const hire of hireGlobalIds(this.target.db, [...hireIds])) if (hire.globalId) docs.add(hireDocId(hire.globalId));
    // An erased hire's memberships and attendance leave the groups' document too.
    if (erased.length) docs.add('registry').add('groups');
    return { docs, erased, mark: rows.at(-1)?.id ?? auditMark(this.target.db), touched: sharedKeysOf(this.target.db, ids) };
  }

  /** One pass: read, merge, project, write. Never throws for a folder that is away; the work waits. */
  async cycle(): Promise<CycleResult> {
    const result: CycleResult = {
      reached: false,
      received: 0,
      written: 0,
      waiting: 0,
      setAside: [],
      conflicts: 0,
      deferred: 0,
      erased: 0,
      taken: [],
      startedAt: Date.now(),
      endedAt: 0,
    };
    result.reached = await this.folder.reachable();
    const local = this.localChanges();
    const scanned = result.reached ? await this.folder.changedSince(this.seen) : { changed: [], now: new Map<string, string>() };
    // The registry is read once per run in any case: it names the desks and the erased hires.
    const registry = local.erased.length || (result.reached && !this.held.has('registry')) ? ['registry'] : [];
    // A sync service may bring an erased hire's files back: they are removed again.
    for (const docId of scanned.changed.filter((id) => this.refused.has(id))) await this.folder.removeDocument(docId);
    // Changes of ours that a stop kept from the folder go out first thing.
    const unsent = [...this.states].filter(([docId, state]) => state.outbox?.length && !this.held.has(docId)).map(([docId]) => docId);
    const docs = [...new Set([...local.docs, ...scanned.changed, ...this.suspect, ...registry, ...unsent])]
      .filter((docId) => kindOf(docId) && !this.refused.has(docId))
      .sort((a, b) => rank(a) - rank(b));
    let skipped = 0;
    for (const docId of docs) {
      // Without the folder, a document this run has not read yet has no base to branch from: its
      // changes wait in SQLite (the audit mark stays) until the folder is back.
      if (!result.reached && !this.held.has(docId)) {
        skipped++;
        continue;
      }
      let read: ReadChanges | null = null;
      if (result.reached) {
        read = await this.folder.readChanges(docId, this.held.get(docId)?.files);
        result.setAside.push(...read.setAside);
        // A torn copy may be completed under the same name later: look again next time.
        if (read.setAside.length) this.suspect.add(docId);
        else this.suspect.delete(docId);
      }
      if (this.refused.has(docId)) continue;
      if (docId === 'registry') result.erased += await this.registry(read, local.erased, result.reached);
      else {
        const outcome = this.step(docId, read, local.touched);
        if (outcome === 'behind') {
          skipped++;
          continue;
        }
        if (outcome === 'deferred') {
          result.deferred++;
          continue;
        }
        result.received += outcome;
      }
      const at = Date.now();
      for (const file of read?.files ?? []) result.taken.push({ file, at });
      const signature = scanned.now.get(docId);
      if (signature && !this.suspect.has(docId)) this.seen.set(docId, signature);
    }
    if (result.reached) result.written = await this.writeOut();
    result.waiting = skipped + [...this.held.values()].filter((h) => h.outbox.length > 0).length;
    this.remember(skipped ? auditMark(this.target.db) : local.mark);
    result.conflicts = this.conflictCount();
    result.endedAt = Date.now();
    return result;
  }

  /**
   * One document: this desk's changes since the base go in as a branch from the base, then what
   * the folder holds is merged, then SQLite is brought in line with the result. Synchronous, so no
   * change made in the window can fall between reading SQLite and writing it.
   */
  private step(docId: string, read: ReadChanges | null, touched: ReadonlySet<string>): number | 'deferred' | 'behind' {
    const kind = kindOf(docId)!;
    const collections = COLLECTIONS[kind.kind];
    const fresh = !this.held.has(docId);
    const held = this.hold(docId, read);
    if (fresh && this.behind(docId, held)) return 'behind';
    const refs = new Refs(this.target.db);
    const mine = localState(this.target.db, docId, refs);
    // Whether SQLite already says what the document will say: nothing arrives, and this desk's
    // values go in exactly as they are.
    let exact = !fresh && held.projected && held.base !== null && !read?.payloads.length;
    if (mine) {
      const baseDoc = held.base && !sameHeads(held.base, Automerge.getHeads(held.doc)) ? Automerge.view(held.doc, held.base) : held.doc;
      const base = readState(baseDoc, collections);
      if (keepSettled(mine, base)) exact = false;
      if (kind.kind === 'groups' && keepOthersMembers(mine, base, (hire) => refs.local('hire', hire) !== null, this.erasedHires()))
        exact = false;
      // Without a known base, the audit trail tells which records this desk changed itself.
      const changedHere = (key: string) => touched.has(key) || (key === 'hire' && touched.has(`hire:${kind.key}`));
      this.own(held, (d) => void writeDifferences(d, base, mine, held.base !== null, changedHere), baseDoc);
    }
    // Conflicts to look for: a document read whole now had none at the heads last agreed with
    // (as counted then), so only what changed since can be one; otherwise what arrives now.
    const agreed = held.base;
    const before = fresh ? agreed : Automerge.getHeads(held.doc);
    if (fresh && agreed && !this.conflicts.get(docId)) held.conflicts = new Map();
    if (!fresh) this.apply(held, read);
    if (exact) {
      held.base = Automerge.getHeads(held.doc);
      inTransaction(this.target.db, (tx) => this.record(tx, docId, held));
      return 0;
    }
    const outcome = project(this.target, docId, readState(held.doc, collections), (tx) => this.record(tx, docId, held));
    held.projected = outcome !== 'deferred';
    if (outcome === 'deferred') return outcome;
    held.base = Automerge.getHeads(held.doc);
    // Looked for when something came from another desk: a conflict needs two desks. Only a hire's
    // conflicts have a place to be resolved (its page); the staff directory, the programmes and
    // the settings keep Automerge's choice, the same on every desk.
    if (kind.kind === 'hire' && read?.payloads.length) {
      if (held.conflicts && before) updateConflicts(held.conflicts, held.doc, before, collections);
      this.conflicts.set(docId, visibleConflicts([...this.conflictsHeld(held).values()]).length);
    }
    return outcome;
  }

  /** Every hire erased on any desk, as the registry read in this pass names them (it goes first). */
  private erasedHires(): Set<string> {
    return new Set(Object.keys(this.held.get('registry')?.doc.erased ?? {}));
  }

  private conflictsHeld(held: Held): Map<string, Conflict> {
    held.conflicts ??= new Map(conflictsIn(held.doc, COLLECTIONS.hire).map((c) => [conflictKey(c), c]));
    return held.conflicts;
  }

  /**
   * Whether this desk's view of the folder lacks what it last agreed with (a sync service that
   * passed a compaction's deletions on before its snapshot, a file being replaced): then the
   * document waits, with its changes in SQLite and the audit mark kept, for the folder to catch
   * up. Only after two minutes does it go ahead without that base (see writeDifferences).
   */
  private behind(docId: string, held: Held): boolean {
    const heads = this.states.get(docId)?.heads;
    if (held.base || !heads?.length) {
      this.behindSince.delete(docId);
      return false;
    }
    const since = this.behindSince.get(docId) ?? Date.now();
    this.behindSince.set(docId, since);
    if (Date.now() - since > BEHIND_WAIT_MS) return false;
    this.held.delete(docId);
    return true;
  }

  /** What other desks wrote, onto a held document; the files are remembered as read. */
  private apply(held: Held, read: ReadChanges | null): void {
    if (read?.payloads.length) held.doc = Automerge.loadIncremental(held.doc, concatenated(read.payloads));
    for (const file of read?.files ?? []) held.files.add(file);
  }

  /** Tombstones: this desk's erasures go in; every hire erased anywhere is erased here and its files removed everywhere. */
  private async registry(read: ReadChanges | null, erasedHere: string[], reached: boolean): Promise<number> {
    const fresh = !this.held.has('registry');
    const held = this.hold('registry', read);
    if (!fresh) this.apply(held, read);
    const at = this.target.now();
    const missing = erasedHere.filter((globalId) => !held.doc.erased[globalId]);
    const unlisted = !held.doc.desks[this.options.installation];
    if (missing.length || unlisted) {
      this.own(held, (d) => {
        // The tombstone holds the hire's random id and when, never a name.
        for (const globalId of missing) d.erased[globalId] = new Automerge.ImmutableString(JSON.stringify({ at }));
        if (unlisted)
          d.desks[this.options.installation] = new Automerge.ImmutableString(JSON.stringify({ label: this.options.label, since: at }));
      });
    }
    let erased = 0;
    for (const globalId of Object.keys(held.doc.erased)) {
      const docId = hireDocId(globalId);
      // Once a run is enough: files a sync service brings back later are removed when they show (cycle).
      if (this.cleared.has(docId)) continue;
      this.refused.add(docId);
      this.held.delete(docId);
      this.conflicts.delete(docId);
      const hireId = hireIdOf(this.target.db, globalId);
      if (hireId !== null) {
        this.options.eraseLocally(hireId);
        erased++;
      }
      await this.options.eraseFromCopies?.(docId);
      if (reached) {
        await this.folder.removeDocument(docId);
        this.cleared.add(docId);
      }
      this.seen.delete(docId);
      this.states.delete(docId);
    }
    held.base = Automerge.getHeads(held.doc);
    return erased;
  }

  private async writeOut(): Promise<number> {
    let written = 0;
    for (const [docId, held] of this.held) {
      if (this.refused.has(docId) || !held.outbox.length) continue;
      try {
        const file = await this.folder.writePayload(docId, concatenated(held.outbox));
        held.outbox = [];
        if (file) {
          held.files.add(file);
          written++;
        }
        // Many small files make every start that reads this document slow: fold ours into one.
        await this.folder.compact(docId, () => Automerge.save(held.doc), { ...this.compaction, now: Date.now() });
      } catch (error) {
        console.error('[sync] a change file could not be written; it waits for the next pass', error);
      }
    }
    return written;
  }

  /** Records what SQLite now agrees with: only heads that are in the folder, so a restart can find them. */
  private remember(mark: number): void {
    inTransaction(this.target.db, (tx) => {
      for (const [docId, held] of this.held) if (held.base) this.record(tx, docId, held, held.base);
      for (const docId of this.refused) setDocSyncState(tx, docId, null);
      setAuditMark(tx, mark);
    });
    this.firstPass = false;
  }

  /** What this desk agrees with for a document: the heads its SQLite reflects, with our changes among them not yet in the folder. */
  private record(tx: Db, docId: string, held: Held, heads = Automerge.getHeads(held.doc)): void {
    const state: DocSyncState = {
      heads,
      seen: this.seen.get(docId) ?? null,
      conflicts: this.conflicts.get(docId) ?? 0,
      outbox: held.outbox.map((bytes) => Buffer.from(bytes).toString('base64')),
    };
    const before = this.states.get(docId);
    if (before && JSON.stringify(before) === JSON.stringify(state)) return;
    this.states.set(docId, state);
    setDocSyncState(tx, docId, state);
  }

  /** The conflicts in a hire's document (read from the folder when this run has not yet). */
  async conflictsOf(hireGlobalId: string): Promise<Conflict[]> {
    const docId = hireDocId(hireGlobalId);
    if (this.refused.has(docId) || !this.conflicts.get(docId)) return [];
    if (!this.held.has(docId)) {
      if (!(await this.folder.reachable())) return [];
      this.hold(docId, await this.folder.readChanges(docId));
    }
    return visibleConflicts([...this.conflictsHeld(this.held.get(docId)!).values()]);
  }

  /** Conflicts across the documents, as counted when each was last read. */
  conflictCount(): number {
    return [...this.conflicts.values()].reduce((a, b) => a + b, 0);
  }

  /** The desks' names by installation, for saying who made a value. */
  desks(): Map<string, string> {
    const registry = this.held.get('registry')?.doc;
    const desks = registry ? (readState(registry, ['desks']).desks ?? new Map<string, Rec>()) : new Map<string, Rec>();
    return new Map([...desks].map(([installation, desk]) => [installation, String(desk.label ?? '')]));
  }

  /**
   * Keeps one value of a conflict: a change after both, so every desk shows it; then SQLite
   * follows. Keeping one desk's start date keeps that desk's item and session dates with it.
   */
  settle(hireGlobalId: string, conflict: Pick<Conflict, 'collection' | 'key' | 'field'>, chosen: Conflict['values'][number]): number {
    const docId = hireDocId(hireGlobalId);
    const held = this.held.get(docId);
    if (!held) return 0;
    const following =
      conflict.collection === 'hire' && conflict.field === 'startDate'
        ? conflictsIn(held.doc, COLLECTIONS.hire).flatMap((c) => {
            const same = FOLLOWS_START.has(`${c.collection}.${c.field}`) && c.values.find((v) => v.actor === chosen.actor);
            return same ? [{ conflict: c, value: same.value }] : [];
          })
        : [];
    this.own(held, (d) => {
      settle(d, conflict, chosen.value);
      for (const f of following) settle(d, f.conflict, f.value);
    });
    const outcome = project(this.target, docId, readState(held.doc, COLLECTIONS.hire), (tx) => this.record(tx, docId, held));
    held.base = Automerge.getHeads(held.doc);
    held.projected = outcome !== 'deferred';
    held.conflicts = null;
    this.conflicts.set(docId, visibleConflicts([...this.conflictsHeld(held).values()]).length);
    return outcome === 'deferred' ? 0 : outcome;
  }
}

/** Dates that follow from the start date: when two desks moved it, one conflict, not one per item. */
const FOLLOWS_START = new Set(['items.startDate', 'items.dueDate', 'sessions.date', 'sessions.time']);

/**
 * The conflicts a person is asked about: a calendar's change counter (sessions.sequence) is
 * bookkeeping, and item and session dates that only followed a start date both desks moved go
 * with that start date's conflict.
 */
export function visibleConflicts(conflicts: Conflict[]): Conflict[] {
  const moved = conflicts.some((c) => c.collection === 'hire' && c.field === 'startDate');
  return conflicts.filter(
    (c) =>
      !(c.collection === 'sessions' && c.field === 'sequence') &&
      !(moved && FOLLOWS_START.has(`${c.collection}.${c.field}`)) &&
      !(c.collection === 'statuses' && sameOutcome(c)),
  );
}

/** Both desks set the same status (both ticked it, both followed it up): either stamp is true. */
const sameOutcome = (c: Conflict) =>
  new Set(c.values.map(({ value }) => JSON.stringify([(value as StatusUnit).status, (value as StatusUnit).reason]))).size === 1;

/** Whether a preferences change touched one the unit shares (the others stay on this desk). */
const sharesAPreference = (fields: unknown) =>
  Array.isArray(fields) && fields.some((field) => (SHARED_PREFERENCE_KEYS as readonly unknown[]).includes(field));

const sameHeads = (a: Automerge.Heads, b: Automerge.Heads) => a.length === b.length && a.every((h) => b.includes(h));
