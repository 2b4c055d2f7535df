/**
 * The sharing soak: `desks` processes, each on its own database and its own view of the shared
 * folder, joined by a simulated sync service (sync-service.ts) that copies files late, out of
 * order, torn and sometimes back from the dead. The desks make random real changes, are killed
 * with SIGKILL at random and started again. At the end every file is delivered whole, the desks
 * look at the folder until none has anything more to say, and the results are checked
 * (soak-check.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleChildScript, childEnv } from '../support/child-script';
import { MIGRATIONS } from '../support/paths';
import { seededRandom } from '../support/seeded-random';
import { checkSoak, type SoakChecks } from './soak-check';
import { parseSoakLines, type SoakDeskArgs, type SoakLine } from './soak-protocol';
import { SyncService } from './sync-service';

export interface SoakOptions {
  desks: number;
  ms: number;
  out: string;
  seed: number;
  pollMs?: number;
  /** Mean time between kills; 0: no kills. */
  killEveryMs?: number;
}

export interface SoakResult extends SoakChecks {
  desks: number;
  seed: number;
  duration_ms: number;
  kills: number;
  changes_acknowledged: number;
  files_set_aside: number;
  files_delivered: number;
  torn_copies: number;
  deleted_files_brought_back: number;
  visible_p95_ms: number | null;
  visible_p50_ms: number | null;
  /** Arrivals measured; and those whose file no pass took in (an erased hire's, refused), left out. */
  visible_measured: number;
  visible_never_taken: number;
  passes: number;
  errors: string[];
}

interface Running {
  child: ChildProcess;
  startedAt: number;
  lines: SoakLine[];
}

