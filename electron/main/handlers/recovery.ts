import { rmSync } from 'node:fs';
import path from 'node:path';
import { DatabaseUnusableError } from '../../../db/open';
import { svText } from '../../shared/i18n/translate';
import { AppError } from '../errors';
import type { HandlerContext } from '../ipc/context';
import type { DomainHandlers } from '../ipc/dispatch';
import { defaultBackupFolder } from '../services/backup/folder';
import { listBackups } from '../services/backup/list';
import { asideName, recoverFromBackup, setAside } from '../services/recovery';

const FILTERS = () => [{ name: svText('backup.fileType'), extensions: ['db'] }];

const backupsOf = (ctx: HandlerContext) => {
  const folder = defaultBackupFolder(ctx.dataDirectory);
  return { folder, backups: listBackups(folder, true, ctx.migrationsFolder) };
};

/**
 * What the recovery screen can do while the user's own database cannot be opened. Nobody can pick
 * themselves (the staff list is in the damaged file), so these calls need no current user.
 */
export const recoveryHandlers: DomainHandlers<'recovery'> = {
  'recovery:get-state': (_input, ctx) => backupsOf(ctx),
  'recovery:restore-backup': ({ name }, ctx) => {
    const { folder, backups } = backupsOf(ctx);
    if (!backups.some((b) => b.name === name)) throw new AppError('not-found', svText('backup.notFound'));
    return recoverFromBackup(ctx, { file: path.join(folder, name), origin: 'folder' });
  },
  'recovery:restore-from-file': async (_input, ctx) => {
    const file = await ctx.desktop.chooseOpenFile({ title: svText('recovery.chooseBackup'), filters: FILTERS() });
    if (!file) return { recovered: false as const };
    return recoverFromBackup(ctx, { file, origin: 'file' });
  },
  'recovery:open-other-file': async (_input, ctx) => {
    const file = await ctx.desktop.chooseOpenFile({ title: svText('recovery.chooseOther'), filters: FILTERS() });
    if (!file) return { opened: false as const };
    if (path.resolve(file) === path.resolve(ctx.session.ownFile)) throw new AppError('conflict', svText('recovery.sameFile'));
    try {
      ctx.session.switchTo(file, 'chosen');
    } catch (error) {
      if (error instanceof DatabaseUnusableError) throw new AppError('invalid-input', svText(`recovery.kind.${error.kind}`));
      throw error;
    }
    ctx.user.personId = null;
    return { opened: true as const };
  },
  'recovery:retry-open': (_input, ctx) => ({ opened: ctx.session.retryOwn() }),
  'recovery:set-aside-wal': (_input, ctx) => {
    if (ctx.session.problem?.kind !== 'wrong-wal') throw new AppError('conflict', svText('recovery.notNeeded'));
    const keptAs = setAside(`${ctx.session.ownFile}-wal`, 'fran-annan-databas', new Date(ctx.now()));
    // The -shm only indexes the -wal set aside; SQLite rebuilds it from the file.
    rmSync(`${ctx.session.ownFile}-shm`, { force: true });
    return { opened: ctx.session.retryOwn(), keptAs: path.basename(keptAs) };
  },
  'recovery:start-empty': (_input, ctx) => {
    const keptAs = asideName(ctx.session.ownFile, 'tom', new Date(ctx.now()));
    ctx.session.startEmpty(keptAs);
    return { opened: true, keptAs: path.basename(keptAs) };
  },
};
