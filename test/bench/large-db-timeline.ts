/**
 * Ten years of events played in time order. "Handler" events go through the real handler table
 * with the clock set to the event's time; "bulk" events (ticks, hours, sessions: tens of
 * thousands) call the same query functions the handlers call, many to one transaction, since
 * 80 000 separate fsynced commits would take longer than the benchmark may.
 */
import { inTransaction, type Db } from '../../db/client';

export type BulkRun = (tx: Db, at: string) => void;
type Event = { at: string; seq: number } & ({ kind: 'handler'; run: (at: string) => Promise<void> } | { kind: 'bulk'; run: BulkRun });

/** Events by time, then by the order they were scheduled in (a binary min-heap). */
export class Timeline {
  private heap: Event[] = [];
  private seq = 0;
  played = { handler: 0, bulk: 0, transactions: 0 };

  handler(at: string, run: (at: string) => Promise<void>): void {
    this.push({ at, seq: this.seq++, kind: 'handler', run });
  }

  bulk(at: string, run: BulkRun): void {
    this.push({ at, seq: this.seq++, kind: 'bulk', run });
  }

  private before = (a: Event, b: Event) => (a.at < b.at ? true : a.at > b.at ? false : a.seq < b.seq);

  private push(event: Event): void {
    const heap = this.heap;
    heap.push(event);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!this.before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private pop(): Event | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let least = i;
        if (l < heap.length && this.before(heap[l]!, heap[least]!)) least = l;
        if (r < heap.length && this.before(heap[r]!, heap[least]!)) least = r;
        if (least === i) break;
        [heap[i], heap[least]] = [heap[least]!, heap[i]!];
        i = least;
      }
    }
    return top;
  }

  /**
   * Plays every event up to `until`. Bulk events between two handler events share a transaction
   * (at most `batch` of them); a handler may schedule later events, which then play in order too.
   */
  async play(db: () => Db, setClock: (at: string) => void, until: string, batch = 5000): Promise<void> {
    let pending: Event[] = [];
    const flush = () => {
      if (!pending.length) return;
      const events = pending;
      pending = [];
      inTransaction(db(), (tx) => {
        for (const e of events) if (e.kind === 'bulk') e.run(tx, e.at);
      });
      this.played.bulk += events.length;
      this.played.transactions++;
    };
    for (let event = this.pop(); event && event.at < until; event = this.pop()) {
      if (event.kind === 'bulk') {
        pending.push(event);
        if (pending.length >= batch) flush();
        continue;
      }
      flush();
      setClock(event.at);
      await event.run(event.at);
      this.played.handler++;
    }
    flush();
  }
}
