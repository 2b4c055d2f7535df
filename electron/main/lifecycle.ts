import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import path from 'node:path';
import { DatabaseTooNewError, openDatabase, type OpenedDatabase } from '../../db/open';
import type { HandlerContext } from './ipc/context';
import { handlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { databaseFileIn, localDataDirectory } from './paths';
import { appAssetResponse } from './protocol';
import { APP_ORIGIN, APP_SCHEME } from './security';
import { createMainWindow, guardWebContents, lockDownSession } from './window';

function showStartupError(error: unknown): void {
  const detail =
    error instanceof DatabaseTooNewError
      ? error.message
      : `Databasen kunde inte öppnas: ${error instanceof Error ? error.message : String(error)}`;
  dialog.showErrorBox('Introplan kan inte starta', detail);
}

/**
 * Wires the whole app. Everything that must happen before 'ready' (scheme privileges, sandbox,
 * local data folder, single instance) happens synchronously here; the rest once Electron is ready.
 */
export function startApp(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }]);
  app.enableSandbox();
  const dataDirectory = localDataDirectory(process.platform, process.env);
  app.setPath('userData', dataDirectory);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  let database: OpenedDatabase | undefined;
  let mainWindow: BrowserWindow | undefined;
  const appRoot = app.getAppPath();
  const openWindow = () => {
    mainWindow = createMainWindow(path.join(appRoot, 'dist', 'electron', 'preload.cjs'));
    mainWindow.on('closed', () => (mainWindow = undefined));
  };

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => database?.close());

  void app.whenReady().then(() => {
    try {
      database = openDatabase(databaseFileIn(dataDirectory), path.join(appRoot, 'db', 'migrations'));
    } catch (error) {
      showStartupError(error);
      app.quit();
      return;
    }
    const ctx: HandlerContext = {
      db: database.db,
      now: () => new Date().toISOString(),
      appInfo: { version: app.getVersion(), dataDirectory, databaseFile: database.file },
    };
    lockDownSession(session.defaultSession);
    const rendererRoot = path.join(appRoot, 'dist', 'renderer');
    session.defaultSession.protocol.handle(APP_SCHEME, (request) => appAssetResponse(rendererRoot, request.url));
    registerIpc(ipcMain, handlers, ctx, APP_ORIGIN);
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });
}
