/**
 * What the crash writer tells its parent, one JSON object per stdout line. Every change carries a
 * sequence number that is also written into the data itself, so the parent can find exactly that
 * change in the database after the kill.
 */

export type Change =
  | { kind: 'person'; seq: number; name: string }
  | { kind: 'hours'; seq: number; purpose: string; date: string }
  | { kind: 'session'; seq: number; date: string; time: string }
  | { kind: 'hire'; seq: number; name: string }
  | { kind: 'status'; seq: number; itemId: number; status: 'todo' | 'done' };

export type InsertKind = Exclude<Change['kind'], 'status'>;
export const INSERT_KINDS: readonly InsertKind[] = ['person', 'hours', 'session', 'hire'];

/** Sent to a loaded writer on stdin to start it; see crash-writer-process.ts. */
export interface WriterArgs {
  file: string;
  migrationsFolder: string;
  firstSeq: number;
  /** The main hire, once a previous run reported it: listing all hires gets slow as plans pile up. */
  hireId: number | null;
}

export type Line =
  /** The code is loaded; the writer waits for its WriterArgs before touching any file. */
  | { t: 'loaded' }
  /** Set-up is done (staff, current user, the hire whose items are ticked); changes follow. */
  | { t: 'ready'; hireId: number }
  /** The change is about to be made: if the process dies now, it may or may not have landed. */
  | { t: 'begin'; change: Change }
  /** The handler returned ok, so the change's transaction committed: it must survive. */
  | { t: 'ack'; change: Change }
  | { t: 'error'; message: string };

/** The clock the writer's handlers see; hours and sessions are dated before it. */
export const CRASH_NOW = '2026-11-23T09:00:00.000Z';
export const CRASH_START = '2026-01-05';
export const MAIN_HIRE = 'Krock Huvudplan';
export const MANAGER = 'Krockchef';
export const INTRODUCER = 'Krockintroduktör';

const DAYS = 300;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const label = (seq: number) => `Krock ${pad(seq, 6)}`;

function dayAfterStart(offset: number): string {
  const date = new Date(`${CRASH_START}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

/**
 * The change with sequence number `seq`. Its kind rotates so every run mixes inserts, a whole new
 * plan (dozens of rows in one transaction) and status updates; dates and times spread out so
 * that no day fills up and every session has its own date and time.
 */
export function changeFor(seq: number, nextItem: () => { itemId: number; status: 'todo' | 'done' }): Change {
  const slot = seq % 10;
  if (slot === 0) return { kind: 'hire', seq, name: label(seq) };
  if (slot === 9) return { kind: 'person', seq, name: label(seq) };
  if (slot === 3 || slot === 6) {
    const minute = Math.floor(seq / DAYS) % (24 * 60);
    return { kind: 'session', seq, date: dayAfterStart(seq % DAYS), time: `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}` };
  }
  if (slot === 2 || slot === 5 || slot === 8) return { kind: 'hours', seq, purpose: label(seq), date: dayAfterStart(seq % DAYS) };
  return { kind: 'status', seq, ...nextItem() };
}

/** How an inserted change is found again in the database (see crash-verify.ts). */
export function keyOf(change: Change): string {
  switch (change.kind) {
    case 'person':
    case 'hire':
      return change.name;
    case 'hours':
      return change.purpose;
    case 'session':
      return `${change.date} ${change.time}`;
    case 'status':
      return `${change.itemId}`;
  }
}

/** Complete lines only: writes to a pipe this short are atomic, but be strict about a torn tail. */
export function parseLines(text: string): Line[] {
  const lines = text.split('\n');
  lines.pop(); // after the last newline: empty, or a line the kill cut short
  return lines.filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Line);
}
