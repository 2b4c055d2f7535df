import Database from 'better-sqlite3';
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import type { handlerHarness } from './handler-context';

type Harness = ReturnType<typeof handlerHarness>;

/** Anna in the staff list and chosen as the current user, so changes are allowed. */
export async function withUser(h: Harness): Promise<number> {
  const anna = await h.must('staff:create-person', {
    name: 'Anna Lindqvist',
    title: 'Enhetschef',
    team: '',
    phone: '',
    email: '',
    roles: ['manager'],
  });
  await h.must('session:set-current-user', { personId: anna.id });
  return anna.id;
}

export const addDayOff = (h: Harness, date: string, label: string) => h.must('settings:save-day-off', { date, label });

/** The day-off labels stored in a database file, read without changing it. */
export function dayOffLabels(file: string): string[] {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare('SELECT label FROM extra_days_off ORDER BY date').pluck().all() as string[];
  } finally {
    sqlite.close();
  }
}

/** Overwrites the middle of a file with garbage: b-tree pages a thorough check must notice. */
export function corrupt(file: string): void {
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  try {
    const start = Math.max(4096, Math.floor(size / 2 / 4096) * 4096);
    writeSync(fd, Buffer.alloc(Math.min(16384, size - start), 0xa5), 0, undefined, start);
  } finally {
    closeSync(fd);
  }
}

/** Runs statements on a database file directly, as another program (or a broken disk) would. */
export function tamper(file: string, sql: string): void {
  const sqlite = new Database(file);
  try {
    sqlite.exec(sql);
  } finally {
    sqlite.close();
  }
}

/** Timers a test fires by hand, for AutomaticBackups. */
export class ManualTimers {
  readonly pending: { kind: 'after' | 'every'; ms: number; run: () => void; cancelled: boolean }[] = [];
  after = (ms: number, run: () => void) => this.add('after', ms, run);
  every = (ms: number, run: () => void) => this.add('every', ms, run);
  cancel = (handle: unknown) => {
    (handle as ManualTimers['pending'][number]).cancelled = true;
  };
  private add(kind: 'after' | 'every', ms: number, run: () => void) {
    const timer = { kind, ms, run, cancelled: false };
    this.pending.push(timer);
    return timer;
  }
}
