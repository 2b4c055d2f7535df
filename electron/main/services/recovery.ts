import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { knownMigrationCount } from '../../../db/open';
import { backupName, parseBackupName } from '../../shared/rules/backup-names';
import type { RecoveryOutcome } from '../../shared/schemas/recovery';
import { svText } from '../../shared/i18n/translate';
import { AppError } from '../errors';
import { audited } from '../ipc/audited';
import type { HandlerContext } from '../ipc/context';
import { install, refuseUnusable, stage, type RestoreSource } from './backup/restore';
import { syncFolder } from './backup/write';

type RecoveryContext = Pick<HandlerContext, 'db' | 'session' | 'now' | 'events' | 'migrationsFolder'>;

/**
 * Renames the damaged file and its -wal/-shm to `<file>.skadad-<time>…`, side by side: nothing
 * the user might still rescue (or send to support) is deleted or written to.
 */
export function moveDamagedAside(live: string, at: Date): string {
  const stamp = backupName(at, 'auto').replace(/^introplan-|-auto\.db$/g, '');
  let aside = `${live}.skadad-${stamp}`;
  for (let n = 2; existsSync(aside); n++) aside = `${live}.skadad-${stamp}-${n}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(`${live}${suffix}`)) renameSync(`${live}${suffix}`, `${aside}${suffix}`);
  }
  syncFolder(path.dirname(live));
  return aside;
}

/**
 * Puts a verified backup in place of a damaged own database. Unlike a normal restore there is no
 * "before restore" copy to make (the current file cannot be read); the damaged file is kept aside.
 */
export function recoverFromBackup(ctx: RecoveryContext, source: RestoreSource): Extract<RecoveryOutcome, { recovered: true }> {
  if (!ctx.session.problem || ctx.session.origin !== 'own') throw new AppError('conflict', svText('recovery.notNeeded'));
  const known = knownMigrationCount(ctx.migrationsFolder);
  refuseUnusable(source.file, known);
  const live = ctx.session.ownFile;
  const staged = `${live}.aterstalls-${process.pid}.tmp`;
  let aside: string;
  try {
    stage(source.file, staged, known);
    aside = moveDamagedAside(live, new Date(ctx.now()));
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
