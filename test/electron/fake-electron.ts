/**
 * A recording stand-in for the 'electron' module, so the main-process glue can run in Node.
 * It records what the app registers (events, IPC channels, protocol handlers, windows) and lets
 * tests fire events the way Electron would.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  /** What main sent the page (events). */
  send = vi.fn();
  windowOpenHandler?: (details: { url: string }) => { action: string };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  /** Fires an event and reports whether a listener called preventDefault(). */
  fire(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    const evt = { preventDefault: () => (prevented = true), url: typeof args[0] === 'string' ? args[0] : '' };
    this.emit(event, evt, ...args);
    return prevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows = () => FakeBrowserWindow.instances;
  readonly webContents = new FakeWebContents();
  loadedUrl?: string;
  constructor(readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> }) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = () => false;
}

/** The tray icon the app puts up when it starts hidden at login. */
export class FakeTray extends EventEmitter {
  static instances: FakeTray[] = [];
  menu?: { template: { label: string; click: () => void }[] };
  setToolTip = vi.fn();
  constructor(readonly icon: string) {
    super();
    FakeTray.instances.push(this);
  }
  setContextMenu(menu: { template: { label: string; click: () => void }[] }) {
    this.menu = menu;
  }
}

/** A desktop notification; `shown` lists those shown, and emitting 'click' is the person clicking it. */
export class FakeNotification extends EventEmitter {
  static shown: FakeNotification[] = [];
  static isSupported = () => true;
  constructor(readonly options: { title: string; body: string }) {
    super();
  }
  show() {
    FakeNotification.shown.push(this);
  }
}

function createSession() {
  const session = new EventEmitter() as EventEmitter & Record<string, unknown>;
  return Object.assign(session, {
    permissionRequestHandler: undefined as Listener | undefined,
    permissionCheckHandler: undefined as Listener | undefined,
    devicePermissionHandler: undefined as Listener | undefined,
    protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    setPermissionRequestHandler(h: Listener) {
      this.permissionRequestHandler = h;
    },
    setPermissionCheckHandler(h: Listener) {
      this.permissionCheckHandler = h;
    },
    setDevicePermissionHandler(h: Listener) {
      this.devicePermissionHandler = h;
    },
    protocol: {
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => {
        (session.protocolHandlers as Map<string, unknown>).set(scheme, handler);
      },
    },
  });
}

let resolveReady: () => void = () => undefined;

export const fake = {
  app: Object.assign(new EventEmitter(), {
    paths: new Map<string, string>(),
    appPath: '',
    ready: new Promise<void>((resolve) => (resolveReady = resolve)),
    enableSandbox: vi.fn(),
    quit: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    getVersion: () => '0.1.0-test',
    getAppPath() {
      return this.appPath;
    },
    setPath(name: string, value: string) {
      this.paths.set(name, value);
    },
    getPath(name: string) {
      return this.paths.get(name) ?? `/fake/${name}`;
    },
    whenReady() {
      return this.ready;
    },
    loginItem: { openAtLogin: false, args: [] as string[] },
    getLoginItemSettings() {
      return this.loginItem;
    },
    setLoginItemSettings(settings: { openAtLogin: boolean; args: string[] }) {
      this.loginItem = settings;
    },
  }),
  markReady: () => resolveReady(),
  BrowserWindow: FakeBrowserWindow,
  Tray: FakeTray,
  Notification: FakeNotification,
  Menu: { buildFromTemplate: (template: { label: string; click: () => void }[]) => ({ template }) },
  ipcMain: {
    handlers: new Map<string, Listener>(),
    handle(channel: string, listener: Listener) {
      if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      this.handlers.set(channel, listener);
    },
  },
  protocol: { registerSchemesAsPrivileged: vi.fn() },
  session: { defaultSession: createSession() },
  shell: { openExternal: vi.fn(() => Promise.resolve()) },
  dialog: { showErrorBox: vi.fn() },
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(() => Promise.resolve()), on: vi.fn() },
};
