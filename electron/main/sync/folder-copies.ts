import { cp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { deskSharing } from '../../../db/queries/sync-state';
import type { Db } from '../../../db/client';
import { backupFolderOf } from '../services/backup/folder';

/** Copies of the shared folder kept in the backup folder, newest last by name. */
const COPY = /^delad-mapp-\d{8}-\d{6}$/;
export const FOLDER_COPIES_KEPT = 3;

const stamp = (instant: string) => instant.replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

async function copiesIn(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).filter((name) => COPY.test(name)).sort();
  } catch {
    return [];
  }
}

/**
 * With the backup routine, when this computer asks for it: a copy of the whole shared folder
 * (every computer's files) next to the backups, the newest three kept. Read with asynchronous
 * calls, so a slow share never holds up the window. Returns the copy's name, or null.
 */
export async function copySharedFolder(ctx: { db: Db; dataDirectory: string; now: () => string }): Promise<string | null> {
  const sharing = deskSharing(ctx.db);
  if (!sharing?.copyToBackups) return null;
  const { folder } = backupFolderOf(ctx.db, ctx.dataDirectory);
  const name = `delad-mapp-${stamp(ctx.now())}`;
  const target = path.join(folder, name);
  try {
    await cp(sharing.folder, target, { recursive: true, filter: (source) => !source.endsWith('.tmp') });
  } catch (error) {
    console.error('[sync] the shared folder could not be copied with the backups', error);
    await rm(target, { recursive: true, force: true });
    return null;
  }
  const copies = await copiesIn(folder);
  for (const old of copies.slice(0, Math.max(0, copies.length - FOLDER_COPIES_KEPT)))
    await rm(path.join(folder, old), { recursive: true, force: true });
  return name;
}

/** An erased hire's files leave the copies of the shared folder too. */
export async function eraseFromFolderCopies(ctx: { db: Db; dataDirectory: string }, docId: string): Promise<void> {
  const { folder } = backupFolderOf(ctx.db, ctx.dataDirectory);
  for (const copy of await copiesIn(folder)) {
    let installations: string[];
    try {
      installations = await readdir(path.join(folder, copy));
    } catch {
      continue;
    }
    for (const installation of installations) await rm(path.join(folder, copy, installation, docId), { recursive: true, force: true });
  }
}
