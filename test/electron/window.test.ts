import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HOSTILE_URLS } from '../support/hostile-urls';
import { fake, FakeWebContents } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fake);

const { createMainWindow, guardWebContents, lockDownSession, secureWebPreferences } = await import('../../electron/main/window');

beforeEach(() => fake.shell.openExternal.mockClear());

describe('the window factory', () => {
  it('creates a hardened window that loads app://introplan/', () => {
    const window = createMainWindow('/app/dist/electron/preload.cjs') as unknown as {
      options: { webPreferences: Record<string, unknown>; show: boolean };
      loadedUrl: string;
    };
    // Exactly these settings: a new key (say enableBlinkFeatures) must be a reviewed change here too.
    expect(window.options.webPreferences).toStrictEqual({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    });
    expect(window.options.show).toBe(false);
    expect(window.loadedUrl).toBe('app://introplan/index.html');
  });

  it('has no setting that loosens the sandbox', () => {
    const prefs = secureWebPreferences('/p.cjs');
    expect(Object.keys(prefs)).not.toEqual(expect.arrayContaining(['disableBlinkFeatures', 'additionalArguments']));
  });
});

describe('the navigation guards', () => {
  const contents = new FakeWebContents();
  guardWebContents(contents as never);

  it.each(HOSTILE_URLS)('block navigation to %j and never open it outside', (url) => {
    expect(contents.fire('will-navigate', url)).toBe(true);
    expect(contents.fire('will-redirect', url)).toBe(true);
    expect(contents.fire('will-frame-navigate', url)).toBe(true);
    expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('let the page move within app://introplan/', () => {
    expect(contents.fire('will-navigate', 'app://introplan/index.html#/personal')).toBe(false);
    expect(contents.fire('will-redirect', 'app://introplan/index.html')).toBe(false);
  });

  it('open a plain https link in the user browser, never in a new app window', () => {
    expect(contents.fire('will-navigate', 'https://www.kunskapsguiden.se/')).toBe(true);
    expect(contents.windowOpenHandler!({ url: 'https://www.socialstyrelsen.se/bbic' })).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal.mock.calls).toEqual([['https://www.kunskapsguiden.se/'], ['https://www.socialstyrelsen.se/bbic']]);
  });

  it('hand the browser the parsed address, not the text the page gave', () => {
    expect(contents.windowOpenHandler!({ url: '  https://WWW.Kiruna.SE/a%20b' })).toEqual({ action: 'deny' });
    expect(contents.fire('will-navigate', 'https://www.håbo.se/kontakt')).toBe(true);
    expect(fake.shell.openExternal.mock.calls).toEqual([['https://www.kiruna.se/a%20b'], ['https://www.xn--hbo-ula.se/kontakt']]);
  });

  it('refuse every webview', () => {
    expect(contents.fire('will-attach-webview', {}, { src: 'app://introplan/index.html' })).toBe(true);
  });
});

describe('the session lock-down', () => {
  it('denies every permission request, check and device, and every download', () => {
    const session = fake.session.defaultSession;
    lockDownSession(session as never);
    const permissions = [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'clipboard-sanitized-write',
      'openExternal',
      'hid',
      'serial',
      'usb',
      'display-capture',
      'fullscreen',
      'pointerLock',
      'keyboardLock',
      'midi',
      'midiSysex',
      'idle-detection',
      'window-management',
      'fileSystem',
      'storage-access',
      'top-level-storage-access',
      'mediaKeySystem',
      'speaker-selection',
      'unknown',
    ];
    for (const permission of permissions) {
      const callback = vi.fn();
      (session.permissionRequestHandler as (...a: unknown[]) => void)({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect((session.permissionCheckHandler as (...a: unknown[]) => boolean)({}, permission, 'app://introplan')).toBe(false);
    }
    expect((session.devicePermissionHandler as () => boolean)()).toBe(false);
    let prevented = false;
    session.emit('will-download', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });
});
