import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const MIGRATIONS = path.join(REPO_ROOT, 'db', 'migrations');
export const RENDERER_DIST = process.env.RENDERER_OUT ?? path.join(REPO_ROOT, 'dist', 'renderer');
export const TEST_RESULTS = path.join(REPO_ROOT, 'test-results');

export const tempDir = (prefix = 'introplan-test-') => mkdtempSync(path.join(os.tmpdir(), prefix));
export const tempDbPath = () => path.join(tempDir(), 'introplan.db');
