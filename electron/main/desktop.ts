import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { Desktop } from './ipc/context';

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
  };
}
