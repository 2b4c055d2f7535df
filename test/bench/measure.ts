/**
 * Timing with warm-up and repeated runs. The warm-up runs let V8 compile the hot paths and
 * SQLite fill its page cache, so p50/p95 describe the app as it runs after the first minute.
 */
import { performance } from 'node:perf_hooks';

export interface Timing {
  p50: number;
  p95: number;
}

export interface Measured extends Timing {
  runs: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile: the smallest sample with at least `p` of the samples at or below it. */
export function percentile(samples: readonly number[], p: number): number {
  if (!samples.length) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

export function summarize(samples: readonly number[]): Measured {
  return {
    p50: round(percentile(samples, 0.5)),
    p95: round(percentile(samples, 0.95)),
    runs: samples.length,
    min: round(Math.min(...samples)),
    max: round(Math.max(...samples)),
  };
}

/**
 * Runs `run(i)` `warmup` times untimed, then `runs` times timed. `run` may time itself by
 * returning a number (ms), for runs whose set-up must stay out of the figure.
 */
export async function measure(run: (i: number) => unknown, { warmup, runs }: { warmup: number; runs: number }): Promise<Measured> {
  for (let i = 0; i < warmup; i++) await run(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const own = await run(warmup + i);
    samples.push(typeof own === 'number' ? own : performance.now() - started);
  }
  return summarize(samples);
}

export const timing = ({ p50, p95 }: Timing): Timing => ({ p50, p95 });
