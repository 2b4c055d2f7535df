import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectDatabaseFile } from '../../db/integrity';
import { DatabaseUnusableError, openDatabase, type OpenedDatabase, type UnusableKind } from '../../db/open';
import {
  copiesMidSession,
  copyWithWal,
  demoDatabase,
  fileOf,
  fingerprint,
  firstCellPointer,
  flippedCopy,
  layoutOf,
  textFlippedCopy,
  truncatedCopy,
  type Layout,
} from '../support/damaged-copies';
import { MIGRATIONS, tempDbPath } from '../support/paths';

interface Shared {
  demo: string;
  layout: Layout;
  /** -wal of a new Introplan database with one change in it. */
  otherWal: string;
  /** The demo after a later, checkpointed change to plan item 5's note. */
  changedLater: string;
  /** -wal of an earlier session on the demo that changed some notes, plan item 5's among them. */
  staleWal: string;
  /** A copy of the demo taken while a new person existed only in its -wal. */
  beforeCheckpoint: string;
  /** -wal of another program's SQLite database. */
  foreignWal: string;
}

type Outcome = UnusableKind | 'opens';
interface Case {
  label: string;
  /** A damaged copy of our own file (as opposed to some other file). */
  corruption: boolean;
  expected: Outcome;
  make: (s: Shared) => string;
  /** For a file that opens: what the app then sees. */
  check?: (opened: OpenedDatabase, file: string) => void;
  /** For a file that opens: whether opening and closing it left it byte for byte as it was. */
  untouchedByOpening?: boolean;
}

const flip = (page: (s: Shared) => number, offset: (s: Shared, page: number) => number) => (s: Shared) =>
  flippedCopy(s.demo, s.layout, page(s), offset(s, page(s)));
const cellPointer = (s: Shared, page: number) => firstCellPointer(s.demo, s.layout, page);
const names = (o: OpenedDatabase) => o.sqlite.prepare('SELECT name FROM people ORDER BY id').pluck().all();

