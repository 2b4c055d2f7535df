import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';
import { openDatabase } from '../../db/open';
import { MIGRATIONS, tempDir } from '../support/paths';
import { fake } from './fake-electron';

/**
 * Starts the main process on the fake Electron (the calling test file mocks 'electron' with it) as the
 * packaged app would: migrations under the app folder, the database at its usual place in a fresh data
 * folder. The database is created current, then `spoil` changes it the way the test needs; the call
 * returns the file once `started` passes, so the test can check what the start did to it.
 */
export async function startOnDatabase(spoil: (file: string) => void, started: () => void): Promise<string> {
  const appRoot = tempDir('introplan-app-');
  cpSync(MIGRATIONS, path.join(appRoot, 'db', 'migrations'), { recursive: true });
  const dataHome = tempDir('introplan-data-');
  const file = path.join(dataHome, 'introplan', 'introplan.db');
  mkdirSync(path.dirname(file), { recursive: true });
  openDatabase(file, MIGRATIONS).close();
  spoil(file);

  fake.app.appPath = appRoot;
  const previous = process.env.XDG_DATA_HOME;
  process.env.XDG_DATA_HOME = dataHome;
  try {
    const { startApp } = await import('../../electron/main/lifecycle');
    startApp();
    fake.markReady();
    await vi.waitFor(started);
  } finally {
    if (previous === undefined) delete process.env.XDG_DATA_HOME;
    else process.env.XDG_DATA_HOME = previous;
  }
  return file;
}
