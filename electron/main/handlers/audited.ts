import { inTransaction, type Db } from '../../../db/open';
import { recordAudit, type AuditEntry } from '../../../db/queries/audit';
import { getPerson } from '../../../db/queries/staff';
import type { HandlerContext } from '../ipc/context';

export type AuditEvent = Omit<AuditEntry, 'at' | 'personId'>;

/**
 * The person chosen in the app, or null. The staff list, programmes and language may be changed
 * before anyone is chosen (the first person has to be added before anyone can pick themselves),
 * so those changes are recorded without a name rather than refused.
 */
export function chosenPerson(ctx: HandlerContext): number | null {
  const id = ctx.user.personId;
  return id !== null && getPerson(ctx.db, id) ? id : null;
}

/**
 * Runs one user action and records it in the same transaction, so the change and its audit row
 * land together or not at all. `event` may be a function of the result (e.g. the new row's id).
 */
export function audited<T>(ctx: HandlerContext, personId: number | null, change: (tx: Db) => T, event: AuditEvent | ((result: T) => AuditEvent)): T {
  const at = ctx.now();
  return inTransaction(ctx.db, (tx) => {
    const result = change(tx);
    recordAudit(tx, { at, personId, ...(typeof event === 'function' ? event(result) : event) });
    return result;
  });
}
