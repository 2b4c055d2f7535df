import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { expect, it, vi } from 'vitest';
import { fake, FakeBrowserWindow } from './fake-electron';
import { startOnDatabase } from './start-on-database';

vi.mock('electron', async () => (await import('./fake-electron')).fake);

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

it('starts on a damaged database with the window and the recovery calls, and leaves the file as it was', async () => {
  let before = '';
  const file = await startOnDatabase(
    (dbFile) => {
      const bytes = readFileSync(dbFile);
      bytes.fill(0xa5, 2 * 4096, 6 * 4096);
      writeFileSync(dbFile, bytes);
      before = sha(dbFile);
    },
    () => expect(FakeBrowserWindow.instances).toHaveLength(1),
  );

  expect(fake.dialog.showErrorBox).not.toHaveBeenCalled();
  expect(fake.ipcMain.handlers.has('recovery:restore-backup')).toBe(true);
  fake.app.emit('will-quit'); // no automatic backup of a file that could not be opened
  expect(sha(file)).toBe(before);
});
