import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { asUnusable, DatabaseUnusableError } from './open';
import { storageFailure } from './open-failure';

/** Who holds a database file for writing, kept next to it as `<file>.lock`. */
interface LockOwner {
  pid: number;
  host: string;
  since: string;
  token: string;
}

export interface WriterLock {
  /** Removes the lock file if it is still this lock's. */
  release(): void;
}

const lockFileOf = (file: string) => `${file}.lock`;

function readOwner(lockFile: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.token === 'string' ? (owner as LockOwner) : null;
  } catch {
    return null;
  }
}

/** Whether a process with this id runs on this computer (EPERM: it does, as someone else). */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A lock left by a process that ended without releasing it (a crash) on this computer, or one
 * whose owner does not have the file open: a writer always does, and a process id can be given to
 * another program after a crash (Windows reuses them soon).
 */
const isStale = (owner: LockOwner | null, file: string) =>
  owner === null || (owner.host === hostname() && !isProcessRunning(owner.pid)) || !otherConnectionsOpen(file);

function tryCreate(lockFile: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(lockFile, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(owner));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Takes the file's writer lock for this session, or refuses with 'in-use': two Introplans writing
 * one file (Electron's single-instance lock bypassed, a second user account) would each restore
 * or checkpoint under the other. A lock whose process is gone is taken over.
 */
export function acquireWriterLock(file: string, now: () => string): WriterLock {
  const lockFile = lockFileOf(file);
  const mine: LockOwner = { pid: process.pid, host: hostname(), since: now(), token: randomUUID() };
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    if (!tryCreate(lockFile, mine)) {
      const owner = readOwner(lockFile);
      if (!isStale(owner, file)) {
        throw new DatabaseUnusableError(file, 'in-use', `${owner!.host}, process ${owner!.pid}, sedan ${owner!.since}`);
      }
      rmSync(lockFile, { force: true });
      if (!tryCreate(lockFile, mine)) throw new DatabaseUnusableError(file, 'in-use', 'the lock was taken at the same moment');
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Not being allowed to create a file next to the database is a folder that is read-only to us.
    if (code === 'EACCES' || code === 'EPERM') throw new DatabaseUnusableError(file, 'read-only', (error as Error).message);
    throw asUnusable(error, file);
  }
  return {
    release: () => {
      if (readOwner(lockFile)?.token === mine.token) rmSync(lockFile, { force: true });
    },
  };
}

/**
 * True when some other connection (another program, or an Introplan that went round the lock)
 * has the file open: an exclusive lock cannot be had then. Call with no connection of our own
 * open. Restoring under such a connection would delete the -wal it is writing to. A file that is
 * missing or cannot be probed has nobody writing to it that this could tell.
 */
export function otherConnectionsOpen(file: string): boolean {
  if (!existsSync(file)) return false;
  let probe: Database.Database | undefined;
  try {
    probe = new Database(file, { fileMustExist: true, timeout: 0 });
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE');
    probe.exec('COMMIT');
    return false;
  } catch (error) {
    return storageFailure(error) === 'busy';
  } finally {
    probe?.close();
  }
}
