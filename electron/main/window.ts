import { BrowserWindow, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { APP_ENTRY_URL, externalUrl, isAppUrl } from './security';

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
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
  };
}

/** Opens a link in the user's browser when it is a plain https: URL; anything else is dropped. */
export function openExternally(url: string): void {
  const href = externalUrl(url);
  if (href) void shell.openExternal(href);
}

/**
 * Applied to every web contents the app ever creates (from app 'web-contents-created'):
 * the page may only move within app://introplan/, never open windows, never embed webviews.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openExternally(url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
}

/** Introplan needs no camera, microphone, location, notifications or devices: deny them all. */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
}

export function createMainWindow(preload: string, route = ''): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Introplan',
    backgroundColor: '#f8f9fa',
    webPreferences: secureWebPreferences(preload),
  });
  window.once('ready-to-show', () => window.show());
  // A route ("/mina-uppgifter" from a reminder) goes in the hash, where the page's router reads it.
  void window.loadURL(route ? `${APP_ENTRY_URL}#${route}` : APP_ENTRY_URL);
  return window;
}
