import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '../../../db/client';
import { hires } from '../../../db/schema';
import { deskSharing, forgetSyncState, lastAuditId, setAuditMark, setDeskSharing } from '../../../db/queries/sync-state';
import type { ConflictRef, HireConflict, SharingStatus } from '../../shared/schemas/sharing';
import { svText } from '../../shared/i18n/translate';
import { AppError } from '../errors';
import { audited } from '../ipc/audited';
import type { HandlerContext } from '../ipc/context';
import { eraseHire } from '../services/erase';
import { hireOrFail } from '../services/plans';
import { DeskSync, type CycleResult } from './desk-sync';
import { describeConflicts } from './conflict-view';
import { eraseFromFolderCopies } from './folder-copies';
import { adoptFolderIdentities } from './join';
import { SharedFolder } from './shared-folder';

/** The folder as a reader sees it, before this computer has an installation id there; it writes nothing. */
const readerOf = (folder: string) => new SharedFolder(folder, 'ny');

/** How often the folder is looked at while the app runs (and at once when the window gets focus). */
export const POLL_MS = 15_000;

type SharingContext = Pick<HandlerContext, 'db' | 'session' | 'now' | 'events' | 'dataDirectory'>;

/**
 * This computer's sharing of its data through a folder: the settings, a pass every few seconds
 * that never blocks the window or loses work when the folder is away, the status line, and the
 * conflicts a hire page shows. Runs only on the own database, never on the example.
 */
export class Sharing {
  private desk: DeskSync | null = null;
  private deskDb: Db | null = null;
  private running: Promise<SharingStatus> | null = null;
  private next: Promise<SharingStatus> | null = null;
  private last: CycleResult | null = null;
  private lastReachedAt: string | null = null;
  private timer: NodeJS.Timeout | undefined;

  /** When a desk folds its own files of a document into one (see SharedFolder.compact); the soak shortens it. */
  compaction = { atLeast: 20, graceMs: 10 * 60_000 };

  constructor(private readonly ctx: SharingContext) {}

  private deskSync(): DeskSync | null {
    if (!this.ctx.session.isOpen || this.ctx.session.origin !== 'own') return null;
    const db = this.ctx.db;
    const settings = deskSharing(db);
    if (!settings) {
      this.desk = null;
      return null;
    }
    // A restore or a reopened file is another connection: start over from what that file says.
    if (this.desk && this.deskDb === db && this.desk.folder.root === settings.folder) return this.desk;
    this.desk = new DeskSync(this.ctx, new SharedFolder(settings.folder, settings.installation), {
      installation: settings.installation,
      label: settings.label,
      eraseLocally: (hireId) => eraseHire(this.ctx, this.ctx.session.file, this.ctx.session.sqlite, hireId, null, 'sync.erased-elsewhere'),
      eraseFromCopies: (docId) => eraseFromFolderCopies(this.ctx, docId),
      compaction: this.compaction,
    });
    this.deskDb = db;
    this.last = null;
    return this.desk;
  }

  status(): SharingStatus {
    const base = {
      folder: null,
      label: '',
      lastReachedAt: null,
      waiting: 0,
      conflicts: 0,
      setAside: 0,
      otherDesks: 0,
      copyToBackups: false,
    };
    if (!this.ctx.session.isOpen) return { state: 'off', ...base };
    if (this.ctx.session.origin !== 'own') return { state: 'example', ...base };
    const settings = deskSharing(this.ctx.db);
    if (!settings) return { state: 'off', ...base };
    const desk = this.deskSync();
    return {
      state: this.last && !this.last.reached ? 'away' : 'ok',
      folder: settings.folder,
      label: settings.label,
      lastReachedAt: this.lastReachedAt,
      waiting: this.last?.waiting ?? 0,
      conflicts: desk?.conflictCount() ?? 0,
      setAside: this.last?.setAside.length ?? 0,
      otherDesks: Math.max(0, (desk?.desks().size ?? 1) - 1),
      copyToBackups: settings.copyToBackups,
    };
  }

  /** What the last look at the folder did (read, written, waiting), or null before the first. */
  get lastPass(): CycleResult | null {
    return this.last;
  }

  /**
   * One look at the folder, never two at once. Asked for while one runs, it is the next look,
   * right after that one (however many ask meanwhile): the running look may have passed the
   * documents that changed since, and waiting for the next tick would leave them a whole interval.
   */
  pass(): Promise<SharingStatus> {
    if (this.running) {
      this.next ??= this.running.then(() => {
        this.next = null;
        return this.pass();
      });
      return this.next;
    }
    this.running = this.run().finally(() => (this.running = null));
    return this.running;
  }

