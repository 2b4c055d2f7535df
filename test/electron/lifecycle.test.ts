import Database from 'better-sqlite3';
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channels } from '../../electron/shared/contract';
import { EVENT_CHANNEL } from '../../electron/shared/events';
import { MIGRATIONS, tempDir } from '../support/paths';
import { fake, FakeBrowserWindow, FakeWebContents } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fake);

const appRoot = tempDir('introplan-app-');
const dataHome = tempDir('introplan-data-');
const previousXdg = process.env.XDG_DATA_HOME;

beforeAll(async () => {
  cpSync(MIGRATIONS, path.join(appRoot, 'db', 'migrations'), { recursive: true });
  mkdirSync(path.join(appRoot, 'dist', 'renderer'), { recursive: true });
  writeFileSync(path.join(appRoot, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Introplan</title>');
  writeFileSync(path.join(appRoot, 'secret.txt'), 'outside the renderer folder');
  fake.app.appPath = appRoot;
  process.env.XDG_DATA_HOME = dataHome;

  const { startApp } = await import('../../electron/main/lifecycle');
  startApp();
  fake.markReady();
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
});

afterAll(() => {
  process.env.XDG_DATA_HOME = previousXdg;
  fake.app.emit('will-quit');
});

describe('startApp', () => {
  it('does the before-ready work: privileged app scheme, sandbox for all, local data folder', () => {
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true } },
    ]);
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(fake.app.paths.get('userData')).toBe(path.join(dataHome, 'introplan'));
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalled();
  });

  it('opens one hardened window on app://introplan/ with the built preload', () => {
    const [window] = FakeBrowserWindow.instances;
    expect(window!.loadedUrl).toBe('app://introplan/index.html');
    expect(window!.options.webPreferences).toMatchObject({
      preload: path.join(appRoot, 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
  });

  it('registers every contract channel, answering from the real database in the local folder', async () => {
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
    const [window] = FakeBrowserWindow.instances;
    const top = { senderFrame: { url: 'app://introplan/index.html', parent: null }, sender: { id: window!.webContents.id } };
    const created = await fake.ipcMain.handlers.get('staff:create-person')!(top, {
      name: 'Lisa Paulsson',
      title: '',
      team: '',
      phone: '',
      email: '',
      roles: ['hr'],
    });
    expect(created).toMatchObject({ ok: true, value: { name: 'Lisa Paulsson' } });
    // The window hears of the change on the event channel, as caused by its own call.
    expect(window!.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, {
      name: 'data-changed',
      payload: { entities: ['person'], hireIds: [] },
      meta: { fromThisWindow: true },
    });
    const info = (await fake.ipcMain.handlers.get('app:get-info')!(top, {})) as { value: { databaseFile: string } };
    expect(info.value.databaseFile).toBe(path.join(dataHome, 'introplan', 'introplan.db'));
  });

  it('guards every web contents the app creates', () => {
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.windowOpenHandler!({ url: 'app://introplan/index.html' })).toEqual({ action: 'deny' });
  });

  it('serves the renderer with the CSP header and refuses paths outside it', async () => {
    const handler = fake.session.defaultSession.protocolHandlers.get('app')!;
    const index = await handler({ url: 'app://introplan/index.html' });
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toMatch(/script-src 'self'.*frame-ancestors 'none'/);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('<title>Introplan</title>');
    for (const url of ['app://introplan/../secret.txt', 'app://introplan/%2e%2e/secret.txt', 'app://introplan/..%2fsecret.txt']) {
      const response = await handler({ url });
      expect(response.status, url).not.toBe(200);
    }
    expect((await handler({ url: 'app://introplan/missing.js' })).status).toBe(404);
  });

  it('denies permissions in the default session', () => {
    const callback = vi.fn();
    (fake.session.defaultSession.permissionRequestHandler as (...a: unknown[]) => void)({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  // Last: quitting closes the database the tests above use.
  it('backs up on quit before the database closes, holding what the earlier tests stored', () => {
    fake.app.emit('will-quit');
    const folder = path.join(dataHome, 'introplan', 'Säkerhetskopior');
    const names = readdirSync(folder);
    expect(names).toEqual([expect.stringMatching(/^introplan-\d{8}-\d{6}-auto\.db$/)]);
    const copy = new Database(path.join(folder, names[0]!), { readonly: true });
    expect(copy.prepare('SELECT name FROM people').pluck().all()).toContain('Lisa Paulsson');
    copy.close();
  });
});
