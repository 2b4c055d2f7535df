import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { svText, type TextKey } from '../../shared/i18n/translate';
import type { FileOutcome } from '../../shared/schemas/template-api';
import { AppError } from '../errors';
import { syncFolder } from './backup/write';
import type { Desktop, FileFilter } from '../ipc/context';

/** Why a file could not be written, in words for the user, from the system's error code. */
function writeProblem(error: unknown): TextKey {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EISDIR') return 'files.isFolder';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY' || code === 'EROFS') return 'files.inUse';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'files.diskFull';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'files.noFolder';
  return 'files.unknown';
}

/**
 * Writes next to the target, flushes it to disk and renames, so neither a crash nor a power cut
 * leaves half a file under the chosen name. When any step fails (the name is a folder, the file is
 * open in Excel, the disk is full) the temporary file is removed and the user is told why.
 */
export async function writeFileAtomically(file: string, data: string | Buffer): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new AppError('conflict', svText('files.notSaved', { name: path.basename(file), reason: svText(writeProblem(error)) }));
  }
  syncFolder(path.dirname(file));
}

// Characters that show nothing but change how a name reads: bidi overrides and isolates (U+202E
// turns "Ali ‮gnp.exe.ics" into what looks like a PNG), zero-width joiners and spaces, soft hyphens,
// byte-order marks, other format and control characters, private-use and lone surrogates.
const INVISIBLE = /[\p{Cf}\p{Cc}\p{Co}\p{Cs}]/gu;
// Names Windows keeps for devices, whatever the extension ("Con.ics" cannot be saved).
const DEVICE_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A name a person typed, made safe as a file name on Windows, macOS and Linux: what it shows is what it is. */
export function safeFileName(name: string, fallback = 'introplan'): string {
  const safe = name
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(INVISIBLE, '')
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/ {2,}/g, ' ')
    .trim()
    // Windows drops trailing dots and spaces, so the saved file would not have the offered name.
    .replace(/[. ]+$/, '');
  if (!safe) return fallback;
  return DEVICE_NAMES.test(safe) ? `${safe}-` : safe;
}

/**
 * Asks where to save, then makes the contents and writes them. Returns the chosen path (for main's
 * own use) or null when the dialog was cancelled; the renderer only ever gets `outcomeOf(path)`.
 */
export async function saveThroughDialog(
  desktop: Desktop,
  options: { title: string; defaultName: string; filters: FileFilter[] },
  contents: () => string | Buffer | Promise<string | Buffer>,
): Promise<string | null> {
  // Every offered name, whatever made it: a hire's name inside a catalogue text is cleaned here too.
  const target = await desktop.chooseSaveFile({ ...options, defaultName: safeFileName(options.defaultName) });
  if (!target) return null;
  await writeFileAtomically(target, await contents());
  return target;
}

export const outcomeOf = (target: string | null): FileOutcome =>
  target ? { saved: true, fileName: path.basename(target) } : { saved: false };

/** Reads a file the user picked, refusing it (in Swedish) when it is too large or cannot be read. */
export async function readChosenFile(
  file: string,
  maxBytes: number,
  messages: { tooLarge: TextKey; unreadable: TextKey },
): Promise<Buffer> {
  try {
    if ((await stat(file)).size > maxBytes) throw new AppError('invalid-input', svText(messages.tooLarge));
    return await readFile(file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid-input', svText(messages.unreadable));
  }
}
