import { describe, expect, it } from 'vitest';
import { openFailureKind, storageFailure } from '../../db/open-failure';
import { tempDbPath } from '../support/paths';

const failure = (code: string, cause?: unknown) => Object.assign(new Error(code), { code, cause });

describe('sorting storage failures', () => {
  it.each([
    ['SQLITE_BUSY', 'busy'],
    ['SQLITE_BUSY_SNAPSHOT', 'busy'],
    ['SQLITE_LOCKED', 'busy'],
    ['SQLITE_FULL', 'disk-full'],
    ['ENOSPC', 'disk-full'],
    ['SQLITE_READONLY_DIRECTORY', 'read-only'],
    ['EROFS', 'read-only'],
    ['SQLITE_CONSTRAINT_UNIQUE', null],
  ])('%s is %s while working', (code, kind) => {
    expect(storageFailure(failure(code))).toBe(kind);
  });

  it('looks through a wrapper to SQLite’s own error (drizzle puts it in cause)', () => {
    expect(storageFailure(Object.assign(new Error('Failed to run the query'), { cause: failure('SQLITE_FULL') }))).toBe('disk-full');
  });

  it.each([
    ['SQLITE_CORRUPT', 'damaged'],
    ['SQLITE_NOTADB', 'damaged'],
    ['EACCES', 'no-permission'],
    ['EISDIR', 'is-folder'],
    ['SQLITE_CANTOPEN', 'not-found'], // the file system says which: here, the file is not there
    ['SQLITE_MISMATCH', 'unreadable'],
  ])('%s at open is %s, and only SQLite’s verdict on the bytes is "damaged"', (code, kind) => {
    expect(openFailureKind(failure(code), tempDbPath())).toBe(kind);
  });
});
