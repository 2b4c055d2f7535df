import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { conflictsIn, readState, type SharedDoc } from '../../electron/main/sync/shared-document';
import { SharedFolder } from '../../electron/main/sync/shared-folder';
import { COLLECTIONS } from '../../electron/main/sync/local-state';
import type { SoakChange, SoakLine } from './soak-protocol';

export interface SoakChecks {
  /** Acknowledged changes whose effect is not in the final data (and was not replaced by a later change or an erase). */
  changes_lost: number;
  lost_examples: string[];
  /** Every desk's SQLite holds the same shared data. */
  converged: boolean;
  differences: string[];
  conflicts_shown: number;
  erased_hires: number;
  /** Erased hires of which a desk's SQLite (file or WAL) or a decoded document in any view still holds something. */
  erased_hires_with_traces: number;
  trace_examples: string[];
  /** What the conflicts in desk 0's view are about (collection.field → count), to read a run by. */
  conflicts_by_field: Record<string, number>;
}

/** The shared data of one desk's file, by global ids only, in a fixed order. */
function sharedData(file: string) {
  const db = new Database(file);
  try {
    const all = (query: string) => db.prepare(query).all();
    return {
      people: all('SELECT global_id, name, title, team, phone, email, roles, removed_at FROM people ORDER BY global_id'),
      hires: all(`SELECT h.global_id, h.name, h.title, h.team, h.start_date, m.global_id AS manager, i.global_id AS introducer,
          h.newly_graduated, h.finished_at, h.archived_at, t.uid || '#' || v.number AS version, h.introducer_weekday, h.introducer_time
        FROM hires h LEFT JOIN people m ON m.id = h.manager_id LEFT JOIN people i ON i.id = h.introducer_id
        JOIN template_versions v ON v.id = h.template_version_id JOIN templates t ON t.id = v.template_id ORDER BY h.global_id`),
      items:
        all(`SELECT p.global_id, h.global_id AS hire, p.title, p.phase_id, p.start_date, p.due_date, p.dates_edited, p.note, p.position,
          p.status, p.not_applicable_reason, p.done_at, d.global_id AS done_by, p.followed_up_at, f.global_id AS followed_up_by
        FROM plan_items p JOIN hires h ON h.id = p.hire_id LEFT JOIN people d ON d.id = p.done_by LEFT JOIN people f ON f.id = p.followed_up_by
        ORDER BY p.global_id`),
      hours: all(`SELECT x.global_id, h.global_id AS hire, x.date, x.minutes, x.purpose, p.global_id AS person
        FROM introducer_hours x JOIN hires h ON h.id = x.hire_id LEFT JOIN people p ON p.id = x.person_id ORDER BY x.global_id`),
      sessions: all(`SELECT s.uid, h.global_id AS hire, s.date, s.time, s.status, s.theme, s.place, s.sequence
        FROM reflection_sessions s JOIN hires h ON h.id = s.hire_id ORDER BY s.uid`),
      programmes: all(
        'SELECT t.uid, v.number, v.content FROM templates t JOIN template_versions v ON v.template_id = t.id WHERE v.number IS NOT NULL ORDER BY t.uid, v.number',
      ),
      daysOff: all('SELECT date, label FROM extra_days_off ORDER BY date'),
    };
  } finally {
    db.close();
  }
}

type Data = ReturnType<typeof sharedData>;
const RANK: Record<string, number> = { todo: 0, done: 1, followedUp: 2, notApplicable: 3 };

function lostChanges(lines: SoakLine[], data: Data): string[] {
  const changes = lines.flatMap((l) => (l.t === 'ack' || l.t === 'begin' ? [{ acked: l.t === 'ack', change: l.change }] : []));
  const erasing = new Set(changes.flatMap(({ change }) => (change.kind === 'erase' ? [change.hire] : [])));
  const hires = new Map(data.hires.map((h) => [(h as { global_id: string }).global_id, h as { start_date: string }]));
  const items = new Map(data.items.map((i) => [(i as { global_id: string }).global_id, i as { status: string }]));
  const hours = new Set(data.hours.map((h) => (h as { global_id: string }).global_id));
  const moves = new Map<string, Set<string>>();
  for (const { change } of changes)
    if (change.kind === 'move') moves.set(change.hire, (moves.get(change.hire) ?? new Set()).add(change.date));
  const lost: string[] = [];
  const gone = (c: SoakChange) => erasing.has(c.hire) && !hires.has(c.hire);
  for (const { acked, change: c } of changes) {
    if (!acked || gone(c)) continue;
    if (c.kind === 'create' && !hires.has(c.hire)) lost.push(`hire ${c.name} created but missing`);
    if ((c.kind === 'tick' || c.kind === 'followUp') && (RANK[items.get(c.item)?.status ?? 'todo'] ?? 0) < (c.kind === 'tick' ? 1 : 2))
      lost.push(`${c.kind} of item ${c.item} missing (${items.get(c.item)?.status ?? 'no item'})`);
    if (c.kind === 'hours' && !hours.has(c.entry)) lost.push(`hours ${c.entry} missing`);
    if (c.kind === 'move' && hires.has(c.hire) && !moves.get(c.hire)!.has(hires.get(c.hire)!.start_date))
      lost.push(`start date of ${c.hire} is ${hires.get(c.hire)!.start_date}, none of the moves`);
    if (c.kind === 'erase' && hires.has(c.hire)) lost.push(`erase of ${c.hire} did not hold`);
  }
  return lost;
}

