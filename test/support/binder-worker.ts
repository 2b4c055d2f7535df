import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BinderCancelledError, BinderWorker, type BinderMaker } from '../../electron/main/services/binder/jobs';
import { REPO_ROOT } from './paths';

let script: Promise<string> | undefined;

/** The binder worker bundled as the app bundles it (package.json build:worker), once per test process. */
export function binderWorkerScript(): Promise<string> {
  script ??= (async () => {
    const outfile = path.join(mkdtempSync(path.join(os.tmpdir(), 'introplan-worker-')), 'binder-worker.cjs');
    await build({
      entryPoints: [path.join(REPO_ROOT, 'electron', 'main', 'services', 'binder', 'binder-worker.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['electron'],
      outfile,
      logLevel: 'silent',
    });
    return outfile;
  })();
  return script;
}

/** A real binder worker for a test's app context; it builds its script on the first binder. */
export const testBinders = () => new BinderWorker(binderWorkerScript);

/**
 * The real binder worker, but a finished binder is held back until it is cancelled or `release`d:
 * on a fast machine a 1000-item binder is done before a test can press "Avbryt" (CI, December 2026).
 * Stopping the worker itself mid-layout is tested in test/db/binder-worker.test.ts.
 */
export function heldBinders(): { binders: BinderMaker; release(): void } {
  const worker = testBinders();
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const binders: BinderMaker = {
    async make(data, printedAt, options = {}) {
      const pdf = await worker.make(data, printedAt, options);
      await new Promise<void>((resolve, reject) => {
        if (options.signal?.aborted) return reject(new BinderCancelledError());
        options.signal?.addEventListener('abort', () => reject(new BinderCancelledError()), { once: true });
        void released.then(resolve);
      });
      return pdf;
    },
    close: () => worker.close(),
  };
  return { binders, release: () => release() };
}
