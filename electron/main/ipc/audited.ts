import { inTransaction, type Db } from '../../../db/client';
import { insertAuditRow, type AuditEntry } from '../../../db/queries/audit';
import { getPerson } from '../../../db/queries/staff';
import { svText } from '../../shared/i18n/translate';
import { AppError } from '../errors';
import type { EventBus } from './events';

export type AuditEvent = Omit<AuditEntry, 'at' | 'personId'>;

/** What audited() needs: a handler's context, or any composition with a database, clock and events. */
export interface AuditTarget {
  readonly db: Db;
  now: () => string;
  events: EventBus;
}

/** The person making a change; changes are refused until someone has said who they are. */
export function actor(ctx: { db: Db; user: { personId: number | null } }): number {
  const id = ctx.user.personId;
  if (id === null || !getPerson(ctx.db, id)) throw new AppError('no-user', svText('session.pickFirst'));
  return id;
}

/**
 * The person chosen in the app, or null. The staff list, programmes and language may be changed
 * before anyone is chosen (the first person has to be added before anyone can pick themselves),
 * so those changes are recorded without a name rather than refused.
 */
export function chosenPerson(ctx: { db: Db; user: { personId: number | null } }): number | null {
  const id = ctx.user.personId;
  return id !== null && getPerson(ctx.db, id) ? id : null;
}

/**
 * The one way a change is written: `change` and its audit row in one transaction, so both land
 * or neither does; then every window hears what changed. `event` may be a function of the result
 * (the new row's id).
 */
export function audited<T>(
  target: AuditTarget,
  personId: number | null,
  change: (tx: Db) => T,
  event: AuditEvent | ((result: T) => AuditEvent),
): T {
  const at = target.now();
  let entry: AuditEvent | undefined;
  const result = inTransaction(target.db, (tx) => {
    const value = change(tx);
    entry = typeof event === 'function' ? event(value) : event;
    insertAuditRow(tx, { at, personId, ...entry });
    return value;
  });
  const hireId = entry?.hireId;
  target.events.publish('data-changed', { entities: entry ? [entry.entity] : [], hireIds: typeof hireId === 'number' ? [hireId] : [] });
  return result;
}

/**
 * Several changes of one kind written as one, each with its own audit row and person: what a
 * document from another desk brings is applied in one transaction. `change` returns the events
 * of what it changed (none when nothing did); every window then hears once what changed.
 */
export function auditedEach(target: AuditTarget, change: (tx: Db) => { personId: number | null; event: AuditEvent }[]): number {
  const at = target.now();
  const events = inTransaction(target.db, (tx) => {
    const made = change(tx);
    for (const { personId, event } of made) insertAuditRow(tx, { at, personId, ...event });
    return made;
  });
  if (events.length) {
    target.events.publish('data-changed', {
      entities: [...new Set(events.map((e) => e.event.entity))],
      hireIds: [...new Set(events.flatMap((e) => (typeof e.event.hireId === 'number' ? [e.event.hireId] : [])))],
    });
  }
  return events.length;
}