const CASES: Case[] = [
  {
    label: 'header: page size',
    corruption: true,
    expected: 'damaged',
    make: flip(
      () => 1,
      () => 16,
    ),
  },
  {
    label: 'header: database size in pages',
    corruption: true,
    expected: 'damaged',
    make: flip(
      () => 1,
      () => 28,
    ),
  },
  {
    label: 'header: first freelist page',
    corruption: true,
    expected: 'damaged',
    make: flip(
      () => 1,
      () => 32,
    ),
  },
  {
    label: 'header: user_version',
    corruption: true,
    expected: 'damaged',
    make: flip(
      () => 1,
      () => 60,
    ),
  },
  {
    label: 'schema page: b-tree page type',
    corruption: true,
    expected: 'damaged',
    make: flip(
      () => 1,
      () => 100,
    ),
  },
  { label: 'schema page: first cell pointer', corruption: true, expected: 'damaged', make: flip(() => 1, cellPointer) },
  {
    label: 'table plan_items: root page type',
    corruption: true,
    expected: 'damaged',
    make: flip(
      (s) => s.layout.root('plan_items'),
      () => 0,
    ),
  },
  {
    label: 'table plan_items: leaf cell pointer',
    corruption: true,
    expected: 'damaged',
    make: flip((s) => s.layout.page('plan_items', 'leaf'), cellPointer),
  },
  {
    label: 'index plan_items_hire: leaf page type',
    corruption: true,
    expected: 'damaged',
    make: flip(
      (s) => s.layout.page('plan_items_hire', 'leaf'),
      () => 0,
    ),
  },
  {
    label: 'index plan_items_hire: leaf cell pointer',
    corruption: true,
    expected: 'damaged',
    make: flip((s) => s.layout.page('plan_items_hire', 'leaf'), cellPointer),
  },
  {
    label: 'overflow page of a programme: next-page pointer',
    corruption: true,
    expected: 'damaged',
    make: flip(
      (s) => s.layout.page('template_versions', 'overflow'),
      () => 0,
    ),
  },
  { label: 'truncated to half', corruption: true, expected: 'damaged', make: (s) => truncatedCopy(s.demo, (n) => n / 2) },
  { label: 'truncated mid-page', corruption: true, expected: 'damaged', make: (s) => truncatedCopy(s.demo, (n) => n - 1000) },
  {
    label: 'mismatched -wal: another Introplan database’s',
    corruption: true,
    expected: 'damaged',
    make: (s) => copyWithWal(s.demo, s.otherWal),
  },
  { label: 'mismatched -wal: another program’s', corruption: true, expected: 'damaged', make: (s) => copyWithWal(s.demo, s.foreignWal) },
  {
    label: 'another program’s SQLite file',
    corruption: false,
    expected: 'foreign',
    make: () => {
      const file = tempDbPath();
      const other = new Database(file);
      other.exec("CREATE TABLE notes (id integer PRIMARY KEY, body text); INSERT INTO notes (body) VALUES ('inköpslista');");
      other.close();
      return file;
    },
  },
  {
    label: 'a PDF',
    corruption: false,
    expected: 'foreign',
    make: () => fileOf(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n')),
  },
  // Not detectable at open, and what the app sees then:
  {
    label: 'undetectable: a letter inside a stored name',
    corruption: true,
    expected: 'opens',
    make: (s) => textFlippedCopy(s.demo, 'Karin Holm'),
    untouchedByOpening: true,
    check: (o) => expect(names(o)).toContain('karin Holm'),
  },
  {
    label: 'undetectable at open: a byte inside an index key',
    corruption: true,
    expected: 'opens',
    make: flip(
      (s) => s.layout.page('plan_items_hire', 'leaf'),
      (s) => s.layout.pageSize - 1,
    ),
    untouchedByOpening: true,
    // quick_check does not compare indexes with their tables; the thorough check (backups) does.
    check: (_o, file) =>
      expect(inspectDatabaseFile(file, MIGRATIONS, true)).toMatchObject({
        ok: false,
        kind: 'damaged',
        detail: expect.stringMatching(/missing from index plan_items_hire/),
      }),
  },
  {
    label: 'undetectable: missing -wal (copy taken before a checkpoint)',
    corruption: true,
    expected: 'opens',
    make: (s) => s.beforeCheckpoint,
    untouchedByOpening: true,
    // The last checkpointed state, whole and consistent: only the change still in the -wal is lost.
    check: (o) => {
      expect(names(o)).not.toContain('Bara i loggen');
      expect(o.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(o.sqlite.pragma('foreign_key_check')).toEqual([]);
    },
  },
  {
    // SQLite cannot tell whose -wal it is: pages with the same layout are taken as they come.
    label: 'undetectable: a stale -wal of an earlier session beside a file changed since',
    corruption: true,
    expected: 'opens',
    make: (s) => copyWithWal(s.changedLater, s.staleWal),
    // Closing checkpoints the stale pages into the file: from then on they are its content.
    untouchedByOpening: false,
    check: (o) => {
      // The stale pages win: the later change to item 5 is silently gone.
      const notes = o.sqlite.prepare('SELECT DISTINCT note FROM plan_items WHERE id % 97 = 5').pluck().all();
      expect(notes).toEqual(['från en tidigare session']);
      expect(o.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    },
  },
];

let shared: Shared;
const results: { label: string; corruption: boolean; outcome: Outcome }[] = [];

beforeAll(async () => {
  const demo = await demoDatabase();
  const fresh = tempDbPath();
  openDatabase(fresh, MIGRATIONS).close();
  const insertPerson = (name: string) => (s: Database.Database) =>
    s.prepare("INSERT INTO people (name, created_at, updated_at) VALUES (?, 'x', 'x')").run(name);
  const foreign = tempDbPath();
  new Database(foreign).exec('CREATE TABLE notes (id integer PRIMARY KEY); PRAGMA journal_mode = WAL;').close();
  shared = {
    demo,
    layout: layoutOf(demo),
    otherWal: copiesMidSession(fresh, insertPerson('Annan databas')).wal,
    staleWal: copiesMidSession(demo, (s) => s.exec("UPDATE plan_items SET note = 'från en tidigare session' WHERE id % 97 = 5")).wal,
    changedLater: copiesMidSession(demo, (s) =>
      s.exec("UPDATE plan_items SET note = 'senare ändring' WHERE id = 5; PRAGMA wal_checkpoint(TRUNCATE);"),
    ).main,
    beforeCheckpoint: copiesMidSession(demo, insertPerson('Bara i loggen')).main,
    foreignWal: copiesMidSession(foreign, (s) => s.exec('INSERT INTO notes DEFAULT VALUES')).wal,
  };
}, 60_000);

afterAll(() => {
  const corruptions = results.filter((r) => r.corruption);
  const detected = corruptions.filter((r) => r.outcome !== 'opens');
  const foreign = results.filter((r) => !r.corruption);
  console.log(
    `corruptions detected ${detected.length} of ${corruptions.length}; other programs' files refused ` +
      `${foreign.filter((r) => r.outcome === 'foreign').length} of ${foreign.length}\n` +
      `not detectable at open: ${corruptions
        .filter((r) => r.outcome === 'opens')
        .map((r) => r.label)
        .join('; ')}`,
  );
});

describe('opening a damaged or foreign file', () => {
  it.each(CASES.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    const file = c.make(shared);
    const before = fingerprint(file);
    const contentBefore = fingerprint(file, { ignoreChangeCounter: true });
    let outcome: Outcome = 'opens';
    try {
      const opened = openDatabase(file, MIGRATIONS);
      try {
        c.check?.(opened, file);
      } finally {
        opened.close();
      }
    } catch (error) {
      if (!(error instanceof DatabaseUnusableError)) throw error;
      outcome = error.kind;
      expect(error.file).toBe(file);
      expect(error.message).toMatch(/Introplan har inte ändrat .*Återställ en säkerhetskopia eller öppna en annan databasfil\./);
      expect(error.detail).not.toBe('');
    }
    results.push({ label: c.label, corruption: c.corruption, outcome });
    expect(outcome).toBe(c.expected);
    // Never a repair, never an overwrite: a refused file and its -wal are exactly as they were.
    if (outcome !== 'opens') expect(fingerprint(file)).toEqual(before);
    else
      expect(JSON.stringify(fingerprint(file, { ignoreChangeCounter: true })) === JSON.stringify(contentBefore)).toBe(c.untouchedByOpening);
  });
});
