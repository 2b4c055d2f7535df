import { renameSync, statSync } from 'node:fs';
import { DatabaseUnusableError, type OpenedDatabase } from '../../db/open';
import { acquireWriterLock, otherConnectionsOpen, type WriterLock } from '../../db/writer-lock';
import { openAppDatabase } from './app-database';
import { svText } from '../shared/i18n/translate';
import type { DatabaseOrigin, DatabaseProblem } from '../shared/schemas/database';
import { AppError } from './errors';

interface Opened {
  database: OpenedDatabase;
  lock: WriterLock;
}

const sizeOf = (file: string): number | null => {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
};

/**
 * The database the app is working on: the user's own file, or for a while an example database
 * they chose to try. Switching opens the new file before closing the old, so a failure leaves
 * the current one in use. An own file that cannot be opened is never opened for writing: the
 * session starts without a database, says why (`problem`), and every call that needs one is
 * refused until the user has dealt with it. The open file's writer lock is held all the while.
 */
export class DatabaseSession {
  private opened: Opened | null = null;
  private currentOrigin: DatabaseOrigin = 'own';
  problem: DatabaseProblem | null = null;
  /** Damage the background check found in the open file; the user decides when to go to recovery. */
  damageFound: DatabaseProblem | null = null;

  constructor(
    readonly ownFile: string,
    private readonly migrationsFolder: string,
    /** The app's clock, for the default programme a new file is given. */
    private readonly now: () => string,
    /** Whether backups of the own file exist: then an empty or missing file is a loss, not a first start. */
    private readonly backupsExist: () => boolean = () => false,
  ) {
    this.openOwn();
  }

  private openOwn(): void {
    this.problem = this.lostOwnFile();
    if (this.problem) return;
    try {
      this.opened = this.open(this.ownFile);
      this.currentOrigin = 'own';
    } catch (error) {
      if (!(error instanceof DatabaseUnusableError)) throw error;
      this.problem = { kind: error.kind, detail: error.detail };
    }
  }

  /** An empty or missing own file beside backups: starting afresh would hide the data in them. */
  private lostOwnFile(): DatabaseProblem | null {
    const size = sizeOf(this.ownFile);
    if (size !== null && size > 0) return null;
    if ((sizeOf(`${this.ownFile}-wal`) ?? 0) > 0 || !this.backupsExist()) return null;
    return size === 0 ? { kind: 'empty', detail: `${this.ownFile}: 0 bytes` } : { kind: 'not-found', detail: this.ownFile };
  }

  private open(file: string, lock = acquireWriterLock(file, this.now)): Opened {
    try {
      return { database: openAppDatabase(file, this.migrationsFolder, this.now), lock };
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  private get current(): OpenedDatabase {
    if (!this.opened) throw new AppError('database-unavailable', svText('recovery.unavailable'));
    return this.opened.database;
  }

  get db() {
    return this.current.db;
  }
  get sqlite() {
    return this.current.sqlite;
  }
  get file() {
    return this.opened?.database.file ?? this.ownFile;
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
    if (this.opened && file === this.opened.database.file) return;
    const next = this.open(file);
    this.close();
    this.opened = next;
    this.currentOrigin = origin;
    if (origin === 'own') this.problem = null;
  }

  /** Tries the own file again after the user dealt with what stopped it (another program, permissions). */
  retryOwn(): boolean {
    if (this.opened) return true;
    this.openOwn();
    return this.opened !== null;
  }

  /**
   * Starts afresh beside an empty or missing own file: the empty file is kept under another
   * name, never deleted; the backups stay where they are.
   */
  startEmpty(keepAs: string): void {
    if (this.problem?.kind !== 'empty' && this.problem?.kind !== 'not-found') throw new AppError('conflict', svText('recovery.notNeeded'));
    if (sizeOf(this.ownFile) === 0) renameSync(this.ownFile, keepAs);
    this.opened = this.open(this.ownFile);
    this.currentOrigin = 'own';
    this.problem = null;
  }

  /**
   * Restores into the user's own file: closes it (SQLite checkpoints and removes its -wal), lets
   * `install` put another file in its place, and opens that (migrating an older one), all under
   * the same writer lock. Refused while another connection has the file open: replacing the file
   * would pull its -wal from under it. If the new file does not open the session has no
   * database and the error is thrown: the caller installs one that opens.
   */
  replaceOwnFile(install: (file: string) => void): void {
    const lock = this.opened?.lock ?? acquireWriterLock(this.ownFile, this.now);
    this.opened?.database.close();
    this.opened = null;
    try {
      if (otherConnectionsOpen(this.ownFile)) {
        this.opened = this.open(this.ownFile, lock);
        throw new AppError('conflict', svText('recovery.otherConnection'));
      }
      install(this.ownFile);
      this.opened = this.open(this.ownFile, lock);
    } catch (error) {
      if (!this.opened) lock.release();
      throw error;
    }
    this.currentOrigin = 'own';
    this.problem = null;
  }

  /** Closes the open own file the background check found damaged, so the recovery screen takes over. */
  showDamage(): void {
    if (!this.damageFound || this.origin !== 'own') throw new AppError('conflict', svText('recovery.notNeeded'));
    this.close();
    this.problem = this.damageFound;
    this.damageFound = null;
  }

  close(): void {
    this.opened?.database.close();
    this.opened?.lock.release();
    this.opened = null;
  }
}
