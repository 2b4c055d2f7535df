import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { svText, type TextKey } from '../../shared/i18n/translate';
import type { FileOutcome } from '../../shared/schemas/template-api';
import { AppError } from '../errors';
import type { Desktop, FileFilter } from '../ipc/context';

/** Writes next to the target and renames, so a crash never leaves half a file under the chosen name. */
export async function writeFileAtomically(file: string, data: string | Buffer): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, data);
  await rename(temp, file);
}

/** A name a person typed, made safe as a file name on Windows, macOS and Linux. */
export const safeFileName = (name: string, fallback = 'introplan') =>
  name
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim() || fallback;

/**
 * Asks where to save, then makes the contents and writes them. Returns the chosen path (for main's
 * own use) or null when the dialog was cancelled; the renderer only ever gets `outcomeOf(path)`.
 */
export async function saveThroughDialog(
  desktop: Desktop,
  options: { title: string; defaultName: string; filters: FileFilter[] },
  contents: () => string | Buffer | Promise<string | Buffer>,
): Promise<string | null> {
  const target = await desktop.chooseSaveFile(options);
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
