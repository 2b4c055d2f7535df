/**
 * `npm run sync:soak -- --desks 3 --minutes 3 --out DIR`: the sharing soak (test/soak/soak-run.ts)
 * plus the start-up measurement with 300 hires in the folder (test/soak/startup.ts). Writes
 * DIR/sync-results.json; exits with 1 when anything was lost, did not converge or left traces.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { tempDir } from '../support/paths';
import { runSoak } from '../soak/soak-run';
import { measureStartup } from '../soak/startup';

const { values } = parseArgs({
  options: {
    desks: { type: 'string', default: '3' },
    minutes: { type: 'string', default: '3' },
    out: { type: 'string' },
    seed: { type: 'string' },
    hires: { type: 'string', default: '300' },
  },
});
const out = path.resolve(values.out ?? tempDir('introplan-sync-soak-'));
const seed = values.seed === undefined ? Date.now() % 1_000_000 : Number(values.seed);
console.log(`Sharing soak: ${values.desks} desks, ${values.minutes} min, seed ${seed}, in ${out}`);
const soak = await runSoak({ desks: Number(values.desks), ms: Number(values.minutes) * 60_000, out, seed });
console.log('Start-up with a folder of', values.hires, 'hires …');
const startup = await measureStartup(path.join(out, 'start'), Number(values.hires));
const results = { at: new Date().toISOString(), node: process.version, ...soak, ...startup };
writeFileSync(path.join(out, 'sync-results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));
if (soak.changes_lost || !soak.converged || soak.erased_hires_with_traces || startup.startup_ms > 2 * startup.open_ms) process.exitCode = 1;
