import { getLastAutomatic, setLastAutomatic } from '../../../../db/queries/backup-settings';
import type { AutomaticResult } from '../../../shared/schemas/backup';
import { backupFolderOf } from './folder';
import { adoptUpgradeCopies } from './upgrade-copies';
import { readBackupNames } from './list';
import { BackupFailedError } from './write';
import { createBackup, removeCrashedTemps, rotateBackups, usingOwnDatabase, type BackupContext } from './create';
import type { HandlerContext } from '../../ipc/context';
import { copySharedFolder } from '../../sync/folder-copies';

/** The timer functions, injected so a test can drive the clock. */
export interface Timers {
  after(ms: number, run: () => void): unknown;
  every(ms: number, run: () => void): unknown;
  cancel(handle: unknown): void;
}

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

// unref: a pending check must never keep the app alive after its windows are gone.
const nodeTimers: Timers = {
  after: (ms, run) => setTimeout(run, ms).unref(),
  every: (ms, run) => setInterval(run, ms).unref(),
  cancel: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * Automatic backups: soon after start and every hour, when the newest automatic backup is a day
 * old (or there is none); always on quit. Rotation follows each one. A failure (a network share
 * offline, a full disk) is stored for the settings page and never reaches the user's work.
 */
export class AutomaticBackups {
  private handles: unknown[] = [];
  private stopped = false;

  constructor(
    private readonly ctx: BackupContext & Pick<HandlerContext, 'events'>,
    private readonly timers: Timers = nodeTimers,
    private readonly startDelayMs = 10_000,
  ) {}

  start(): void {
    try {
      removeCrashedTemps(backupFolderOf(this.ctx.db, this.ctx.dataDirectory).folder);
      adoptUpgradeCopies(this.ctx);
    } catch (error) {
      console.error('[backup] could not clean up after a crashed backup or adopt the copies made before an upgrade', error);
    }
    // Not at once: the window should appear before a backup of a large file holds main up.
    this.handles.push(this.timers.after(this.startDelayMs, () => this.runIfDue()));
    this.handles.push(this.timers.every(HOUR_MS, () => this.runIfDue()));
  }

  /**
   * Whether the clock stands before the last automatic run or the newest backup: set back, or it
   * was ahead when they were made.
   */
  private clockBehind(): boolean {
    const now = Date.parse(this.ctx.now());
    const last = getLastAutomatic(this.ctx.db);
    if (last && now < Date.parse(last.at)) return true;
    try {
      const { folder, isDefault } = backupFolderOf(this.ctx.db, this.ctx.dataDirectory);
      const newest = readBackupNames(folder, isDefault).at(-1);
      return !!newest && now < new Date(newest.takenAt).getTime();
    } catch {
      return false;
    }
  }

  /**
   * Due a day after the last automatic run (stored, not read from backup names, which a wrong clock
   * makes lie), when there was none, and whenever the clock stands before the last run: a clock
   * set back or corrected after running ahead must not stop backups for days.
   */
  isDue(): boolean {
    const now = Date.parse(this.ctx.now());
    const last = getLastAutomatic(this.ctx.db);
    // A failed run is tried again every hour, as before.
    if (last?.ok) return now < Date.parse(last.at) || now - Date.parse(last.at) >= DAY_MS;
    try {
      const { folder, isDefault } = backupFolderOf(this.ctx.db, this.ctx.dataDirectory);
      const newest = readBackupNames(folder, isDefault)
        .filter((b) => b.kind === 'auto')
        .at(-1);
      const taken = newest ? new Date(newest.takenAt).getTime() : NaN;
      return !newest || now < taken || now - taken >= DAY_MS;
    } catch {
      return true;
    }
  }

  runIfDue(): AutomaticResult | null {
    if (this.stopped || !this.hasOwnDatabase() || !this.isDue()) return null;
    return this.run();
  }

  /** Backs up and rotates now; never throws. */
  run(): AutomaticResult {
    const at = this.ctx.now();
    const clockWarning = this.clockBehind();
    let result: AutomaticResult;
    try {
      const entry = createBackup(this.ctx, 'auto');
      result = { at, ok: true, takenAt: entry.takenAt, failure: null, ...(clockWarning && { clockWarning }) };
      rotateBackups(this.ctx, entry.name);
      // When this computer asks for it, the shared folder goes along (in the background: a share may be slow).
      void copySharedFolder(this.ctx);
    } catch (error) {
      if (!(error instanceof BackupFailedError)) console.error('[backup] automatic backup failed', error);
      result = { at, ok: false, takenAt: null, failure: error instanceof BackupFailedError ? error.failure : 'write-failed' };
    }
    try {
      setLastAutomatic(this.ctx.db, result);
    } catch (error) {
      console.error('[backup] could not record the result', error);
    }
    // The settings page shows the newest backup and the last result; an open one refreshes.
    this.ctx.events.publish('backup-finished', { ok: result.ok, kind: 'auto' });
    return result;
  }

  /** From Electron's will-quit, before the database closes: the day's last state is the one worth keeping. */
  onQuit(): void {
    if (this.stopped) return;
    this.stop();
    if (this.hasOwnDatabase()) this.run();
  }

  stop(): void {
    this.stopped = true;
    for (const handle of this.handles) this.timers.cancel(handle);
    this.handles = [];
  }

  private hasOwnDatabase(): boolean {
    try {
      return usingOwnDatabase(this.ctx) && Boolean(this.ctx.session.sqlite.open);
    } catch {
      return false; // no database open (the file could not be opened at start)
    }
  }
}
