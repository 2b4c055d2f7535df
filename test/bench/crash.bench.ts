/**
 * `npm run bench:crash`: the full crash test. A writer process makes real user changes and is
 * killed with SIGKILL at random moments, 300 times by default (`-- --kills N`, `-- --seed S`);
 * after every kill the file is checked (see test/crash/crash-run.ts). Prints the figures and
 * writes them to crash-results.json in the repository root. Exits with 1 if anything was lost.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCrashTrial } from '../crash/crash-run';
import { REPO_ROOT, tempDir } from '../support/paths';

const { values } = parseArgs({ options: { kills: { type: 'string', default: '300' }, seed: { type: 'string' } } });
const kills = Number(values.kills);
const seed = values.seed === undefined ? Date.now() % 1_000_000 : Number(values.seed);
const dir = tempDir('introplan-crash-bench-');

console.log(`Crash test: ${kills} kills, seed ${seed}, database in ${dir}`);
const result = await runCrashTrial({ kills, dir, seed });

const rows: [string, number | string][] = [
  ['Kills (SIGKILL)', result.kills],
  ['  during open, migration or set-up', result.killsDuringOpen],
  ['  during a change', result.killsDuringWrites],
  ['  between changes', result.killsBetweenWrites],
  ['In-flight change had landed / had not', `${result.inFlightLanded} / ${result.inFlightDropped}`],
  ['Acknowledged changes', result.ackedChanges],
  ['Lost acknowledged changes', result.lostChanges],
  ['Unexpected changes', result.unexpectedChanges],
  ['Changes apart from their audit row', result.tornChanges],
  ['Integrity check failures', result.integrityFailures],
  ['Time', `${(result.ms / 1000).toFixed(1)} s`],
];
const width = Math.max(...rows.map(([label]) => label.length));
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${String(value).padStart(8)}`);
for (const problem of result.problems) console.log(`  ${problem}`);

const file = path.join(REPO_ROOT, 'crash-results.json');
writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), seed, node: process.version, ...result }, null, 2)}\n`);
console.log(`Written to ${path.relative(process.cwd(), file) || file}`);

const failed = result.lostChanges + result.unexpectedChanges + result.tornChanges + result.integrityFailures > 0;
if (failed) process.exitCode = 1;
