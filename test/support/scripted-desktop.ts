import type { Desktop } from '../../electron/main/ipc/context';

/**
 * Stands in for the operating system's dialogs: a test says what the user will pick next;
 * with nothing queued, the dialog counts as cancelled. Opened files are recorded.
 */
export class ScriptedDesktop implements Desktop {
  private readonly answers = { save: [] as string[], open: [] as string[], folder: [] as string[] };
  readonly opened: string[] = [];
  quitRequested = false;
  readonly asked: { kind: 'save' | 'open' | 'folder'; title: string; defaultName?: string }[] = [];

  answerSave(file: string): this {
    this.answers.save.push(file);
    return this;
  }
  answerOpen(file: string): this {
    this.answers.open.push(file);
    return this;
  }
  answerFolder(folder: string): this {
    this.answers.folder.push(folder);
    return this;
  }

  chooseSaveFile({ title, defaultName }: { title: string; defaultName: string }): Promise<string | null> {
    this.asked.push({ kind: 'save', title, defaultName });
    return Promise.resolve(this.answers.save.shift() ?? null);
  }
  chooseOpenFile({ title }: { title: string }): Promise<string | null> {
    this.asked.push({ kind: 'open', title });
    return Promise.resolve(this.answers.open.shift() ?? null);
  }
  chooseFolder({ title }: { title: string }): Promise<string | null> {
    this.asked.push({ kind: 'folder', title });
    return Promise.resolve(this.answers.folder.shift() ?? null);
  }
  quit(): void {
    this.quitRequested = true;
  }
  openFile(file: string): Promise<void> {
    this.opened.push(file);
    return Promise.resolve();
  }

  /** Notifications shown, newest last; `click` does what clicking one on the desktop would. */
  readonly notifications: { title: string; body: string; click: () => void }[] = [];
  loginItem = false;
  /** The operating-system account the test says is logged in. */
  account = 'anna';
  accountName(): string {
    return this.account;
  }
  notify(note: { title: string; body: string }, onClick: () => void): void {
    this.notifications.push({ ...note, click: onClick });
  }
  openAtLogin(): boolean {
    return this.loginItem;
  }
  setOpenAtLogin(on: boolean): void {
    this.loginItem = on;
  }
}
