import { access } from 'node:fs/promises';
import path from 'node:path';
import * as binderSettings from '../../../db/queries/binder-settings';
import { svText } from '../../shared/i18n/translate';
import { LOGO_MAX_BYTES } from '../../shared/schemas/binder';
import { AppError } from '../errors';
import type { HandlerContext } from '../ipc/context';
import type { HandlerTable } from '../ipc/dispatch';
import { short } from '../services/binder/format';
import { renderBinder } from '../services/binder/render';
import { sha256 } from '../services/exchange';
import { outcomeOf, readChosenFile, safeFileName, saveThroughDialog } from '../services/files';
import { hireOrFail, swedishDate } from '../services/plans';
import { actor } from './session';
import { audited } from './audited';


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

const readLogo = (file: string) => readChosenFile(file, LOGO_MAX_BYTES, { tooLarge: 'binder.logoTooLarge', unreadable: 'binder.logoUnreadable' });

export const binderHandlers = {
  'binder:export-pdf': async ({ hireId, variant }, ctx) => {
    const hire = hireOrFail(ctx.db, hireId);
    const now = ctx.now();
    const options = {
      title: svText('binder.exportDialog'),
      defaultName: svText(variant === 'full' ? 'binder.fullFileName' : 'binder.dayOneFileName', { name: safeFileName(short(hire.name, 80)) }),
      filters: [{ name: svText('binder.fileType'), extensions: ['pdf'] }],
    };
    const target = await saveThroughDialog(ctx.desktop, options, () => renderBinder(ctx.db, hireId, variant, swedishDate(now), now));
    if (target) lastExported.set(ctx, target);
    return outcomeOf(target);
  },
  'binder:open-exported': async (_input, ctx) => {
    const file = lastExported.get(ctx);
    if (!file) throw new AppError('not-found', svText('binder.nothingExported'));
    try {
      await access(file);
    } catch {
      throw new AppError('not-found', svText('binder.fileGone'));
    }
    try {
      await ctx.desktop.openFile(file);
    } catch {
      throw new AppError('conflict', svText('binder.openFailed'));
    }
  },
  'settings:get-binder-settings': (_input, { db }) => binderSettings.getBinderSettings(db),
  'settings:update-binder-settings': (fields, ctx) =>
    audited(ctx, actor(ctx), (tx) => binderSettings.updateBinderSettings(tx, fields), { entity: 'settings', action: 'binder-settings.updated', detail: { fields: Object.keys(fields) } }),
  'settings:choose-logo': async (_input, ctx) => {
    const by = actor(ctx);
    const file = await ctx.desktop.chooseOpenFile({ title: svText('binder.logoDialog'), filters: [{ name: svText('binder.logoFileType'), extensions: ['png', 'jpg', 'jpeg'] }] });
    if (!file) return binderSettings.getBinderSettings(ctx.db);
    const data = await readLogo(file);
    const mediaType = imageType(data);
    if (!mediaType) throw new AppError('invalid-input', svText('binder.logoNotImage'));
    const id = sha256(data);
    return audited(ctx, by, (tx) => binderSettings.setLogo(tx, { id, fileName: path.basename(file), mediaType, data }, ctx.now()), {
      entity: 'settings',
      action: 'logo.set',
      detail: { attachmentId: id, bytes: data.length },
    });
  },
  'settings:remove-logo': (_input, ctx) => audited(ctx, actor(ctx), (tx) => binderSettings.removeLogo(tx), { entity: 'settings', action: 'logo.removed' }),
} satisfies Partial<HandlerTable>;
