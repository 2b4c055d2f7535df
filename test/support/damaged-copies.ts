import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDemo } from '../../electron/main/demo/create-demo';
import { MIGRATIONS, tempDbPath, tempDir } from './paths';

/** A populated database written by the demo creator, closed (so fully checkpointed, no -wal). */
export async function demoDatabase(now = '2026-11-23T09:00:00.000Z'): Promise<string> {
  const out = tempDir('introplan-demo-');
  await createDemo({ outDir: out, migrationsFolder: MIGRATIONS, appVersion: 'test', now });
  return path.join(out, 'introplan.db');
}

/** Where things sit in a database file, read from SQLite itself so the damage lands on a used page. */
export function layoutOf(file: string) {
  const sqlite = new Database(file, { readonly: true });
  try {
    const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
    const pages = sqlite.prepare('SELECT name, pagetype, min(pageno) AS pageno FROM dbstat GROUP BY name, pagetype').all() as {
      name: string;
      pagetype: string;
      pageno: number;
    }[];
    const roots = sqlite.prepare('SELECT name, rootpage FROM sqlite_schema WHERE rootpage > 0').all() as {
      name: string;
      rootpage: number;
    }[];
    const found = <T>(value: T | undefined, what: string): T => {
      if (value === undefined) throw new Error(`no ${what} in ${file}`);
      return value;
    };
    return {
      pageSize,
      /** The first page of `name` of the given kind. */
      page: (name: string, type: 'internal' | 'leaf' | 'overflow') =>
        found(pages.find((p) => p.name === name && p.pagetype === type)?.pageno, `${type} page of ${name}`),
      root: (name: string) => found(roots.find((r) => r.name === name)?.rootpage, `root page of ${name}`),
    };
  } finally {
    sqlite.close();
  }
}

export type Layout = ReturnType<typeof layoutOf>;

/** Byte offset of a b-tree page's header (page 1 carries the 100-byte file header first). */
export const btreeHeader = (page: number) => (page === 1 ? 100 : 0);

/** Offset of the first cell pointer: after an 8-byte leaf header or a 12-byte interior one. */
export function firstCellPointer(file: string, layout: Layout, page: number): number {
  const start = (page - 1) * layout.pageSize + btreeHeader(page);
  const type = readFileSync(file)[start]!;
  return btreeHeader(page) + (type === 0x02 || type === 0x05 ? 12 : 8);
}

/** A copy of `source` with the byte at `offset` of `page` (1-based) inverted. */
export function flippedCopy(source: string, layout: Layout, page: number, offset: number): string {
  const bytes = readFileSync(source);
  bytes[(page - 1) * layout.pageSize + offset]! ^= 0xff;
  const file = tempDbPath();
  writeFileSync(file, bytes);
  return file;
}

/** A copy of `source` with one letter of `text` (its first occurrence in the file) in the other case. */
export function textFlippedCopy(source: string, text: string): string {
  const bytes = readFileSync(source);
  const at = bytes.indexOf(Buffer.from(text));
  if (at < 0) throw new Error(`${text} is not in ${source}`);
  bytes[at]! ^= 0x20;
  const file = tempDbPath();
  writeFileSync(file, bytes);
  return file;
}

export function truncatedCopy(source: string, size: (full: number) => number): string {
  const file = tempDbPath();
  copyFileSync(source, file);
  truncateSync(file, size(statSync(source).size));
  return file;
}

/** A copy of `source` with `wal` beside it as its -wal. */
export function copyWithWal(source: string, wal: string): string {
  const file = tempDbPath();
  copyFileSync(source, file);
  copyFileSync(wal, `${file}-wal`);
  return file;
}

/** A file written straight from bytes (another program's file). */
export function fileOf(bytes: Buffer): string {
  const file = tempDbPath();
  writeFileSync(file, bytes);
  return file;
}

/**
 * The file and its -wal as hashes. A missing -wal counts as an empty one: the read-only check
 * leaves an empty -wal behind, which SQLite treats exactly like none.
 */
export function fingerprint(file: string, { ignoreChangeCounter = false } = {}): { main: string; wal: string } {
  const hash = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
  const wal = `${file}-wal`;
  const main = readFileSync(file);
  // SQLite counts every write of the header page in these two fields (each open writes the
  // file's id there); they say nothing about the contents.
  if (ignoreChangeCounter && main.length >= 100) for (const offset of [24, 92]) main.fill(0, offset, offset + 4);
  return { main: hash(main), wal: hash(existsSync(wal) ? readFileSync(wal) : Buffer.alloc(0)) };
}

/**
 * Runs `change` on a read-write connection to a copy of `source` and hands back copies of that
 * copy's main file and -wal taken while the change is still only in the -wal.
 */
export function copiesMidSession(source: string, change: (sqlite: Database.Database) => void): { main: string; wal: string } {
  const live = tempDbPath();
  copyFileSync(source, live);
  const sqlite = new Database(live);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('wal_autocheckpoint = 0');
    change(sqlite);
    const folder = tempDir('introplan-copies-');
    const copies = { main: path.join(folder, 'introplan.db'), wal: path.join(folder, 'copied-wal') };
    copyFileSync(live, copies.main);
    copyFileSync(`${live}-wal`, copies.wal);
    return copies;
  } finally {
    sqlite.close();
  }
}
