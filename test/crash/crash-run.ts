/**
 * The crash test: a writer process makes real user changes on one database file and is killed
 * with SIGKILL at random moments, `kills` times. After every kill the file must pass
 * integrity_check and foreign_key_check, hold every acknowledged change, and hold nothing else
 * but perhaps the one change that was in flight. Some kills land in the very first open of a
 * new file (creating and migrating it), which must leave a file the app opens again.
 *
 * SIGKILL stops the process, not the machine: what the process wrote to the operating system
 * survives, so this proves SQLite's transactions and our use of them, not the disk's fsync.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { inspectDatabaseFile } from '../../db/integrity';
import { openDatabase } from '../../db/open';
import { MIGRATIONS } from '../support/paths';
import { seededRandom } from '../support/seeded-random';
import type { Change } from './crash-protocol';
import { emptyModel, verifyAfterKill } from './crash-verify';
import { bundleWriter, startWriter, type KillAt, type LoadedWriter } from './crash-writer-process';

export interface CrashTrialResult {
  kills: number;
  ackedChanges: number;
  lostChanges: number;
  /** Changes found that were neither acknowledged nor in flight. */
  unexpectedChanges: number;
  /** Changes that landed without their audit row, or plans without all their items. */
  tornChanges: number;
  integrityFailures: number;
  killsDuringOpen: number;
  killsDuringWrites: number;
  killsBetweenWrites: number;
  /** Of the kills during a write: how often that change had committed anyway, and how often not. */
  inFlightLanded: number;
  inFlightDropped: number;
  ms: number;
  /** The first few problems, in words, for the failure message. */
  problems: string[];
}

/** Kills inside a change come after 0 to this many acknowledged changes of the same run. */
const MAX_ACKS = 30;

export async function runCrashTrial({
  kills,
  dir,
  seed = Date.now(),
}: {
  kills: number;
  dir: string;
  seed?: number;
}): Promise<CrashTrialResult> {
  const started = performance.now();
  const next = seededRandom(seed);
  const bundle = await bundleWriter(dir);
  const file = path.join(dir, 'introplan.db');
  const model = emptyModel();
  const r: CrashTrialResult = {
    kills: 0,
    ackedChanges: 0,
    lostChanges: 0,
    unexpectedChanges: 0,
    tornChanges: 0,
    integrityFailures: 0,
    killsDuringOpen: 0,
    killsDuringWrites: 0,
    killsBetweenWrites: 0,
    inFlightLanded: 0,
    inFlightDropped: 0,
    ms: 0,
    problems: [],
  };
  const problem = (text: string) => r.problems.length < 20 && r.problems.push(`kill ${r.kills}: ${text}`);
  // How long go-to-ready takes on a new file and on the grown one; kills before ready aim inside it.
  const readyEstimate = { fresh: 400, reopen: 150 };
  const learn = (which: keyof typeof readyEstimate, readyMs: number | null) => {
    readyEstimate[which] = readyMs ?? readyEstimate[which] * 1.1;
  };
  // How long each kind of change usually takes here, learned as the trial goes.
  const usual: Record<Change['kind'], number> = { hire: 100, person: 10, hours: 15, session: 10, status: 10 };
  let seq = 1;

  const checkIntegrity = (db: string) => {
    const check = inspectDatabaseFile(db, MIGRATIONS, true);
    if (!check.ok) {
      r.integrityFailures++;
      problem(`${check.kind}: ${check.detail}`);
    }
    return check.ok;
  };

  // The next writer loads while the current one runs and is checked.
  let spare = startWriter(bundle);
  const nextWriter = async (): Promise<LoadedWriter> => {
    const writer = await spare;
    spare = startWriter(bundle);
    return writer;
  };
  try {
    while (r.kills < kills) {
      const band = next();
      if (band < 0.125) {
        // The first open of a new file: creating it, migrating it, adding the default programme.
        const fresh = path.join(dir, `fresh-${r.kills}.db`);
        const killAt = { afterGoMs: next() * readyEstimate.fresh * 1.2 };
        const freshRun = await (
          await nextWriter()
        ).go({ file: fresh, migrationsFolder: MIGRATIONS, firstSeq: 1, hireId: null }, killAt, (k) => usual[k]);
        learn('fresh', freshRun.readyMs);
        r.kills++;
        r.killsDuringOpen++;
        // The restart after the crash: the app must open (and finish setting up) the file.
        if (checkIntegrity(fresh)) {
          try {
            openDatabase(fresh, MIGRATIONS).close();
          } catch (error) {
            r.integrityFailures++;
            problem(`reopening a new file failed: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        for (const suffix of ['', '-wal', '-shm']) rmSync(fresh + suffix, { force: true });
        continue;
      }
      const killAt: KillAt =
        band < 0.25 ? { afterGoMs: next() * readyEstimate.reopen * 1.2 } : { afterAcks: Math.floor(next() * MAX_ACKS), into: next() * 1.2 };
      const run = await (
        await nextWriter()
      ).go({ file, migrationsFolder: MIGRATIONS, firstSeq: seq, hireId: model.hireId }, killAt, (k) => usual[k]);
      r.kills++;
      if ('afterGoMs' in killAt || run.readyMs !== null) learn('reopen', run.readyMs);
      for (const d of run.durations) usual[d.kind] = 0.8 * usual[d.kind] + 0.2 * d.ms;
      const acked: Change[] = [];
      let inFlight: Change | null = null;
      let ready = false;
      for (const line of run.lines) {
        if (line.t === 'ready') {
          ready = true;
          model.hireId = line.hireId;
        } else if (line.t === 'begin') {
          inFlight = line.change;
          seq = line.change.seq + 1;
        } else if (line.t === 'ack') {
          acked.push(line.change);
          inFlight = null;
        }
      }
      r.ackedChanges += acked.length;
      if (!ready) r.killsDuringOpen++;
      else if (inFlight) r.killsDuringWrites++;
      else r.killsBetweenWrites++;

      if (!checkIntegrity(file)) continue;
      const findings = verifyAfterKill(file, model, acked, inFlight);
      if (findings.inFlightLanded === true) r.inFlightLanded++;
      if (findings.inFlightLanded === false) r.inFlightDropped++;
      r.lostChanges += findings.lost.length;
      r.unexpectedChanges += findings.unexpected.length;
      r.tornChanges += findings.torn.length;
      for (const text of [...findings.lost.map((t) => `lost ${t}`), ...findings.unexpected.map((t) => `unexpected ${t}`), ...findings.torn])
        problem(text);
    }
  } finally {
    (await spare).dispose();
    rmSync(bundle, { force: true }); // 8 MB per trial; the database stays for a look afterwards
  }
  r.ms = Math.round(performance.now() - started);
  return r;
}
