import { DatabaseUnusableError, type OpenedDatabase } from '../../db/open';
import { openAppDatabase } from './app-database';
import { svText } from '../shared/i18n/translate';
import type { DatabaseOrigin, DatabaseProblem } from '../shared/schemas/database';
import { AppError } from './errors';

/**
 * The database the app is working on: the user's own file, or for a while an example database
 * they chose to try. Switching opens the new file before closing the old, so a failure leaves
 * the current one in use. A damaged own file is never opened for writing: the session starts
 * without a database and every call that needs one is refused until the user recovers.
 */
export class DatabaseSession {
  private opened: OpenedDatabase | null = null;
  private currentOrigin: DatabaseOrigin = 'own';
  problem: DatabaseProblem | null = null;

  constructor(
    readonly ownFile: string,
    private readonly migrationsFolder: string,
    /** The app's clock, for the default programme a new file is given. */
    private readonly now: () => string,
  ) {
    try {
      this.opened = this.open(ownFile);
    } catch (error) {
      if (!(error instanceof DatabaseUnusableError)) throw error;
      this.problem = { kind: error.kind, detail: error.detail };
    }
  }

  private open(file: string): OpenedDatabase {
    return openAppDatabase(file, this.migrationsFolder, this.now);
  }

  private get current(): OpenedDatabase {
    if (!this.opened) throw new AppError('database-unavailable', svText('recovery.unavailable'));
    return this.opened;
  }

  get db() {
    return this.current.db;
  }
  get sqlite() {
    return this.current.sqlite;
  }
  get file() {
    return this.opened?.file ?? this.ownFile;
  }
  get isOpen(): boolean {
    return this.opened !== null;
  }
  get origin(): DatabaseOrigin {
    return this.currentOrigin;
  }
  get usingExample() {
    return this.currentOrigin === 'example';
  }

  switchTo(file: string, origin: DatabaseOrigin = file === this.ownFile ? 'own' : 'example'): void {
    if (this.opened && file === this.opened.file) return;
    const next = this.open(file);
    this.opened?.close();
    this.opened = next;
    this.currentOrigin = origin;
    if (origin === 'own') this.problem = null;
  }

  /**
   * Restores into the user's own file: closes it (SQLite checkpoints and removes its -wal), lets
   * `install` put another file in its place, and opens that (migrating an older one). If opening
   * fails the session has no database and the error is thrown: the caller installs one that opens.
   */
  replaceOwnFile(install: (file: string) => void): void {
    this.close();
    install(this.ownFile);
    this.opened = this.open(this.ownFile);
    this.currentOrigin = 'own';
    this.problem = null;
  }

  close(): void {
    this.opened?.close();
    this.opened = null;
  }
}
