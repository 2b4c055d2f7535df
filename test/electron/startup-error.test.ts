import Database from 'better-sqlite3';
import { expect, it, vi } from 'vitest';
import { knownMigrationCount } from '../../db/open';
import { MIGRATIONS } from '../support/paths';
import { fake, FakeBrowserWindow } from './fake-electron';
import { startOnDatabase } from './start-on-database';

vi.mock('electron', async () => (await import('./fake-electron')).fake);

it('refuses to start on a database from a newer version: a Swedish message, no window, file untouched', async () => {
  const file = await startOnDatabase(
    (dbFile) => {
      const raw = new Database(dbFile);
      raw.pragma(`user_version = ${knownMigrationCount(MIGRATIONS) + 5}`);
      raw.close();
    },
    () => expect(fake.app.quit).toHaveBeenCalled(),
  );

  expect(fake.dialog.showErrorBox).toHaveBeenCalledWith('Introplan kan inte starta', expect.stringMatching(/nyare version av Introplan/));
  expect(FakeBrowserWindow.instances).toHaveLength(0);
  expect(fake.ipcMain.handlers.size).toBe(0);
  const after = new Database(file, { readonly: true });
  expect(after.pragma('user_version', { simple: true })).toBe(knownMigrationCount(MIGRATIONS) + 5);
  after.close();
});
