import path from 'node:path';
import type { Db } from '../../../db/client';
import { setBackupFolder, setKeep } from '../../../db/queries/backup-settings';
import { backupName, parseBackupName } from '../../shared/rules/backup-names';
import { svText } from '../../shared/i18n/translate';
import type { AuditAction, AuditDetail } from '../../shared/schemas/audit';
import { AppError } from '../errors';
import type { HandlerContext } from '../ipc/context';
import type { DomainHandlers } from '../ipc/dispatch';
import { backupStatus, createBackup, usingOwnDatabase } from '../services/backup/create';
import { assertWritable, backupFolderOf } from '../services/backup/folder';
import { copiesHoldingErased, deleteErasedCopies } from '../services/backup/erased-copies';
import { readBackupNames } from '../services/backup/list';
import { restoreBackup } from '../services/backup/restore';
import { BackupFailedError, writeVerifiedCopy } from '../services/backup/write';
import { outcomeOf } from '../services/files';
import { actor, audited } from '../ipc/audited';

const FILTERS = [{ name: svText('backup.fileType'), extensions: ['db'] }];

/** A failed write as the Swedish sentence the user sees; anything else is unexpected. */
function asAppError(error: unknown): unknown {
  return error instanceof BackupFailedError
    ? new AppError('conflict', svText('backup.createFailed', { reason: svText(`backup.failure.${error.failure}`) }))
    : error;
}

function ownDatabaseOnly(ctx: HandlerContext): number {
  const who = actor(ctx);
  if (!usingOwnDatabase(ctx)) throw new AppError('conflict', svText('backup.notOwnDatabase'));
  return who;
}

/** Records a backup event; `change`, if given, is written in the same transaction. */
const audit = (
  ctx: HandlerContext,
  personId: number,
  action: AuditAction,
  detail: AuditDetail,
  change: (tx: Db) => void = () => undefined,
) => audited(ctx, personId, change, { entity: 'backup', action, detail });

/** A new backup folder (null: back to the default one), audited; answered with the status it leads to. */
function storeFolder(ctx: HandlerContext, personId: number, folder: string | null) {
  audit(ctx, personId, 'backup.folder-changed', { isDefault: folder === null }, (tx) => setBackupFolder(tx, folder));
  return backupStatus(ctx);
}

export const backupHandlers: DomainHandlers<'backup'> = {
  'backup:get-status': (_input, ctx) => backupStatus(ctx),
  'backup:list-erased-copies': (_input, ctx) => copiesHoldingErased(ctx),
  'backup:delete-erased-copies': ({ names }, ctx) => deleteErasedCopies(ctx, names, actor(ctx)),
  'backup:create-now': (_input, ctx) => {
    const who = ownDatabaseOnly(ctx);
    try {
      const entry = createBackup(ctx, 'manuell');
      audit(ctx, who, 'backup.created', { takenAt: entry.takenAt, kind: entry.kind, size: entry.size, toBackupFolder: true });
    } catch (error) {
      throw asAppError(error);
    }
    return backupStatus(ctx);
  },
  /** "Spara säkerhetskopia…": a verified copy anywhere the user chooses, e.g. a USB stick. */
  'backup:save-as': async (_input, ctx) => {
    const who = ownDatabaseOnly(ctx);
    const date = new Date(ctx.now());
    const target = await ctx.desktop.chooseSaveFile({
      title: svText('backup.saveDialog'),
      defaultName: backupName(date, 'manuell'),
      filters: FILTERS,
    });
    if (!target) return outcomeOf(null);
    // Saving over the live database would replace it behind SQLite's back.
    const live = path.resolve(ctx.session.ownFile);
    if ([live, `${live}-wal`, `${live}-shm`].includes(path.resolve(target)))
      throw new AppError('invalid-input', svText('backup.notOverLive'));
    try {
      writeVerifiedCopy(ctx.session.sqlite, target, ctx.migrationsFolder);
    } catch (error) {
      throw asAppError(error);
    }
    audit(ctx, who, 'backup.created', {
      takenAt: parseBackupName(backupName(date, 'manuell'))!.takenAt,
      kind: 'manuell',
      toBackupFolder: false,
    });
    return outcomeOf(target);
  },
  'backup:choose-folder': async (_input, ctx) => {
    const who = ownDatabaseOnly(ctx);
    const folder = await ctx.desktop.chooseFolder({ title: svText('backup.folderDialog') });
    if (!folder) return backupStatus(ctx);
    try {
      assertWritable(folder);
    } catch {
      throw new AppError('invalid-input', svText('backup.folderNotWritable'));
    }
    return storeFolder(ctx, who, folder);
  },
  'backup:reset-folder': (_input, ctx) => storeFolder(ctx, ownDatabaseOnly(ctx), null),
  'backup:update-settings': (keep, ctx) => {
    audit(ctx, ownDatabaseOnly(ctx), 'backup.settings-changed', { ...keep }, (tx) => setKeep(tx, keep));
    return backupStatus(ctx);
  },
  /** By name only: it must be a backup the folder listing holds, so no path ever comes from the page. */
  'backup:restore-backup': ({ name }, ctx) => {
    const who = ownDatabaseOnly(ctx);
    const { folder, isDefault } = backupFolderOf(ctx.db, ctx.dataDirectory);
    let listed: boolean;
    try {
      listed = readBackupNames(folder, isDefault).some((b) => b.name === name);
    } catch (error) {
      throw asAppError(error);
    }
    if (!listed) throw new AppError('not-found', svText('backup.notFound'));
    return restoreBackup(ctx, { file: path.join(folder, name), origin: 'folder' }, who);
  },
  'backup:restore-from-file': async (_input, ctx) => {
    const who = ownDatabaseOnly(ctx);
    const file = await ctx.desktop.chooseOpenFile({ title: svText('backup.openDialog'), filters: FILTERS });
    if (!file) return { restored: false as const };
    return restoreBackup(ctx, { file, origin: 'file' }, who);
  },
};
