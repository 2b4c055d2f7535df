import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/paths';
import { runSoak } from '../soak/soak-run';

// Sized for `npm test`; `npm run sync:soak -- --desks 3 --minutes 3 --out DIR` runs the full one.
describe('sharing soak, short', () => {
  it(
    'three desks killed at random, behind a sync service that is late, tears copies and brings deleted files back, lose nothing and agree',
    { timeout: 240_000 },
    async () => {
      const out = tempDir('introplan-soak-');
      const result = await runSoak({ desks: 3, ms: 20_000, out, seed: 4711, killEveryMs: 6_000 });
      const told = `${out}: ${JSON.stringify(result)}`;
      expect(result.errors, told).toEqual([]);
      expect(result.kills).toBeGreaterThan(0);
      expect(result.changes_acknowledged).toBeGreaterThan(20);
      expect({ lost: result.lost_examples, differences: result.differences, traces: result.trace_examples }).toEqual({
        lost: [],
        differences: [],
        traces: [],
      });
      expect(result).toMatchObject({ changes_lost: 0, converged: true, erased_hires_with_traces: 0 });
    },
  );
});
