import { getPerson } from '../../../db/queries/staff';
import { updatePreferences } from '../../../db/queries/preferences';
import { svText } from '../../shared/i18n/translate';
import { AppError } from '../errors';
import type { DomainHandlers } from '../ipc/dispatch';
import { activeHire, recogniseAccount, remembered, rememberHire, rememberPerson } from '../services/account';

export const sessionHandlers: DomainHandlers<'session'> = {
  'session:get-current-user': (_input, ctx) => {
    recogniseAccount(ctx);
    return ctx.user.personId !== null ? (getPerson(ctx.db, ctx.user.personId) ?? null) : null;
  },
  'session:set-current-user': ({ personId, remember }, ctx) => {
    const person = getPerson(ctx.db, personId);
    if (!person) throw new AppError('not-found', svText('errors.personNotFound'));
    ctx.user.personId = personId;
    ctx.user.hireId = null;
    // Remembered only to recognise this account next time: not a change to the unit's data, so no audit row.
    updatePreferences(ctx.db, { lastUserId: personId });
    if (remember) rememberPerson(ctx, personId);
    return person;
  },
  'session:get-current-hire': (_input, ctx) => {
    recogniseAccount(ctx);
    return ctx.user.hireId != null ? activeHire(ctx, ctx.user.hireId) : null;
  },
  'session:set-current-hire': ({ hireId, remember }, ctx) => {
    const hire = activeHire(ctx, hireId);
    if (!hire) throw new AppError('not-found', svText('plans.hireNotFound'));
    ctx.user.personId = null;
    ctx.user.hireId = hireId;
    if (remember) rememberHire(ctx, hireId);
    return hire;
  },
  'session:get-account': (_input, ctx) => {
    const { personId, hireId } = remembered(ctx);
    return { account: ctx.desktop.accountName(), rememberedId: personId, rememberedHireId: hireId };
  },
};
