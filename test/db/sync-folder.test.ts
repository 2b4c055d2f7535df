import * as Automerge from '@automerge/automerge';
import {
  appendFileSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { StatusUnit } from '../../electron/main/sync/hire-document';
import { conflictsIn, newSharedDocument, readState, type SharedDoc } from '../../electron/main/sync/shared-document';
import { encodeChangeFile } from '../../electron/main/sync/change-file';
import { SharedFolder } from '../../electron/main/sync/shared-folder';
import { tempDir } from '../support/paths';

const DOC = 'hire-7f3c';
const unit = (status: 'todo' | 'done' | 'notApplicable', by: string, at: string, reason: string | null = null): StatusUnit => ({
  status,
  by,
  at,
  reason,
  done: status === 'done' ? { by, at } : null,
  followedUp: null,
});

type HireDocument = SharedDoc;
const newHireDocument = () => newSharedDocument(randomBytes(16).toString('hex'));
const setItemStatus = (doc: Automerge.Doc<SharedDoc>, itemId: string, value: StatusUnit) =>
  Automerge.change(doc, (d) => {
    d.statuses[itemId] = new Automerge.ImmutableString(JSON.stringify(value));
  });
const statusesOf = (doc: Automerge.Doc<SharedDoc>) => readState(doc, ['statuses']).statuses!;
const statusConflict = (doc: Automerge.Doc<SharedDoc>, itemId: string) => {
  const conflict = conflictsIn(doc, ['statuses']).find((c) => c.key === itemId);
  return conflict ? conflict.values.map((v) => v.value as StatusUnit) : null;
};

/** A desk: its view of the folder and its own copy of the hire's document, written after each change. */
function desk(root: string, installation: string) {
  const folder = new SharedFolder(root, installation);
  let doc = newHireDocument();
  let written: Automerge.Heads = [];
  return {
    folder,
    get doc() {
      return doc;
    },
    async change(update: (d: Automerge.Doc<HireDocument>) => Automerge.Doc<HireDocument>) {
      doc = update(doc);
      await folder.writeChanges(DOC, doc, written);
      written = Automerge.getHeads(doc);
    },
    async reload() {
      const loaded = await folder.loadDocument<HireDocument>(DOC);
      doc = Automerge.merge(doc, loaded.doc);
      written = Automerge.getHeads(doc);
      return loaded;
    },
  };
}

const filesOf = (root: string) =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
const snapshot = (root: string) => filesOf(root).map((f) => [f, readFileSync(f).toString('base64')]);

describe('the shared folder', () => {
  it('lets two desks tick items offline and converge to the same state, each writing only its own files', async () => {
    const root = tempDir();
    const a = desk(root, 'desk-a');
    const b = desk(root, 'desk-b');
    await a.change((d) => setItemStatus(d, 'item-1', unit('done', 'anna', '2026-11-23T09:00:00Z')));
    await b.change((d) => setItemStatus(d, 'item-2', unit('done', 'maria', '2026-11-23T09:05:00Z')));
    await b.change((d) => setItemStatus(d, 'item-3', unit('notApplicable', 'maria', '2026-11-23T09:06:00Z', 'Har redan gått kursen')));

    expect(filesOf(path.join(root, 'desk-a'))).toHaveLength(1);
    expect(filesOf(path.join(root, 'desk-b'))).toHaveLength(2);
    expect(await a.reload()).toMatchObject({ files: 3, setAside: [] });
    await b.reload();
    expect(Automerge.getHeads(a.doc).sort()).toEqual(Automerge.getHeads(b.doc).sort());
    expect([...statusesOf(a.doc).keys()].sort()).toEqual(['item-1', 'item-2', 'item-3']);
    expect(statusesOf(a.doc).get('item-3')).toEqual(unit('notApplicable', 'maria', '2026-11-23T09:06:00Z', 'Har redan gått kursen'));
  });

  it('keeps a status with its person and time: concurrent changes are one whole value each, shown as a conflict', async () => {
    const root = tempDir();
    const a = desk(root, 'desk-a');
    const b = desk(root, 'desk-b');
    await a.change((d) => setItemStatus(d, 'item-1', unit('todo', 'anna', '2026-11-23T08:00:00Z')));
    await b.reload();
    await a.change((d) => setItemStatus(d, 'item-1', unit('done', 'anna', '2026-11-23T09:00:00Z')));
    await b.change((d) => setItemStatus(d, 'item-1', unit('notApplicable', 'maria', '2026-11-23T09:01:00Z', 'Annan enhet')));
    await a.reload();
    await b.reload();

    const winner = statusesOf(a.doc).get('item-1')!;
    expect(statusesOf(b.doc).get('item-1')).toEqual(winner);
    // Never "done" by Maria or "ej aktuell" by Anna: the value is one of the two as it was set.
    expect([
      unit('done', 'anna', '2026-11-23T09:00:00Z'),
      unit('notApplicable', 'maria', '2026-11-23T09:01:00Z', 'Annan enhet'),
    ]).toContainEqual({ ...winner });
    const both = statusConflict(a.doc, 'item-1');
    expect(both?.map((s) => `${s.status} ${s.by}`).sort()).toEqual(['done anna', 'notApplicable maria']);
    // Choosing one resolves it for everybody.
    await a.change((d) => setItemStatus(d, 'item-1', unit('done', 'anna', '2026-11-23T10:00:00Z')));
    await b.reload();
    expect(statusConflict(b.doc, 'item-1')).toBeNull();
  });

  it('sets aside a torn, a foreign and a misplaced file, reads all the others, and changes nothing in the folder', async () => {
    const root = tempDir();
    const a = desk(root, 'desk-a');
    const b = desk(root, 'desk-b');
    for (let i = 1; i <= 3; i++) await a.change((d) => setItemStatus(d, `item-${i}`, unit('done', 'anna', `2026-11-23T09:0${i}:00Z`)));
    await b.change((d) => setItemStatus(d, 'item-9', unit('done', 'maria', '2026-11-23T09:09:00Z')));
    const [first, second] = filesOf(path.join(root, 'desk-a'));
    const whole = [readFileSync(first!), readFileSync(second!)] as const;
    // A sync service copied the first file in part, and someone left other things in the folder.
    truncateSync(first!, Math.floor(statSync(first!).size / 2));
    appendFileSync(second!, Buffer.from([0x00])); // one stray byte: the hash no longer matches
    writeFileSync(path.join(root, 'desk-a', 'hire-7f3c', '00000099-0000000000000000.chg'), 'inköpslista: mjölk, smör, bröd, kaffe');
    mkdirSync(path.join(root, 'desk-c', 'hire-7f3c'), { recursive: true });
    copyFileSync(filesOf(path.join(root, 'desk-b'))[0]!, path.join(root, 'desk-c', 'hire-7f3c', '00000001-aaaaaaaaaaaaaaaa.chg'));
    const before = snapshot(root);

    const fresh = await desk(root, 'desk-d').reload();
    expect(fresh.setAside.map((s) => s.reason).sort()).toEqual(['mismatch', 'not-ours', 'torn', 'wrong-place']);
    expect(fresh.files).toBe(2); // desk A's third file and desk B's
    // Desk B's tick is there; desk A's third waits for the two it builds on.
    expect([...statusesOf(fresh.doc).keys()]).toEqual(['item-9']);
    expect(snapshot(root)).toEqual(before);

    // The sync service delivers the whole files later: then everything is there.
    writeFileSync(first!, whole[0]);
    writeFileSync(second!, whole[1]);
    const later = await desk(root, 'desk-d').reload();
    expect([...statusesOf(later.doc).keys()].sort()).toEqual(['item-1', 'item-2', 'item-3', 'item-9']);
  });

  it('sets aside a whole, well-framed file that Automerge cannot read, and loads every other file', async () => {
    const root = tempDir();
    const a = desk(root, 'desk-a');
    await a.change((d) => setItemStatus(d, 'item-1', unit('done', 'anna', '2026-11-23T09:00:00Z')));
    // Right header and hash, but the payload is not Automerge: the whole-document load fails on it.
    const bad = encodeChangeFile({ doc: DOC, installation: 'desk-a', seq: 2 }, Buffer.from('inte automerge alls, bara text'));
    writeFileSync(path.join(root, 'desk-a', DOC, '00000002-0123456789abcdef.chg'), bad);
    await desk(root, 'desk-b').change((d) => setItemStatus(d, 'item-2', unit('done', 'maria', '2026-11-23T09:05:00Z')));

    const fresh = await desk(root, 'desk-c').reload();
    expect(fresh.setAside.map((s) => [path.basename(s.file), s.reason])).toEqual([['00000002-0123456789abcdef.chg', 'automerge']]);
    expect(fresh.files).toBe(2);
    expect([...statusesOf(fresh.doc).keys()].sort()).toEqual(['item-1', 'item-2']);
  });

  it('keeps the first common change every earlier file builds on: later collections come in a change of their own', () => {
    // The common first change as the first shared version made it (issue 17).
    const first = Automerge.change(Automerge.init<SharedDoc>({ actor: '00000000000000000000000000000001' }), { time: 0 }, (d) => {
      for (const c of [
        'hire',
        'items',
        'hours',
        'sessions',
        'people',
        'template',
        'versions',
        'daysOff',
        'statuses',
        'binder',
        'erased',
        'desks',
      ] as const)
        d[c] = {};
    });
    const now = newHireDocument();
    expect(Automerge.hasHeads(now, Automerge.getHeads(first))).toBe(true);
    expect(Object.keys(now).sort()).toEqual(expect.arrayContaining(['competencePlans', 'levels', 'mappings', 'trainings']));
  });

  it('never lets two files of one desk collide, also after a restart', async () => {
    const root = tempDir();
    const a = desk(root, 'desk-a');
    await a.change((d) => setItemStatus(d, 'item-1', unit('done', 'anna', '2026-11-23T09:00:00Z')));
    const restarted = desk(root, 'desk-a');
    await restarted.reload();
    await restarted.change((d) => setItemStatus(d, 'item-2', unit('done', 'anna', '2026-11-23T09:10:00Z')));
    expect(filesOf(path.join(root, 'desk-a')).map((f) => path.basename(f).slice(0, 8))).toEqual(['00000001', '00000002']);
    expect((await desk(root, 'desk-b').reload()).files).toBe(2);
  });

  it('tells which documents changed since the last look, so a start loads only those', async () => {
    const root = tempDir();
    const a = desk(root, 'desk-a');
    await a.change((d) => setItemStatus(d, 'item-1', unit('done', 'anna', '2026-11-23T09:00:00Z')));
    const other = new SharedFolder(root, 'desk-a');
    await other.writeChanges('hire-0b1d', newHireDocument(), []);
    const reader = new SharedFolder(root, 'desk-b');
    const first = await reader.changedSince(new Map());
    expect(first.changed.sort()).toEqual(['hire-0b1d', 'hire-7f3c']);
    expect((await reader.changedSince(first.now)).changed).toEqual([]);
    await a.change((d) => setItemStatus(d, 'item-2', unit('done', 'anna', '2026-11-23T09:10:00Z')));
    expect((await reader.changedSince(first.now)).changed).toEqual(['hire-7f3c']);
  });
});

describe('compacting a desk’s own files', () => {
  it('folds the files older than the grace period into one snapshot, leaves newer ones and others’ alone, and loses nothing', async () => {
    const root = tempDir();
    const a = desk(root, 'desk-a');
    const b = desk(root, 'desk-b');
    for (let i = 1; i <= 3; i++) await a.change((d) => setItemStatus(d, `item-${i}`, unit('done', 'anna', `2026-11-23T09:0${i}:00Z`)));
    await b.change((d) => setItemStatus(d, 'item-9', unit('done', 'maria', '2026-11-23T09:09:00Z')));
    // File times are set from a pinned instant, not read from the real clock.
    const now = Date.parse('2026-11-23T09:10:00Z');
    const old = new Date(now - 60_000);
    const ownFiles = () => filesOf(path.join(root, 'desk-a'));
    for (const file of ownFiles()) utimesSync(file, old, old);
    await a.change((d) => setItemStatus(d, 'item-4', unit('done', 'anna', '2026-11-23T09:04:00Z')));
    const recent = ownFiles().find((f) => f.includes('00000004'))!;
    utimesSync(recent, new Date(now), new Date(now));
    const before = await desk(root, 'desk-c').reload();

    expect(await a.folder.compact(DOC, () => Automerge.save(a.doc), { atLeast: 5, graceMs: 30_000, now })).toBe(0);
    expect(await a.folder.compact(DOC, () => Automerge.save(a.doc), { atLeast: 3, graceMs: 30_000, now })).toBe(3);
    // The snapshot and the file written within the grace period; desk B's file untouched.
    expect(filesOf(path.join(root, 'desk-a'))).toHaveLength(2);
    expect(filesOf(path.join(root, 'desk-b'))).toHaveLength(1);
    const after = await desk(root, 'desk-c').reload();
    expect([...statusesOf(after.doc)].sort()).toEqual([...statusesOf(before.doc)].sort());
    expect(statusesOf(after.doc).size).toBe(5);
  });
});
