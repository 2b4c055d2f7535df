import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertPragmas, openDatabase } from '../../db/open';
import { runCrashTrial, type CrashTrialResult } from '../crash/crash-run';
import { MIGRATIONS, tempDir } from '../support/paths';

// Sized for `npm test`; `npm run bench:crash` runs the same trial with 300 kills.
const KILLS = 30;

describe('durability under kill -9', () => {
  const dir = tempDir('introplan-crash-');
  let result: CrashTrialResult;

  it(`keeps every acknowledged change through ${KILLS} kills at random moments`, { timeout: 240_000 }, async () => {
    result = await runCrashTrial({ kills: KILLS, dir, seed: 7 });
    expect(result.problems).toEqual([]);
    expect(result.integrityFailures).toBe(0);
    expect(result.lostChanges).toBe(0);
    expect(result.unexpectedChanges).toBe(0);
    expect(result.tornChanges).toBe(0);
    expect(result.kills).toBe(KILLS);
    // The trial must really have hit the writer while it worked, or it proved nothing.
    expect(result.ackedChanges).toBeGreaterThan(0);
    expect(result.killsDuringWrites).toBeGreaterThan(0);
    expect(result.killsDuringOpen).toBeGreaterThan(0);
  });

  it('reopens the crashed file with WAL, synchronous=FULL and foreign keys on', () => {
    expect(result).toBeDefined();
    const { sqlite, close } = openDatabase(path.join(dir, 'introplan.db'), MIGRATIONS);
    try {
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      close();
    }
  });
});

describe('the pragma check at every open', () => {
  // openDatabase reads its pragmas back (test/db/open.test.ts shows the values); this shows the
  // read-back refuses a connection where a setting did not take instead of carrying on.
  it.each([
    ['synchronous = NORMAL', /synchronous/],
    ['journal_mode = DELETE', /journal_mode/],
    ['foreign_keys = OFF', /foreign_keys/],
  ])('refuses a connection with %s', (setting, message) => {
    const { sqlite, close } = openDatabase(path.join(tempDir(), 'introplan.db'), MIGRATIONS);
    try {
      expect(() => assertPragmas(sqlite)).not.toThrow();
      sqlite.pragma(setting);
      expect(() => assertPragmas(sqlite)).toThrow(message);
    } finally {
      close();
    }
  });
});
