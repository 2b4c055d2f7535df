import * as Automerge from '@automerge/automerge';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomically } from '../services/files';
import { decodeChangeFile, encodeChangeFile } from './change-file';
import { loadSharedDocument } from './shared-document';

/** A file in the folder that was not used, and why; it is left exactly where it is. */
export interface SetAside {
  file: string;
  reason: 'not-ours' | 'torn' | 'mismatch' | 'wrong-place' | 'unreadable' | 'automerge';
}

export interface ReadChanges {
  payloads: Uint8Array[];
  /** The files they came from. */
  files: string[];
  setAside: SetAside[];
}

export interface LoadedDocument<T> {
  doc: Automerge.Doc<T>;
  /** Change files merged, from every installation. */
  files: number;
  setAside: SetAside[];
}

const CHANGE_FILE = /^(\d{8})-[0-9a-f]{16}\.chg$/;
const ID = /^[A-Za-z0-9-]{1,64}$/;

/**
 * The shared folder as one installation sees it: `<root>/<installation>/<doc>/<seq>-<hash>.chg`.
 * It writes only into its own subfolder, each file once (temp → fsync → rename), named so that
 * two files never collide; it reads everyone's; it never changes or deletes another's file. A file
 * that is torn, foreign or does not verify is set aside (reported, left alone) and never keeps the
 * other files from being read. Merging is Automerge's: every valid change file is loaded into one
 * document, in any order.
 */
export class SharedFolder {
  constructor(
    readonly root: string,
    readonly installation: string,
  ) {
    if (!ID.test(installation)) throw new Error(`Not an installation id: ${installation}`);
  }

  private ownFolder(doc: string): string {
    return path.join(this.root, this.installation, doc);
  }

  /** Writes the changes made to `doc` since `since` (its heads when last written) as one file of ours. */
  async writeChanges<T>(docId: string, doc: Automerge.Doc<T>, since: Automerge.Heads): Promise<string | null> {
    return this.writePayload(docId, Automerge.saveSince(doc, since));
  }

  /** Writes changes (Automerge's bytes) as one new file of ours, never under a name already used. */
  async writePayload(docId: string, payload: Uint8Array): Promise<string | null> {
    if (!ID.test(docId)) throw new Error(`Not a document id: ${docId}`);
    if (payload.length === 0) return null;
    const folder = this.ownFolder(docId);
    await mkdir(folder, { recursive: true });
    const seq = Math.max(0, ...(await readdir(folder)).map((name) => Number(CHANGE_FILE.exec(name)?.[1] ?? 0))) + 1;
    const bytes = encodeChangeFile({ doc: docId, installation: this.installation, seq }, payload);
    const name = `${String(seq).padStart(8, '0')}-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.chg`;
    const file = path.join(folder, name);
    await writeFileAtomically(file, bytes);
    return file;
  }

  /**
   * Folds this installation's files of a document into one: `snapshot` (the whole document) is
   * written as a new file first, then the own files older than `graceMs` go (a sync service has
   * had time to deliver them; a desk that read them has what the snapshot holds anyway), once
   * there are `atLeast` of them. Only ever its own files. Returns how many were removed.
   */
  async compact(
    docId: string,
    snapshot: () => Uint8Array,
    { atLeast, graceMs, now }: { atLeast: number; graceMs: number; now: number },
  ): Promise<number> {
    const folder = this.ownFolder(docId);
    let old: string[];
    try {
      const names = (await readdir(folder)).filter((name) => CHANGE_FILE.test(name));
      const times = await Promise.all(names.map(async (name) => (await stat(path.join(folder, name))).mtimeMs));
      old = names.filter((_, i) => now - times[i]! >= graceMs);
    } catch {
      return 0;
    }
    if (old.length < atLeast) return 0;
    if (!(await this.writePayload(docId, snapshot()))) return 0;
    for (const name of old) await rm(path.join(folder, name), { force: true });
    return old.length;
  }

  /** Whether the folder can be reached now (a network share or synced folder may be away). */
  async reachable(): Promise<boolean> {
    try {
      return (await stat(this.root)).isDirectory();
    } catch {
      return false;
    }
  }

  /** The installations that have written into the folder. */
  async installations(): Promise<string[]> {
    try {
      const entries = await readdir(this.root, { withFileTypes: true });
      return entries.filter((e) => e.isDirectory() && ID.test(e.name)).map((e) => e.name);
    } catch {
      return [];
    }
  }

