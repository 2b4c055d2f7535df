import * as staff from '../../../db/queries/staff';
import { svText } from '../../shared/i18n/translate';
import type { Person } from '../../shared/schemas/staff';
import { AppError } from '../errors';
import type { HandlerTable } from '../ipc/dispatch';

const found = (person: Person | undefined): Person => {
  if (!person) throw new AppError('not-found', svText('errors.personNotFound'));
  return person;
};

export const staffHandlers = {
  'staff:list-people': (_input, { db }) => staff.listPeople(db),
  'staff:create-person': (fields, { db, now }) => staff.createPerson(db, fields, now()),
  'staff:update-person': ({ id, ...fields }, { db, now }) => found(staff.updatePerson(db, id, fields, now())),
  'staff:remove-person': ({ id }, { db, now }) => found(staff.removePerson(db, id, now())),
  'staff:restore-person': ({ id }, { db, now }) => found(staff.restorePerson(db, id, now())),
} satisfies Partial<HandlerTable>;
