import path from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from './paths';

/**
 * A test's child process (the crash writer, a soak desk) as one esbuild bundle, so each start is a
 * plain `node file.cjs` without a TypeScript loader. The native driver and Automerge (which finds
 * its WebAssembly beside its own files) are loaded from the repo's node_modules: start the child
 * with `childEnv()`.
 */
export async function bundleChildScript(entry: string, outfile: string): Promise<string> {
  await build({
    entryPoints: [path.join(REPO_ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', '@automerge/automerge'],
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

export const childEnv = () => ({ ...process.env, NODE_PATH: path.join(REPO_ROOT, 'node_modules') });
