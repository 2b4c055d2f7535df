import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { backupName, parseBackupName } from '../../shared/rules/backup-names';
import type { RecoveryOutcome } from '../../shared/schemas/recovery';
import { RESTORABLE_PROBLEMS } from '../../shared/schemas/database';
import { svText } from '../../shared/i18n/translate';
import { AppError } from '../errors';
import { audited } from '../ipc/audited';
import type { HandlerContext } from '../ipc/context';
import { install, refuseUnusable, stage, type RestoreSource } from './backup/restore';
import { syncFolder } from './backup/write';

type RecoveryContext = Pick<HandlerContext, 'db' | 'session' | 'now' | 'events' | 'migrationsFolder'>;

/** A free name `<file>.<why>-<time>` next to `file`, for keeping something out of the way. */
export function asideName(file: string, why: string, at: Date): string {
  const stamp = backupName(at, 'auto').replace(/^introplan-|-auto\.db$/g, '');
  let aside = `${file}.${why}-${stamp}`;
  for (let n = 2; existsSync(aside); n++) aside = `${file}.${why}-${stamp}-${n}`;
  return aside;
}

/**
 * Renames `file` and its -wal/-shm (if any) to `<file>.<why>-<time>…`, side by side: nothing the
 * user might still rescue (or send to support) is deleted or written to.
 */
export function setAside(file: string, why: string, at: Date): string {
  const aside = asideName(file, why, at);
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(`${file}${suffix}`)) renameSync(`${file}${suffix}`, `${aside}${suffix}`);
  }
  syncFolder(path.dirname(file));
  return aside;
}

/**
 * Puts a verified backup in place of a damaged own database. Unlike a normal restore there is no
 * "before restore" copy to make (the current file cannot be read); the damaged file is kept aside.
 */
export function recoverFromBackup(ctx: RecoveryContext, source: RestoreSource): Extract<RecoveryOutcome, { recovered: true }> {
  if (!ctx.session.problem || !RESTORABLE_PROBLEMS.includes(ctx.session.problem.kind) || ctx.session.origin !== 'own')
    throw new AppError('conflict', svText('recovery.notNeeded'));
  refuseUnusable(source.file, ctx.migrationsFolder);
  const live = ctx.session.ownFile;
  const staged = `${live}.aterstalls-${process.pid}.tmp`;
  let aside: string;
  try {
    stage(source.file, staged, ctx.migrationsFolder);
    aside = setAside(live, 'skadad', new Date(ctx.now()));
    ctx.session.replaceOwnFile((file) => install(staged, file));
  } finally {
    rmSync(staged, { force: true });
  }
  const parsed = source.origin === 'folder' ? parseBackupName(path.basename(source.file)) : null;
  // Nobody can have picked themselves yet: the staff list was in the damaged file.
  audited(ctx, null, () => undefined, {
    entity: 'database',
    action: 'database.recovered',
    detail: { source: source.origin, takenAt: parsed?.takenAt ?? null, kind: parsed?.kind ?? null },
  });
  return { recovered: true, takenAt: parsed?.takenAt ?? null, kind: parsed?.kind ?? null, damagedKeptAs: path.basename(aside) };
}
