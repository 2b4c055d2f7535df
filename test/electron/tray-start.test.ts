import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MIGRATIONS, tempDir } from '../support/paths';
import { fake, FakeBrowserWindow, FakeNotification, FakeTray } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fake);

const appRoot = tempDir('introplan-app-');
const dataHome = tempDir('introplan-data-');
const previousXdg = process.env.XDG_DATA_HOME;

// Started by the login item (Windows, macOS): the app waits in the tray for the day's reminder.
beforeAll(async () => {
  cpSync(MIGRATIONS, path.join(appRoot, 'db', 'migrations'), { recursive: true });
  mkdirSync(path.join(appRoot, 'dist', 'renderer'), { recursive: true });
  writeFileSync(path.join(appRoot, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Introplan</title>');
  fake.app.appPath = appRoot;
  process.env.XDG_DATA_HOME = dataHome;
  process.argv.push('--hidden');
  const { startApp } = await import('../../electron/main/lifecycle');
  startApp();
  fake.markReady();
  await vi.waitFor(() => expect(FakeTray.instances).toHaveLength(1));
});

afterAll(() => {
  process.argv.splice(process.argv.indexOf('--hidden'), 1);
  process.env.XDG_DATA_HOME = previousXdg;
  fake.app.emit('will-quit');
});

describe('a start at login', () => {
  it('opens no window, puts Introplan in the tray, and opens the window from its menu', () => {
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    const tray = FakeTray.instances[0]!;
    expect(tray.icon).toBe(path.join(appRoot, 'assets', 'icon.png'));
    expect(tray.menu?.template.map((item) => item.label)).toEqual(['Öppna Introplan', 'Avsluta']);
    // Closing every window leaves the app in the tray rather than quitting it.
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).not.toHaveBeenCalled();
    tray.menu!.template[0]!.click();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('the desktop interface shows notifications that call back on a click, and sets the login item', async () => {
    const { electronDesktop } = await import('../../electron/main/desktop');
    const desktop = electronDesktop(() => undefined);
    const clicked = vi.fn();
    desktop.notify({ title: 'Introplan – dina uppgifter', body: '2 försenade punkter.' }, clicked);
    const note = FakeNotification.shown.at(-1)!;
    expect(note.options).toEqual({ title: 'Introplan – dina uppgifter', body: '2 försenade punkter.' });
    note.emit('click');
    expect(clicked).toHaveBeenCalledOnce();
    desktop.setOpenAtLogin(true);
    expect(fake.app.getLoginItemSettings()).toEqual({ openAtLogin: true, args: ['--hidden'] });
    expect(desktop.openAtLogin()).toBe(true);
  });
});
