import path from 'node:path';
import * as binderSettings from '../../../db/queries/binder-settings';
import { listDaysOff, removeDayOff, saveDayOff } from '../../../db/queries/days-off';
import { getPreferences, updatePreferences } from '../../../db/queries/preferences';
import { svText } from '../../shared/i18n/translate';
import { LOGO_MAX_BYTES } from '../../shared/schemas/binder';
import { AppError } from '../errors';
import { actor, audited, chosenPerson } from '../ipc/audited';
import type { DomainHandlers } from '../ipc/dispatch';
import { sha256 } from '../services/exchange';
import { readChosenFile } from '../services/files';

/** PNG and JPEG by their first bytes, not by the file name. */
function imageType(data: Buffer): string | null {
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (data.length > 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  return null;
}

export const settingsHandlers: DomainHandlers<'settings'> = {
  'settings:get-preferences': (_input, { db }) => getPreferences(db),
  'settings:update-preferences': (changes, ctx) =>
    audited(ctx, chosenPerson(ctx), (tx) => updatePreferences(tx, changes), {
      entity: 'settings',
      action: 'preferences.updated',
      detail: { fields: Object.keys(changes) },
    }),

  'settings:list-days-off': (_input, { db }) => listDaysOff(db),
  // The label is the user's words: the trail keeps the date only.
  'settings:save-day-off': (day, ctx) =>
    audited(ctx, actor(ctx), (tx) => saveDayOff(tx, day, ctx.now()), {
      entity: 'day-off',
      action: 'day-off.saved',
      detail: { date: day.date },
    }),
  'settings:remove-day-off': ({ date }, ctx) =>
    audited(ctx, actor(ctx), (tx) => removeDayOff(tx, date, ctx.now()), { entity: 'day-off', action: 'day-off.removed', detail: { date } }),

  'settings:get-binder-settings': (_input, { db }) => binderSettings.getBinderSettings(db),
  'settings:update-binder-settings': (fields, ctx) =>
    audited(ctx, actor(ctx), (tx) => binderSettings.updateBinderSettings(tx, fields), {
      entity: 'settings',
      action: 'binder-settings.updated',
      detail: { fields: Object.keys(fields) },
    }),
  // The labels and numbers are the unit's words: the trail keeps how many there are.
  'settings:update-common-numbers': ({ numbers }, ctx) =>
    audited(ctx, actor(ctx), (tx) => binderSettings.updateCommonNumbers(tx, numbers), {
      entity: 'settings',
      action: 'common-numbers.updated',
      detail: { count: numbers.length },
    }),
  'settings:choose-logo': async (_input, ctx) => {
    const by = actor(ctx);
    const file = await ctx.desktop.chooseOpenFile({
      title: svText('binder.logoDialog'),
      filters: [{ name: svText('binder.logoFileType'), extensions: ['png', 'jpg', 'jpeg'] }],
    });
    if (!file) return binderSettings.getBinderSettings(ctx.db);
    const data = await readChosenFile(file, LOGO_MAX_BYTES, { tooLarge: 'binder.logoTooLarge', unreadable: 'binder.logoUnreadable' });
    const mediaType = imageType(data);
    if (!mediaType) throw new AppError('invalid-input', svText('binder.logoNotImage'));
    const id = sha256(data);
    return audited(ctx, by, (tx) => binderSettings.setLogo(tx, { id, fileName: path.basename(file), mediaType, data }, ctx.now()), {
      entity: 'settings',
      action: 'logo.set',
      detail: { attachmentId: id, bytes: data.length },
    });
  },
  'settings:remove-logo': (_input, ctx) =>
    audited(ctx, actor(ctx), (tx) => binderSettings.removeLogo(tx), { entity: 'settings', action: 'logo.removed' }),
};