const percentile = (values: number[], p: number) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
};

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const { desks, ms, out, seed, pollMs = 1000, killEveryMs = 12_000 } = options;
  const random = seededRandom(seed);
  mkdirSync(out, { recursive: true });
  const bundle = await bundleChildScript('test/soak/soak-desk.ts', path.join(out, 'soak-desk.cjs'));
  const dir = (desk: number) => path.join(out, `desk-${desk}`);
  const views = Array.from({ length: desks }, (_, i) => path.join(dir(i), 'delad-mapp'));
  for (let i = 0; i < desks; i++) mkdirSync(views[i]!, { recursive: true });
  const service = new SyncService(views, random);
  const all: SoakLine[] = [];
  const errors: string[] = [];
  const running = new Map<number, Running>();
  /** When each desk was down, to measure only while it runs. */
  const downs: { desk: number; from: number; to: number }[] = [];

  const start = (desk: number, mode: SoakDeskArgs['mode']) => {
    const args: SoakDeskArgs = {
      desk,
      file: path.join(dir(desk), 'introplan.db'),
      view: views[desk]!,
      migrationsFolder: MIGRATIONS,
      seed: Math.floor(random() * 1e9),
      mode,
      pollMs: mode === 'work' ? pollMs : 200,
    };
    const child = spawn(process.execPath, [bundle, JSON.stringify(args)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: childEnv(),
    });
    const run: Running = { child, startedAt: Date.now(), lines: [] };
    let text = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      text += chunk;
      const cut = text.lastIndexOf('\n');
      if (cut < 0) return;
      const lines = parseSoakLines(text.slice(0, cut));
      text = text.slice(cut + 1);
      run.lines.push(...lines);
      all.push(...lines);
      for (const line of lines) if (line.t === 'error') errors.push(`desk ${line.desk}: ${line.message}`);
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) errors.push(`desk ${desk} ended with ${code ?? signal}: ${stderr.slice(-500)}`);
    });
    running.set(desk, run);
  };
  const kill = async (desk: number) => {
    const run = running.get(desk);
    if (!run) return;
    running.delete(desk);
    const exited = new Promise((resolve) => run.child.once('exit', resolve));
    run.child.kill('SIGKILL');
    await exited;
  };

  const began = Date.now();
  let kills = 0;
  for (let desk = 0; desk < desks; desk++) start(desk, 'work');
  // Often enough to be a prompt sync service, seldom enough not to crowd the desks on a 2-core machine.
  const timer = setInterval(() => service.tick(Date.now()), 250);
  let nextKill = killEveryMs ? began + killEveryMs * (0.5 + random()) : Infinity;
  while (Date.now() - began < ms) {
    await new Promise((r) => setTimeout(r, 100));
    if (Date.now() < nextKill) continue;
    const desk = Math.floor(random() * desks);
    await kill(desk);
    kills++;
    const from = Date.now();
    await new Promise((r) => setTimeout(r, 300 + random() * 1200));
    downs.push({ desk, from, to: Date.now() });
    start(desk, 'work');
    nextKill = Date.now() + killEveryMs * (0.5 + random());
  }
  const workEnded = Date.now();
  for (let desk = 0; desk < desks; desk++) {
    await kill(desk);
    downs.push({ desk, from: Date.now(), to: Infinity });
  }
  clearInterval(timer);

  // Everything delivered whole; the desks look until nobody receives or writes anything more.
  service.flush();
  for (let desk = 0; desk < desks; desk++) start(desk, 'settle');
  // Quiet: since anything last moved (a file delivered, a desk receiving, writing or setting a file
  // aside), every desk has looked twice, start to end, and found nothing.
  const settleLimit = Date.now() + 120_000;
  let lastActivity = Date.now();
  while (Date.now() < settleLimit) {
    await new Promise((r) => setTimeout(r, 200));
    const delivered = service.delivered;
    service.flush();
    if (service.delivered !== delivered) lastActivity = Date.now();
    const settlePasses = [...running.values()].map((run) => run.lines.filter((l): l is Extract<SoakLine, { t: 'pass' }> => l.t === 'pass'));
    for (const pass of settlePasses.flat())
      if (pass.received || pass.written || pass.setAside.length) lastActivity = Math.max(lastActivity, pass.ended);
    if (settlePasses.every((list) => list.filter((p) => p.started > lastActivity).length >= 2) && service.idle) break;
  }
  for (let desk = 0; desk < desks; desk++) await kill(desk);

  writeFileSync(path.join(out, 'soak-lines.jsonl'), all.map((l) => JSON.stringify(l)).join('\n'));
  writeFileSync(path.join(out, 'arrivals.jsonl'), service.arrivals.map((a) => JSON.stringify(a)).join('\n'));
  const passes = all.filter((l): l is Extract<SoakLine, { t: 'pass' }> => l.t === 'pass');
  // From a file arriving in a desk's view to the end of the transaction that brought its changes
  // into that desk's SQLite. A desk killed before that shows the file only after a restart, which
  // first catches up with everything since it died (that is start-up, measured on its own as
  // startup_ms): such arrivals, and those from its death to the end of its first pass, are left
  // out. So are files never taken in (an erased hire's, which a desk refuses), counted apart.
  const caughtUp = (desk: number, since: number) => passes.find((p) => p.desk === desk && p.started >= since)?.ended ?? Infinity;
  const takenAt = new Map<string, number[]>();
  for (const pass of passes)
    for (const { file, at } of pass.taken) takenAt.set(`${pass.desk}|${file}`, [...(takenAt.get(`${pass.desk}|${file}`) ?? []), at]);
  let neverTaken = 0;
  const visible = service.arrivals.flatMap(({ view, rel, at }) => {
    if (at > workEnded) return [];
    const took = takenAt.get(`${view}|${rel}`)?.find((t) => t >= at) ?? Infinity;
    if (downs.some((d) => d.desk === view && ((at >= d.from && at <= caughtUp(view, d.to)) || (d.from >= at && d.from <= took)))) return [];
    if (took === Infinity) {
      neverTaken++;
      return [];
    }
    return [took - at];
  });
  const setAside = new Set(passes.flatMap((p) => p.setAside));
  const checks = await checkSoak({
    files: Array.from({ length: desks }, (_, i) => path.join(dir(i), 'introplan.db')),
    views,
    lines: all,
    conflictsShown: Math.max(
      0,
      ...Array.from({ length: desks }, (_, d) => passes.filter((p) => p.desk === d).slice(-1)[0]?.conflicts ?? 0),
    ),
  });
  return {
    desks,
    seed,
    duration_ms: Date.now() - began,
    kills,
    changes_acknowledged: all.filter((l) => l.t === 'ack').length,
    files_set_aside: setAside.size,
    files_delivered: service.delivered,
    torn_copies: service.torn,
    deleted_files_brought_back: service.resurrected,
    visible_p95_ms: percentile(visible, 95),
    visible_p50_ms: percentile(visible, 50),
    visible_measured: visible.length,
    visible_never_taken: neverTaken,
    passes: passes.length,
    ...checks,
    errors: errors.slice(0, 20),
  };
}
