import { updatePreferences } from '../../../db/queries/preferences';
import { getPerson } from '../../../db/queries/staff';
import { svText } from '../../shared/i18n/translate';
import { AppError } from '../errors';
import type { DomainHandlers } from '../ipc/dispatch';

export const sessionHandlers: DomainHandlers<'session'> = {
  'session:get-current-user': (_input, ctx) => (ctx.user.personId !== null ? (getPerson(ctx.db, ctx.user.personId) ?? null) : null),
  'session:set-current-user': ({ personId }, ctx) => {
    const person = getPerson(ctx.db, personId);
    if (!person) throw new AppError('not-found', svText('errors.personNotFound'));
    ctx.user.personId = personId;
    // Remembered only to preselect the name next time on this desk: not a change to the unit's
    // data, so no audit row (the choice is made again at every start).
    updatePreferences(ctx.db, { lastUserId: personId });
    return person;
  },
};
