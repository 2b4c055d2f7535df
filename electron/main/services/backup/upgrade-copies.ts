import { copyFileSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { backupName } from '../../../shared/rules/backup-names';
import type { BackupContext } from './create';
import { backupFolderOf, ensureFolder } from './folder';
import { syncFile, syncFolder } from './write';

/** What db/open.ts leaves next to the file before upgrading it: `introplan.db.fore-uppgradering-v5.bak`. */
const upgradeCopyOf = (live: string) =>
  new RegExp(`^${path.basename(live).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.fore-uppgradering-v\\d+\\.bak$`);

function freeName(folder: string, at: Date): string {
  for (let seq = 1; ; seq++) {
    const name = backupName(at, 'fore-uppgradering', seq);
    if (!existsSync(path.join(folder, name))) return name;
  }
}

/**
 * Moves the copies taken before an upgrade into the backup folder as "före uppgradering"
 * backups, named by when they were made: there they are listed, can be restored, are rotated
 * and counted among the files that still hold an erased person. Left next to the database they
 * would keep erased people for ever.
 */
export function adoptUpgradeCopies(ctx: BackupContext): string[] {
  if (ctx.session.file !== ctx.session.ownFile || ctx.session.usingExample) return [];
  const live = ctx.session.ownFile;
  const pattern = upgradeCopyOf(live);
  const copies = readdirSync(path.dirname(live)).filter((name) => pattern.test(name));
  if (!copies.length) return [];
  const { folder, isDefault } = backupFolderOf(ctx.db, ctx.dataDirectory);
  ensureFolder(folder, isDefault);
  const adopted: string[] = [];
  for (const copy of copies) {
    const source = path.join(path.dirname(live), copy);
    const name = freeName(folder, statSync(source).mtime);
    const target = path.join(folder, name);
    try {
      renameSync(source, target);
    } catch (error) {
      // Another drive (a chosen folder on a share): copy, flush, then remove the original.
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      const temp = `${target}.${process.pid}.tmp`;
      copyFileSync(source, temp);
      syncFile(temp);
      renameSync(temp, target);
      rmSync(source);
    }
    adopted.push(name);
  }
  syncFolder(folder);
  syncFolder(path.dirname(live));
  return adopted;
}
