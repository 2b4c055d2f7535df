import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BinderWorker } from '../../electron/main/services/binder/jobs';
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
