import Database from 'better-sqlite3';
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it, vi } from 'vitest';
import { knownMigrationCount, openDatabase } from '../../db/open';
import { MIGRATIONS, tempDir } from '../support/paths';
import { fake, FakeBrowserWindow } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fake);

it('refuses to start on a database from a newer version: a Swedish message, no window, file untouched', async () => {
  const appRoot = tempDir('introplan-app-');
  cpSync(MIGRATIONS, path.join(appRoot, 'db', 'migrations'), { recursive: true });
  const dataHome = tempDir('introplan-data-');
  const file = path.join(dataHome, 'introplan', 'introplan.db');
  mkdirSync(path.dirname(file), { recursive: true });
  openDatabase(file, MIGRATIONS).close();
  const raw = new Database(file);
  raw.pragma(`user_version = ${knownMigrationCount(MIGRATIONS) + 5}`);
  raw.close();

  fake.app.appPath = appRoot;
  const previous = process.env.XDG_DATA_HOME;
  process.env.XDG_DATA_HOME = dataHome;
  const { startApp } = await import('../../electron/main/lifecycle');
  startApp();
  fake.markReady();
  await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
  process.env.XDG_DATA_HOME = previous;

  expect(fake.dialog.showErrorBox).toHaveBeenCalledWith('Introplan kan inte starta', expect.stringMatching(/nyare version av Introplan/));
  expect(FakeBrowserWindow.instances).toHaveLength(0);
  expect(fake.ipcMain.handlers.size).toBe(0);
  const after = new Database(file, { readonly: true });
  expect(after.pragma('user_version', { simple: true })).toBe(knownMigrationCount(MIGRATIONS) + 5);
  after.close();
});