  private async run(): Promise<SharingStatus> {
    const desk = this.deskSync();
    if (desk) {
      try {
        this.last = await desk.cycle();
        if (this.last.reached) this.lastReachedAt = this.ctx.now();
      } catch (error) {
        // Never the user's work: what did not go out waits in SQLite for the next pass.
        console.error('[sync] a pass over the shared folder failed', error);
      }
    }
    const status = this.status();
    this.ctx.events.publish('sync-status', status);
    return status;
  }

  start(intervalMs = POLL_MS): void {
    this.stop();
    this.timer = setInterval(() => void this.pass(), intervalMs);
    this.timer.unref();
    void this.pass();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Starts sharing into an empty folder: this computer's data goes out on the first pass. */
  async create(folder: string, by: number | null): Promise<SharingStatus> {
    if ((await readerOf(folder).installations()).length) throw new AppError('conflict', svText('sharing.folderInUse'));
    this.enter(folder, by, 'sync.created', () => undefined);
    return this.pass();
  }

  /**
   * Joins a folder other computers share. "merge": this computer's data goes in too, with the
   * people and programmes both sides have matched first, so they are one, not two; "folder":
   * only the folder's data comes in (refused while this computer has hires of its own).
   */
  async join(folder: string, mode: 'merge' | 'folder', by: number | null): Promise<SharingStatus> {
    const shared = readerOf(folder);
    if (!(await shared.installations()).length) throw new AppError('conflict', svText('sharing.folderEmpty'));
    if (mode === 'folder' && this.hasHires()) {
      throw new AppError('conflict', svText('sharing.ownHiresExist'));
    }
    const identities = mode === 'merge' ? await adoptFolderIdentities(this.ctx.db, shared) : null;
    this.enter(folder, by, 'sync.joined', (tx) => {
      identities?.apply(tx);
      // Taking only the folder's: what this file held before is not sent.
      if (mode === 'folder') setAuditMark(tx, lastAuditId(tx) + 1);
    });
    return this.pass();
  }

  private hasHires(): boolean {
    return this.ctx.db.select({ id: hires.id }).from(hires).limit(1).get() !== undefined;
  }

  /** This computer's own settings for a folder, under a new installation id, with its audit row. */
  private enter(folder: string, by: number | null, action: 'sync.created' | 'sync.joined', more: (tx: Db) => void): void {
    const installation = randomBytes(16).toString('hex');
    audited(
      this.ctx,
      by,
      (tx) => {
        forgetSyncState(tx);
        setDeskSharing(tx, { folder, installation, label: hostname(), copyToBackups: false });
        more(tx);
      },
      { entity: 'sync', action, detail: {} },
    );
    this.desk = null;
  }

  /** Whether the backup routine also copies the shared folder (this computer's choice). */
  setCopyToBackups(on: boolean, by: number | null): SharingStatus {
    const settings = deskSharing(this.ctx.db);
    if (!settings) throw new AppError('conflict', svText('sharing.notShared'));
    audited(this.ctx, by, (tx) => setDeskSharing(tx, { ...settings, copyToBackups: on }), {
      entity: 'sync',
      action: 'sync.backup-copies',
      detail: { on },
    });
    return this.status();
  }

  /** Stops sharing; the data stays on this computer, the folder keeps what it has. */
  leave(by: number | null): SharingStatus {
    audited(
      this.ctx,
      by,
      (tx) => {
        setDeskSharing(tx, null);
        forgetSyncState(tx);
      },
      { entity: 'sync', action: 'sync.left', detail: {} },
    );
    this.desk = null;
    this.last = null;
    this.lastReachedAt = null;
    const status = this.status();
    this.ctx.events.publish('sync-status', status);
    return status;
  }

  private hireGlobalId(hireId: number): string {
    return hireOrFail(this.ctx.db, hireId).globalId ?? '';
  }

  async hireConflicts(hireId: number): Promise<HireConflict[]> {
    const desk = this.deskSync();
    if (!desk) return [];
    const conflicts = await desk.conflictsOf(this.hireGlobalId(hireId));
    return describeConflicts(this.ctx.db, conflicts, desk.desks());
  }

  /** Keeps the chosen value everywhere, records the choice, and writes it out at once. */
  async resolve(hireId: number, ref: ConflictRef, choice: number, by: number): Promise<HireConflict[]> {
    const desk = this.deskSync();
    if (!desk) throw new AppError('conflict', svText('sharing.notShared'));
    const globalId = this.hireGlobalId(hireId);
    const conflict = (await desk.conflictsOf(globalId)).find(
      (c) => c.collection === ref.collection && c.key === ref.key && c.field === ref.field,
    );
    const value = conflict?.values[choice];
    if (!value) throw new AppError('conflict', svText('sharing.conflictGone'));
    audited(this.ctx, by, () => desk.settle(globalId, ref, value), {
      entity: 'sync',
      hireId,
      action: 'sync.conflict-resolved',
      detail: { collection: ref.collection, field: ref.field },
    });
    await this.pass();
    return this.hireConflicts(hireId);
  }
}
