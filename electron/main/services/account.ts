import { and, eq, isNull } from 'drizzle-orm';
import { readPreference, writePreference } from '../../../db/queries/preference-value';
import { getPerson } from '../../../db/queries/staff';
import { hires } from '../../../db/schema';
import type { HandlerContext } from '../ipc/context';

// Per operating-system account on this desk (desk.* stays on this computer, kept over a restore):
// a person's id, or { hireId } for a new hire.
const accountKey = (ctx: HandlerContext) => `desk.account.${ctx.desktop.accountName()}`;

/** A hire that is still running (a new hire of a finished or archived plan is not let in). */
export const activeHire = (ctx: HandlerContext, hireId: number) =>
  ctx.db
    .select({ id: hires.id, name: hires.name })
    .from(hires)
    .where(and(eq(hires.id, hireId), isNull(hires.finishedAt), isNull(hires.archivedAt)))
    .get() ?? null;

/** Whom this computer account last chose to be remembered as, while they are still there. */
export function remembered(ctx: HandlerContext): { personId: number | null; hireId: number | null } {
  const value = readPreference(ctx.db, accountKey(ctx));
  if (typeof value === 'number') return { personId: getPerson(ctx.db, value) ? value : null, hireId: null };
  const hireId = (value as { hireId?: unknown } | undefined)?.hireId;
  return { personId: null, hireId: typeof hireId === 'number' && activeHire(ctx, hireId) ? hireId : null };
}

export const rememberPerson = (ctx: HandlerContext, personId: number) => writePreference(ctx.db, accountKey(ctx), personId);
export const rememberHire = (ctx: HandlerContext, hireId: number) => writePreference(ctx.db, accountKey(ctx), { hireId });

/**
 * Someone who logs in to their own computer account is recognised without picking. A convenience
 * and an audit label on a local file, not access control: anyone at the computer can pick another name.
 */
export function recogniseAccount(ctx: HandlerContext): void {
  // A database that could not be opened has nobody to recognise (the recovery screen comes first).
  if (!ctx.session.isOpen || ctx.user.personId !== null || ctx.user.hireId != null) return;
  const { personId, hireId } = remembered(ctx);
  ctx.user.personId = personId;
  ctx.user.hireId = hireId;
}
