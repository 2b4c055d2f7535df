import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, Tray } from 'electron';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DatabaseTooNewError } from '../../db/open';
import { DatabaseSession } from './database-session';
import { AutomaticBackups } from './services/backup/automatic';
import { hasBackups } from './services/backup/list';
import { finishPendingScrub } from './services/erase';
import { checkOpenDatabase } from './services/background-check';
import { BinderWorker } from './services/binder/jobs';
import { createHandlerContext } from './ipc/context';
import type { Sharing } from './sync/sharing';
import { createEventBus } from './ipc/events';
import { EVENT_CHANNEL } from '../shared/events';
import { electronDesktop, HIDDEN_FLAG } from './desktop';
import { remindIfDue } from './services/reminders';
import { recogniseAccount } from './services/account';
import { handlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { databaseFileIn, localDataDirectory } from './paths';
import { appAssetResponse } from './protocol';
import { APP_ORIGIN, APP_SCHEME } from './security';
import { createMainWindow, guardWebContents, lockDownSession } from './window';

const SCRUB_RETRY_MS = 5 * 60 * 1000;
const REMINDER_CHECK_MS = 60 * 1000;
const MY_WORK_ROUTE = '/mina-uppgifter';
// Once the user is at work: the check reads the whole file, and the start should not wait for it.
const BACKGROUND_CHECK_DELAY_MS = 2 * 60 * 1000;

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

  let database: DatabaseSession | undefined;
  let mainWindow: BrowserWindow | undefined;
  const appRoot = app.getAppPath();
  const migrationsFolder = path.join(appRoot, 'db', 'migrations');
  const openWindow = (route = '') => {
    mainWindow = createMainWindow(path.join(appRoot, 'dist', 'electron', 'preload.cjs'), route);
    mainWindow.on('closed', () => (mainWindow = undefined));
    // Coming back to the window is when a user expects to see what colleagues did meanwhile.
    mainWindow.on('focus', () => void sharing?.pass());
  };

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  // Started by the login item: the app waits in the tray, for the day's reminder, without a window.
  const startHidden = process.argv.includes(HIDDEN_FLAG);
  let tray: Tray | undefined;
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' && !tray) app.quit();
  });
  let backups: AutomaticBackups | undefined;
  let sharing: Sharing | undefined;
  // The worker file is unpacked from the asar archive (electron-builder.yml): a worker thread
  // loads its script from disk.
  const binders = new BinderWorker(path.join(appRoot.replace(/app\.asar$/, 'app.asar.unpacked'), 'dist', 'electron', 'binder-worker.cjs'));
  app.on('will-quit', () => {
    backups?.onQuit(); // before the database closes; never throws
    sharing?.stop();
    void binders.close();
    database?.close();
  });

  void app.whenReady().then(() => {
    const now = () => new Date().toISOString();
    try {
      database = new DatabaseSession(databaseFileIn(dataDirectory), migrationsFolder, now, () => hasBackups(dataDirectory));
    } catch (error) {
      showStartupError(error);
      app.quit();
      return;
    }
    const ctx = createHandlerContext({
      session: database,
      user: { personId: null },
      now,
      version: app.getVersion(),
      dataDirectory,
      desktop: electronDesktop(() => mainWindow),
      events: createEventBus(() =>
        BrowserWindow.getAllWindows().map(({ webContents }) => ({
          id: webContents.id,
          send: (envelope) => webContents.send(EVENT_CHANNEL, envelope),
        })),
      ),
      binders,
      migrationsFolder,
    });
    lockDownSession(session.defaultSession);
    const rendererRoot = path.join(appRoot, 'dist', 'renderer');
    session.defaultSession.protocol.handle(APP_SCHEME, (request) => appAssetResponse(rendererRoot, request.url));
    registerIpc(ipcMain, handlers, ctx, APP_ORIGIN);
    backups = new AutomaticBackups(ctx);
    backups.start();
    sharing = ctx.sharing;
    sharing.start();
    // An erase whose cleaning of the file was held up (a reader, a full disk) is finished here.
    const finishScrub = () => database?.isOpen && finishPendingScrub(ctx, database.file, database.sqlite);
    finishScrub();
    setInterval(finishScrub, SCRUB_RETRY_MS).unref();
    // A worker loads better-sqlite3 from disk, so from the unpacked copy of the app's archive.
    const driver = createRequire(__filename)
      .resolve('better-sqlite3')
      .replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
    setTimeout(() => void checkOpenDatabase(ctx, driver), BACKGROUND_CHECK_DELAY_MS).unref();
    // A clicked reminder opens Mina uppgifter: in the open window, or in a new one on that page.
    const openMyWork = () => {
      if (!mainWindow) return openWindow(MY_WORK_ROUTE);
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.show();
      mainWindow.focus();
      ctx.events.publish('open-my-work', {});
    };
    const remind = (reason: 'start' | 'timer') => () => void remindIfDue(ctx, reason, openMyWork);
    recogniseAccount(ctx);
    setTimeout(remind('start'), 0);
    setInterval(remind('timer'), REMINDER_CHECK_MS).unref();
    if (startHidden) {
      tray = new Tray(path.join(appRoot, 'assets', 'icon.png'));
      tray.setToolTip('Introplan');
      tray.setContextMenu(
        Menu.buildFromTemplate([
          { label: 'Öppna Introplan', click: () => (mainWindow ? mainWindow.show() : openWindow()) },
          { label: 'Avsluta', click: () => app.quit() },
        ]),
      );
      tray.on('click', () => (mainWindow ? mainWindow.show() : openWindow()));
    } else openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });
}
