/**
 * What the crash test knows about the database between kills, and the check after each kill:
 * every acknowledged change is there, nothing but the one in-flight change is extra, and each
 * change landed together with its audit row (one transaction, not two).
 */
import Database from 'better-sqlite3';
import { INSERT_KINDS, keyOf, MAIN_HIRE, type Change, type InsertKind } from './crash-protocol';

/** The settled state: what the database held after the previous kill, plus the main hire's item statuses. */
export interface CrashModel {
  inserted: Record<InsertKind, Set<string>>;
  statuses: Map<number, string>;
  /** Status changes that landed, to compare with the item.* rows in the audit trail. */
  statusChanges: number;
  hireId: number | null;
}

export interface Findings {
  lost: string[];
  unexpected: string[];
  /** A change without its audit row, or a plan without all its items: a transaction came apart. */
  torn: string[];
  /** Whether the in-flight change (if any) landed; both outcomes are allowed. */
  inFlightLanded: boolean | null;
}

export const emptyModel = (): CrashModel => ({
  inserted: { person: new Set(), hours: new Set(), session: new Set(), hire: new Set() },
  statuses: new Map(),
  statusChanges: 0,
  hireId: null,
});

const QUERIES: Record<InsertKind, string> = {
  person: "SELECT name FROM people WHERE name LIKE 'Krock 0%'",
  hours: "SELECT purpose FROM introducer_hours WHERE purpose LIKE 'Krock 0%'",
  session: "SELECT date || ' ' || time FROM reflection_sessions WHERE extra = 1",
  hire: `SELECT name FROM hires WHERE name LIKE 'Krock 0%'`,
};

function readState(sqlite: Database.Database, hireId: number | null) {
  const keys = Object.fromEntries(INSERT_KINDS.map((k) => [k, new Set(sqlite.prepare(QUERIES[k]).pluck().all() as string[])])) as Record<
    InsertKind,
    Set<string>
  >;
  const statuses = new Map(
    hireId === null
      ? []
      : (sqlite.prepare('SELECT id, status FROM plan_items WHERE hire_id = ?').all(hireId) as { id: number; status: string }[]).map((r) => [
          r.id,
          r.status,
        ]),
  );
  const count = (sql: string, ...args: unknown[]) =>
    sqlite
      .prepare(sql)
      .pluck()
      .get(...args) as number;
  const audits = (action: string) => count('SELECT count(*) FROM audit_log WHERE action = ?', action);
  const torn: string[] = [];
  const pair = (what: string, rows: number, auditRows: number) =>
    rows !== auditRows && torn.push(`${what}: ${rows} rows, ${auditRows} audit rows`);
  pair('hours', count('SELECT count(*) FROM introducer_hours'), audits('hours.logged'));
  pair('sessions', count('SELECT count(*) FROM reflection_sessions WHERE extra = 1'), audits('reflection.added'));
  pair('hires', count('SELECT count(*) FROM hires'), audits('hire.created'));
  const plans = sqlite
    .prepare(
      `SELECT h.name, (SELECT count(*) FROM plan_items i WHERE i.hire_id = h.id) AS items,
              (SELECT json_extract(a.detail, '$.items') FROM audit_log a WHERE a.action = 'hire.created' AND a.hire_id = h.id) AS audited
         FROM hires h`,
    )
    .all() as { name: string; items: number; audited: number | null }[];
  for (const p of plans) if (p.items === 0 || p.items !== p.audited) torn.push(`${p.name}: ${p.items} items, audit says ${p.audited}`);
  const itemAudits =
    hireId === null ? 0 : count("SELECT count(*) FROM audit_log WHERE hire_id = ? AND action IN ('item.done', 'item.todo')", hireId);
  const mainHires = count('SELECT count(*) FROM hires WHERE name = ?', MAIN_HIRE);
  return { keys, statuses, itemAudits, mainHires, torn };
}

/** Compares the file with the model after a kill and settles the model on what is there now. */
export function verifyAfterKill(file: string, model: CrashModel, acked: readonly Change[], inFlight: Change | null): Findings {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  let state: ReturnType<typeof readState>;
  try {
    state = readState(sqlite, model.hireId);
  } finally {
    sqlite.close();
  }
  const findings: Findings = { lost: [], unexpected: [], torn: state.torn, inFlightLanded: inFlight ? false : null };
  if (model.hireId !== null && state.mainHires !== 1) findings.lost.push(`${MAIN_HIRE}: ${state.mainHires} found`);

  for (const kind of INSERT_KINDS) {
    const expected = new Set([...model.inserted[kind], ...acked.filter((c) => c.kind === kind).map(keyOf)]);
    const actual = state.keys[kind];
    for (const key of expected) if (!actual.has(key)) findings.lost.push(`${kind} ${key}`);
    for (const key of actual) {
      if (expected.has(key)) continue;
      if (inFlight?.kind === kind && keyOf(inFlight) === key) findings.inFlightLanded = true;
      else findings.unexpected.push(`${kind} ${key}`);
    }
    model.inserted[kind] = actual;
  }

  // Items the model has not seen yet (the first run that knew the hire) start as found, except
  // the one in flight: the writer only toggles, so before it the item had the other status.
  const before = (id: number, found: string) =>
    model.statuses.get(id) ??
    (inFlight?.kind === 'status' && inFlight.itemId === id ? (inFlight.status === 'done' ? 'todo' : 'done') : found);
  const expected = new Map<number, string>([...state.statuses].map(([id, found]) => [id, before(id, found)]));
  const ackedStatuses = acked.filter((c): c is Extract<Change, { kind: 'status' }> => c.kind === 'status');
  for (const c of ackedStatuses) expected.set(c.itemId, c.status);
  for (const [id, status] of state.statuses) {
    const want = expected.get(id);
    if (status === want) continue;
    if (inFlight?.kind === 'status' && inFlight.itemId === id && status === inFlight.status) findings.inFlightLanded = true;
    else findings[want === undefined ? 'unexpected' : 'lost'].push(`item ${id}: ${status}, acknowledged ${String(want)}`);
  }
  for (const c of ackedStatuses) if (!state.statuses.has(c.itemId)) findings.lost.push(`item ${c.itemId} missing`);
  model.statuses = state.statuses;
  model.statusChanges += ackedStatuses.length + (inFlight?.kind === 'status' && findings.inFlightLanded ? 1 : 0);
  if (model.hireId !== null && state.itemAudits !== model.statusChanges) {
    findings.torn.push(`item status: ${model.statusChanges} changes, ${state.itemAudits} audit rows`);
    model.statusChanges = state.itemAudits;
  }
  return findings;
}
