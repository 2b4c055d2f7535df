/**
 * Bundling and running the crash writer: one esbuild bundle per trial so each start is a plain
 * `node file.cjs` (no TypeScript loader). A writer is started ahead of time and waits, loaded,
 * for its arguments; the kill is timed from when it is told to go, so kills land in what the
 * writer does with the database rather than in Node loading code.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { bundleChildScript, childEnv } from '../support/child-script';
import { parseLines, type Change, type Line, type WriterArgs } from './crash-protocol';

export const bundleWriter = (dir: string) => bundleChildScript('test/crash/crash-writer.ts', path.join(dir, 'crash-writer.cjs'));

/**
 * When to kill: a time after go (in open and set-up), or inside a change: once `afterAcks` changes
 * are acknowledged, `into` times the usual duration of the next change after its begin (beyond 1,
 * it may land between changes). Counting changes instead of milliseconds keeps the runs alike on
 * a fast and a busy machine, and slow changes (a whole new plan) get hit as often as quick ones.
 */
export type KillAt = { afterGoMs: number } | { afterAcks: number; into: number };

export interface WriterRun {
  lines: Line[];
  /** Milliseconds from go to the ready line, if it came. */
  readyMs: number | null;
  /** How long each acknowledged change took, as seen from here. */
  durations: { kind: Change['kind']; ms: number }[];
}

export interface LoadedWriter {
  go(args: WriterArgs, killAt: KillAt, usualMs: (kind: Change['kind']) => number): Promise<WriterRun>;
  /** Ends a writer that was never told to go (it has not opened anything). */
  dispose(): void;
}

// A writer that is neither killed nor ready by then is stuck; stop it rather than hang the test.
const LIMIT_MS = 60_000;

export function startWriter(bundle: string): Promise<LoadedWriter> {
  const child = spawn(process.execPath, [bundle], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: childEnv(),
  });
  let stdout = '';
  let stderr = '';
  let seen = 0;
  let onLine: (line: Line, at: number) => void = () => {};
  const timers = [setTimeout(() => child.kill('SIGKILL'), LIMIT_MS)];
  const killAfter = (ms: number) => timers.push(setTimeout(() => child.kill('SIGKILL'), ms));

  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    const lines = parseLines(stdout);
    for (const line of lines.slice(seen)) onLine(line, performance.now());
    seen = lines.length;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // 'close' comes after both pipes are drained, so every line the writer managed to write is in.
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => {
      timers.forEach(clearTimeout);
      resolve({ code, signal });
    }),
  );
  const failure = (how: { code: number | null; signal: NodeJS.Signals | null }) => {
    const errors = parseLines(stdout).flatMap((l) => (l.t === 'error' ? [l.message] : []));
    return new Error(`crash writer ended by itself (code ${how.code}, signal ${how.signal}): ${errors.join('; ')} ${stderr}`);
  };

  const writer: LoadedWriter = {
    async go(args, killAt, usualMs) {
      const wentAt = performance.now();
      let readyMs: number | null = null;
      let acks = 0;
      let begun: { kind: Change['kind']; at: number } | null = null;
      const durations: WriterRun['durations'] = [];
      if ('afterGoMs' in killAt) killAfter(killAt.afterGoMs);
      onLine = (line, at) => {
        if (line.t === 'ready') readyMs = at - wentAt;
        if (line.t === 'begin') {
          begun = { kind: line.change.kind, at };
          if ('afterAcks' in killAt && acks === killAt.afterAcks) killAfter(killAt.into * usualMs(line.change.kind));
        }
        if (line.t === 'ack' && begun) {
          durations.push({ kind: begun.kind, ms: at - begun.at });
          acks++;
        }
      };
      child.stdin.end(`${JSON.stringify(args)}\n`);
      const how = await closed;
      if (how.signal !== 'SIGKILL' || performance.now() - wentAt >= LIMIT_MS) throw failure(how);
      return { lines: parseLines(stdout), readyMs, durations };
    },
    dispose: () => void child.kill('SIGKILL'),
  };
  return new Promise((resolve, reject) => {
    onLine = (line) => line.t === 'loaded' && resolve(writer);
    child.on('error', reject);
    void closed.then((how) => reject(failure(how)));
  });
}