async function traces(files: string[], views: string[], erased: { hire: string; name: string }[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const file of files) {
    const bytes = Buffer.concat([file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f)));
    for (const e of erased)
      if (bytes.includes(Buffer.from(e.name))) found.add(`${e.hire}: name in ${path.basename(path.dirname(file))}'s database file`);
    const db = new Database(file, { readonly: true });
    for (const e of erased) if (db.prepare('SELECT 1 FROM hires WHERE global_id = ?').get(e.hire)) found.add(`${e.hire}: row in ${file}`);
    db.close();
  }
  for (const view of views) {
    const folder = new SharedFolder(view, 'kontroll');
    for (const installation of await folder.installations()) {
      for (const docId of readdirSync(path.join(view, installation))) {
        const erasedDoc = erased.find((e) => docId === `hire-${e.hire}`);
        if (erasedDoc && readdirSync(path.join(view, installation, docId)).length)
          found.add(`${erasedDoc.hire}: files in ${view}/${installation}`);
      }
    }
    // Decoded, since Automerge compresses what it stores: no document may hold an erased hire's name or id.
    const docIds = new Set((await folder.installations()).flatMap((i) => readdirSync(path.join(view, i))));
    for (const docId of docIds) {
      const doc = (await folder.loadDocument<SharedDoc>(docId)).doc;
      const text = JSON.stringify(
        Object.fromEntries(Object.entries(readState(doc, [...new Set(Object.values(COLLECTIONS).flat())])).map(([c, m]) => [c, [...m]])),
      );
      for (const e of erased) {
        if (text.includes(e.name)) found.add(`${e.hire}: name in ${docId} in ${view}`);
        if (docId !== 'registry' && text.includes(e.hire)) found.add(`${e.hire}: id in ${docId} in ${view}`);
      }
    }
  }
  return found;
}

export async function checkSoak({
  files,
  views,
  lines,
  conflictsShown,
}: {
  files: string[];
  views: string[];
  lines: SoakLine[];
  conflictsShown: number;
}): Promise<SoakChecks> {
  const data = files.map(sharedData);
  const differences: string[] = [];
  for (const [i, other] of data.entries()) {
    for (const key of Object.keys(data[0]!) as (keyof Data)[]) {
      if (JSON.stringify(other[key]) !== JSON.stringify(data[0]![key])) differences.push(`desk ${i} differs from desk 0 in ${key}`);
    }
  }
  // A tick or follow-up that lost against another desk's concurrent status is shown as a conflict, not lost.
  const shown = new Set<string>();
  const folder0 = new SharedFolder(views[0]!, 'kontroll');
  for (const docId of new Set((await folder0.installations()).flatMap((i) => readdirSync(path.join(views[0]!, i))))) {
    if (!docId.startsWith('hire-')) continue;
    for (const c of conflictsIn((await folder0.loadDocument<SharedDoc>(docId)).doc, ['statuses'])) shown.add(c.key);
  }
  const lost = lostChanges(lines, data[0]!).filter((l) => !shown.has(/item (\w+)/.exec(l)?.[1] ?? ''));
  const hires = new Set(data[0]!.hires.map((h) => (h as { global_id: string }).global_id));
  const erased = lines.flatMap((l) =>
    (l.t === 'ack' || l.t === 'begin') && l.change.kind === 'erase' && !hires.has(l.change.hire) ? [l.change] : [],
  );
  const unique = [...new Map(erased.map((e) => [e.hire, e])).values()];
  const found = await traces(files, views, unique);
  const byField: Record<string, number> = {};
  const folder = new SharedFolder(views[0]!, 'kontroll');
  for (const docId of new Set((await folder.installations()).flatMap((i) => readdirSync(path.join(views[0]!, i))))) {
    const doc = (await folder.loadDocument<SharedDoc>(docId)).doc;
    for (const c of conflictsIn(doc, [...new Set(Object.values(COLLECTIONS).flat())])) {
      const key = `${c.collection}.${c.field ?? '*'}`;
      byField[key] = (byField[key] ?? 0) + 1;
    }
  }
  return {
    conflicts_by_field: byField,
    changes_lost: lost.length,
    lost_examples: lost.slice(0, 10),
    converged: differences.length === 0,
    differences: differences.slice(0, 10),
    conflicts_shown: conflictsShown,
    erased_hires: unique.length,
    erased_hires_with_traces: new Set([...found].map((f) => f.split(':')[0])).size,
    trace_examples: [...found].slice(0, 10),
  };
}
