import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

interface Delivery {
  at: number;
  view: number;
  rel: string;
  bytes: Buffer;
  /** A first, cut-off copy; the whole one follows later under the same name. */
  torn: boolean;
}

/**
 * Every file below `root` (installation/doc/file), relative; temp files of a write in progress are
 * not synced. Null when the listing failed (a desk removing a folder while it is listed): that view
 * is left for the next round, not taken as empty, which would delete all its files everywhere and
 * bring them all back a round later.
 */
function filesIn(root: string): string[] | null {
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.endsWith('.tmp'))
      .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
      .filter((rel) => rel.split(path.sep).length === 3);
  } catch {
    return null;
  }
}

/**
 * A stand-in for OneDrive or a network share's replication between the desks' views of the shared
 * folder: each desk writes into its own view; the service copies new files to the other views
 * late and out of order, sometimes first as a torn (cut-off) copy completed later, passes
 * deletions on, and sometimes brings a deleted file back. `flush` delivers everything whole.
 */
export class SyncService {
  private pending: Delivery[] = [];
  /** What each view has been given or had itself: rel path → bytes. */
  private known: Map<string, Buffer>[];
  /** Files deleted somewhere, with their last bytes, that may come back. */
  private deleted = new Map<string, Buffer>();
  readonly arrivals: { view: number; rel: string; at: number }[] = [];
  delivered = 0;
  torn = 0;
  resurrected = 0;

  constructor(
    private readonly views: string[],
    private readonly random: () => number,
    private readonly maxDelayMs = 1500,
  ) {
    this.known = views.map(() => new Map());
  }

  private write(view: number, rel: string, bytes: Buffer): void {
    const file = path.join(this.views[view]!, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }

  /** One round: look at every view, schedule what is new, deliver what is due. */
  tick(now: number, calm = false): void {
    const listed = this.views.map((root) => filesIn(root));
    const seen = listed.map((files) => new Set(files));
    for (const [v, files] of seen.entries()) {
      for (const rel of files) {
        // Known, or a torn copy the service itself put there and will complete.
        if (this.known[v]!.has(rel) || this.pending.some((d) => d.view === v && d.rel === rel)) continue;
        let bytes: Buffer;
        try {
          bytes = readFileSync(path.join(this.views[v]!, rel));
        } catch {
          continue;
        }
        this.known[v]!.set(rel, bytes);
        for (const w of this.views.keys()) {
          if (w === v || this.known[w]!.has(rel) || this.pending.some((d) => d.view === w && d.rel === rel)) continue;
          const at = now + (calm ? 0 : this.random() * this.maxDelayMs);
          const torn = !calm && this.random() < 0.1;
          if (torn) this.pending.push({ at, view: w, rel, bytes: bytes.subarray(0, Math.floor(bytes.length / 2)), torn: true });
          this.pending.push({ at: torn ? at + 500 + this.random() * 1000 : at, view: w, rel, bytes, torn: false });
        }
      }
    }
    // A file one view had and no longer has was deleted there (an erased hire): delete it everywhere.
    for (const [v, known] of this.known.entries()) {
      if (!listed[v]) continue;
      for (const [rel, bytes] of known) {
        if (seen[v]!.has(rel) || this.pending.some((d) => d.view === v && d.rel === rel)) continue;
        known.delete(rel);
        this.deleted.set(rel, bytes);
        for (const w of this.views.keys()) {
          if (w === v) continue;
          this.known[w]!.delete(rel);
          rmSync(path.join(this.views[w]!, rel), { force: true });
        }
        this.pending = this.pending.filter((d) => d.rel !== rel);
      }
    }
    // Now and then, a deleted file comes back (a recycle bin restore, a slow replica).
    if (!calm && this.deleted.size && this.random() < 0.02) {
      const [rel, bytes] = [...this.deleted][Math.floor(this.random() * this.deleted.size)]!;
      const view = Math.floor(this.random() * this.views.length);
      this.deleted.delete(rel);
      this.write(view, rel, bytes);
      this.resurrected++;
    }
    // Out of order across files; a torn copy due together with its whole one is overtaken by it.
    const due = this.pending
      .filter((d) => d.at <= now)
      .filter((d, _, all) => !d.torn || !all.some((o) => !o.torn && o.view === d.view && o.rel === d.rel))
      .sort(() => this.random() - 0.5);
    this.pending = this.pending.filter((d) => d.at > now);
    for (const d of due) {
      // Taken before the write: a desk may read the file the moment it is there.
      const at = Date.now();
      this.write(d.view, d.rel, d.bytes);
      if (d.torn) this.torn++;
      else {
        this.known[d.view]!.set(d.rel, d.bytes);
        this.delivered++;
        this.arrivals.push({ view: d.view, rel: d.rel, at });
      }
    }
  }

  /** Delivers everything at once and whole, torn copies completed. */
  flush(): void {
    for (let i = 0; i < 5; i++) this.tick(Number.MAX_SAFE_INTEGER, true);
  }

  get idle(): boolean {
    return this.pending.length === 0;
  }
}
