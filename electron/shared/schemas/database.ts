/**
 * Why a file could not be opened or read when that says nothing about its contents: the file may
 * be healthy, and the user is told what to do instead of being offered a restore. 'damaged' is
 * SQLite's own verdict on the bytes.
 */
export type OpenFailureKind = 'busy' | 'read-only' | 'no-permission' | 'not-found' | 'is-folder' | 'disk-full' | 'unreadable' | 'damaged';

/** Why a file cannot be used as Introplan's database. */
export type DatabaseProblemKind =
  | OpenFailureKind
  | 'foreign'
  | 'too-new'
  /** Tables, columns, indexes or triggers differ from what its migration level should have. */
  | 'structure'
  /** A -wal next to the file belongs to another database. */
  | 'wrong-wal'
  /** Another Introplan holds the file's writer lock. */
  | 'in-use'
  /** The file is empty (0 bytes) while backups exist. */
  | 'empty';

/** Why the user's own database could not be opened at start; the app then shows what can be done. */
export interface DatabaseProblem {
  kind: Exclude<DatabaseProblemKind, 'too-new'>;
  /** SQLite's or the file system's own words, for support. */
  detail: string;
}

/** The kinds where the file's contents are known to be unusable: only then is a restore offered. */
export const RESTORABLE_PROBLEMS: readonly DatabaseProblem['kind'][] = ['damaged', 'foreign', 'structure', 'empty', 'not-found'];

/** How the file in use was chosen: the user's own, the example to try, or another file they opened. */
export type DatabaseOrigin = 'own' | 'example' | 'chosen';
