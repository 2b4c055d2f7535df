import { getPerson } from '../../../db/queries/staff';
import { updatePreferences } from '../../../db/queries/preferences';
import { svText } from '../../shared/i18n/translate';
import { AppError } from '../errors';
import type { HandlerContext } from '../ipc/context';
import type { HandlerTable } from '../ipc/dispatch';

/** The person making a change; changes are refused until someone has said who they are. */
export function actor(ctx: HandlerContext): number {
  const id = ctx.user.personId;
  if (id === null || !getPerson(ctx.db, id)) throw new AppError('no-user', svText('session.pickFirst'));
  return id;
}

export const sessionHandlers = {
  'session:get-current-user': (_input, ctx) => (ctx.user.personId !== null ? (getPerson(ctx.db, ctx.user.personId) ?? null) : null),
  'session:set-current-user': ({ personId }, ctx) => {
    const person = getPerson(ctx.db, personId);
    if (!person) throw new AppError('not-found', svText('errors.personNotFound'));
    ctx.user.personId = personId;
    // Remembered only to preselect the name next time; the choice itself is made at every start.
    updatePreferences(ctx.db, { lastUserId: personId });
    return person;
  },
} satisfies Partial<HandlerTable>;
