import { access, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import * as binderSettings from '../../../db/queries/binder-settings';
import { translateSv } from '../../shared/i18n/translate';
import { LOGO_MAX_BYTES } from '../../shared/schemas/binder';
import { AppError } from '../errors';
import type { HandlerContext } from '../ipc/context';
import type { HandlerTable } from '../ipc/dispatch';
import { short } from '../services/binder/format';
import { renderBinder } from '../services/binder/render';
import { safeFileName } from '../services/calendar-export';
import { sha256 } from '../services/exchange';
import { writeFileAtomically } from '../services/files';
import { hireOrFail, swedishDate } from '../services/plans';
import { actor } from './session';

const text = (key: string, vars?: Record<string, string | number>) => translateSv(key, vars) ?? key;

/**
 * The last binder written in this run, per app context: "Öppna" opens that file, so the renderer
 * never names a path. Kept in memory only; a restart forgets it, as a notification would be gone too.
 */
const lastExported = new WeakMap<HandlerContext, string>();

/** PNG and JPEG by their first bytes, not by the file name. */
function imageType(data: Buffer): string | null {
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (data.length > 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  return null;
}

async function readLogo(file: string): Promise<Buffer> {
  try {
    if ((await stat(file)).size > LOGO_MAX_BYTES) throw new AppError('invalid-input', text('binder.logoTooLarge'));
    return await readFile(file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid-input', text('binder.logoUnreadable'));
  }
}

export const binderHandlers = {
  'binder:export-pdf': async ({ hireId, variant }, ctx) => {
    const hire = hireOrFail(ctx.db, hireId);
    const target = await ctx.desktop.chooseSaveFile({
      title: text('binder.exportDialog'),
      defaultName: text(variant === 'full' ? 'binder.fullFileName' : 'binder.dayOneFileName', { name: safeFileName(short(hire.name, 80)) }),
      filters: [{ name: text('binder.fileType'), extensions: ['pdf'] }],
    });
    if (!target) return { saved: false as const };
    const now = ctx.now();
    const pdf = await renderBinder(ctx.db, hireId, variant, swedishDate(now), now);
    await writeFileAtomically(target, pdf);
    lastExported.set(ctx, target);
    return { saved: true as const, fileName: path.basename(target) };
  },
  'binder:open-exported': async (_input, ctx) => {
    const file = lastExported.get(ctx);
    if (!file) throw new AppError('not-found', text('binder.nothingExported'));
    try {
      await access(file);
    } catch {
      throw new AppError('not-found', text('binder.fileGone'));
    }
    try {
      await ctx.desktop.openFile(file);
    } catch {
      throw new AppError('conflict', text('binder.openFailed'));
    }
  },
  'settings:get-binder-settings': (_input, { db }) => binderSettings.getBinderSettings(db),
  'settings:update-binder-settings': (fields, ctx) => {
    actor(ctx);
    return binderSettings.updateBinderSettings(ctx.db, fields);
  },
  'settings:choose-logo': async (_input, ctx) => {
    actor(ctx);
    const file = await ctx.desktop.chooseOpenFile({ title: text('binder.logoDialog'), filters: [{ name: text('binder.logoFileType'), extensions: ['png', 'jpg', 'jpeg'] }] });
    if (!file) return binderSettings.getBinderSettings(ctx.db);
    const data = await readLogo(file);
    const mediaType = imageType(data);
    if (!mediaType) throw new AppError('invalid-input', text('binder.logoNotImage'));
    return binderSettings.setLogo(ctx.db, { id: sha256(data), fileName: path.basename(file), mediaType, data }, ctx.now());
  },
  'settings:remove-logo': (_input, ctx) => {
    actor(ctx);
    return binderSettings.removeLogo(ctx.db);
  },
} satisfies Partial<HandlerTable>;
