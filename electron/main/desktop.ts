import { app, dialog, Notification, shell, type BrowserWindow } from 'electron';
import { userInfo } from 'node:os';
import type { Desktop } from './ipc/context';

/** Passed by the login item: start in the tray without a window. */
export const HIDDEN_FLAG = '--hidden';

/** The real file dialogs, attached to the main window so they are modal to it. */
export function electronDesktop(window: () => BrowserWindow | undefined): Desktop {
  const parentOf = () => window();
  return {
    async chooseSaveFile({ title, defaultName, filters }) {
      const parent = parentOf();
      const options = { title, defaultPath: defaultName, filters };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenFile({ title, filters }) {
      const parent = parentOf();
      const options = { title, filters, properties: ['openFile' as const] };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFolder({ title }) {
      const parent = parentOf();
      const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async openFile(file) {
      const error = await shell.openPath(file);
      if (error) throw new Error(error);
    },
    quit: () => app.quit(),
    accountName: () => userInfo().username,
    notify({ title, body }, onClick) {
      // Without support (some Linux desktops) the badge in the menu still tells.
      if (!Notification.isSupported()) return;
      const note = new Notification({ title, body });
      note.on('click', onClick);
      note.show();
    },
    openAtLogin: () => app.getLoginItemSettings().openAtLogin,
    setOpenAtLogin(on) {
      // Windows and macOS; started this way the app waits in the tray (lifecycle.ts).
      app.setLoginItemSettings({ openAtLogin: on, args: [HIDDEN_FLAG] });
    },
  };
}