  /**
   * A signature of each document's files across installations, from the folders' modification
   * times (a file added, renamed into place or removed changes its folder's), so a desk loads at
   * start only the documents that changed since it last looked: parsing every hire's document at
   * each start would take most of a minute. This installation's own subfolder is left out: it
   * changes only by its own writes. Read with the file system's own threads, so a slow
   * network share never holds up the window.
   */
  async scan(): Promise<Map<string, string>> {
    const parts = new Map<string, string[]>();
    await Promise.all(
      // Its own subfolder changes only by its own writes, which it knows of.
      (await this.installations())
        .filter((installation) => installation !== this.installation)
        .map(async (installation) => {
          let docs: string[];
          try {
            docs = (await readdir(path.join(this.root, installation))).filter((name) => ID.test(name));
          } catch {
            return;
          }
          await Promise.all(
            docs.map(async (docId) => {
              try {
                const { mtimeMs } = await stat(path.join(this.root, installation, docId));
                parts.set(docId, [...(parts.get(docId) ?? []), `${installation}:${mtimeMs}`]);
              } catch {
                // A folder that went away between listing and reading has nothing to load.
              }
            }),
          );
        }),
    );
    return new Map(
      [...parts].map(([docId, folders]) => [docId, createHash('sha256').update(folders.sort().join('|')).digest('hex').slice(0, 16)]),
    );
  }

  /** The documents whose files differ from `seen` (an earlier scan): new, grown, or completed by the sync service. */
  async changedSince(seen: ReadonlyMap<string, string>): Promise<{ changed: string[]; now: Map<string, string> }> {
    const now = await this.scan();
    return { changed: [...now].filter(([docId, signature]) => seen.get(docId) !== signature).map(([docId]) => docId), now };
  }

  /**
   * Deletes a document's files from every installation's subfolder: the one exception to "never
   * touch another's files", for an erased hire. Returns how many files were removed.
   */
  async removeDocument(docId: string): Promise<number> {
    if (!ID.test(docId)) throw new Error(`Not a document id: ${docId}`);
    let removed = 0;
    for (const installation of await this.installations()) {
      const folder = path.join(this.root, installation, docId);
      try {
        removed += (await readdir(folder)).length;
        await rm(folder, { recursive: true, force: true });
      } catch {
        // Not there: nothing of it in this subfolder.
      }
    }
    return removed;
  }

  /**
   * The change files of `docId` from every installation that are not in `known` (paths already
   * read), each checked on its own: a torn, foreign or misplaced file, or one Automerge cannot
   * read, is set aside and never keeps the others from being read.
   */
  async readChanges(docId: string, known: ReadonlySet<string> = new Set()): Promise<ReadChanges> {
    const payloads: Uint8Array[] = [];
    const files: string[] = [];
    const setAside: SetAside[] = [];
    for (const installation of await this.installations()) {
      const folder = path.join(this.root, installation, docId);
      let names: string[];
      try {
        names = (await readdir(folder)).filter((name) => !name.endsWith('.tmp'));
      } catch {
        continue;
      }
      for (const name of names.sort()) {
        const file = path.join(folder, name);
        if (known.has(file)) continue;
        if (!CHANGE_FILE.test(name)) {
          setAside.push({ file, reason: 'not-ours' });
          continue;
        }
        let bytes: Buffer;
        try {
          bytes = await readFile(file);
        } catch {
          setAside.push({ file, reason: 'unreadable' });
          continue;
        }
        const decoded = decodeChangeFile(bytes);
        if (!decoded.ok) {
          setAside.push({ file, reason: decoded.reason });
          continue;
        }
        // A file copied into the wrong place would be another's words under this name.
        if (decoded.header.doc !== docId || decoded.header.installation !== installation) {
          setAside.push({ file, reason: 'wrong-place' });
          continue;
        }
        try {
          // Tried on its own first: a failed load may leave the merged document unusable.
          Automerge.loadIncremental(Automerge.init(), decoded.payload);
        } catch {
          setAside.push({ file, reason: 'automerge' });
          continue;
        }
        payloads.push(decoded.payload);
        files.push(file);
      }
    }
    return { payloads, files, setAside };
  }

  /**
   * Every change file of `docId` from every installation, merged into one document. It starts
   * from the first change every desk's documents share (shared-document.ts), which no file holds.
   */
  async loadDocument<T>(docId: string): Promise<LoadedDocument<T>> {
    const { payloads, files, setAside } = await this.readChanges(docId);
    const doc = loadSharedDocument(randomBytes(16).toString('hex'), payloads) as unknown as Automerge.Doc<T>;
    return { doc, files: files.length, setAside };
  }
}
