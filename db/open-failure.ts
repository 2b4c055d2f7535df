import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import type { OpenFailureKind } from '../electron/shared/schemas/database';

/**
 * How long SQLite waits for another program's lock. Short: only another program can hold the file
 * (the writer lock keeps Introplan to one), and better-sqlite3 waits on the main thread, so a long
 * wait freezes the window; the user is told instead.
 */
export const BUSY_TIMEOUT_MS = 1000;

/** SQLite's or the file system's code, also when wrapped (drizzle puts SQLite's error in `cause`). */
function errorCode(error: unknown): string {
  for (let e = error, depth = 0; typeof e === 'object' && e !== null && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ('code' in e && typeof e.code === 'string') return e.code;
  }
  return '';
}

const can = (file: string, mode: number): boolean => {
  try {
    accessSync(file, mode);
    return true;
  } catch {
    return false;
  }
};

/** SQLite's CANTOPEN and I/O errors say little; the file system says which of the kinds it was. */
function fromFileSystem(file: string): OpenFailureKind {
  try {
    if (statSync(file).isDirectory()) return 'is-folder';
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return 'not-found';
    if (code === 'EACCES' || code === 'EPERM') return 'no-permission';
    return 'unreadable';
  }
  if (!can(file, constants.R_OK)) return 'no-permission';
  // SQLite needs to write the -wal/-shm next to the file even to read it, and the file to work.
  if (!can(path.dirname(file), constants.W_OK) || !can(file, constants.W_OK)) return 'read-only';
  return 'unreadable';
}

/** What an error says about the storage, whatever was being done: busy, read-only, full, or none of these. */
export function storageFailure(error: unknown): 'busy' | 'read-only' | 'disk-full' | null {
  const code = errorCode(error);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === 'EBUSY') return 'busy';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'read-only';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'disk-full';
  return null;
}

/**
 * Sorts an exception from opening or reading the database by what the user can do about it.
 * Only SQLite's own verdict on the bytes (CORRUPT, NOTADB for a file with SQLite's header) says
 * 'damaged'; anything not understood is 'unreadable', never a reason to offer a restore.
 */
export function openFailureKind(error: unknown, file: string): OpenFailureKind {
  const storage = storageFailure(error);
  if (storage) return storage;
  const code = errorCode(error);
  if (code === 'SQLITE_PERM' || code === 'SQLITE_AUTH' || code === 'EACCES' || code === 'EPERM') return 'no-permission';
  if (code === 'EISDIR') return 'is-folder';
  if (code === 'ENOENT') return 'not-found';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'damaged';
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR')) return fromFileSystem(file);
  return 'unreadable';
}
