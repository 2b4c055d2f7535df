import * as staff from '../../../db/queries/staff';
import { svText } from '../../shared/i18n/translate';
import type { Person } from '../../shared/schemas/staff';
import { AppError } from '../errors';
import type { DomainHandlers } from '../ipc/dispatch';
import { audited, chosenPerson } from '../ipc/audited';

const found = (person: Person | undefined): Person => {
  if (!person) throw new AppError('not-found', svText('errors.personNotFound'));
  return person;
};

export const staffHandlers: DomainHandlers<'staff'> = {
  'staff:list-people': (_input, { db }) => staff.listPeople(db),
  'staff:create-person': (fields, ctx) =>
    audited(
      ctx,
      chosenPerson(ctx),
      (tx) => staff.createPerson(tx, fields, ctx.now()),
      (p) => ({ entity: 'person', entityId: p.id, action: 'person.created' }),
    ),
  'staff:update-person': ({ id, ...fields }, ctx) => {
    const before = found(staff.getPerson(ctx.db, id));
    // The trail names the fields that changed, never their values.
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((k) => JSON.stringify(fields[k]) !== JSON.stringify(before[k]));
    return audited(ctx, chosenPerson(ctx), (tx) => found(staff.updatePerson(tx, id, fields, ctx.now())), {
      entity: 'person',
      entityId: id,
      action: 'person.updated',
      detail: { fields: changed },
    });
  },
  'staff:remove-person': ({ id }, ctx) =>
    audited(ctx, chosenPerson(ctx), (tx) => found(staff.removePerson(tx, id, ctx.now())), {
      entity: 'person',
      entityId: id,
      action: 'person.removed',
    }),
  'staff:restore-person': ({ id }, ctx) =>
    audited(ctx, chosenPerson(ctx), (tx) => found(staff.restorePerson(tx, id, ctx.now())), {
      entity: 'person',
      entityId: id,
      action: 'person.restored',
    }),
};
