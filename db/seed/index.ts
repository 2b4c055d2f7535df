import { count } from 'drizzle-orm';
import { inTransaction, type Db } from '../client';
import { createTemplate, publishDraft } from '../queries/templates';
import { templates } from '../schema';
import { defaultProgramme } from './default-programme';

/**
 * The default programme has the same uid in every installation, so desks that share their data
 * (issue 17) hold it as one programme, not one per desk.
 */
export const DEFAULT_PROGRAMME_UID = 'introplan-standardprogram';

/**
 * Gives a database without any programme the default one, published as version 1 so a plan
 * can be made from it at once. Templates are never deleted, so "none" means "never seeded".
 */
export function ensureDefaultProgramme(db: Db, now: string): void {
  inTransaction(db, (tx) => {
    if ((tx.select({ n: count() }).from(templates).get()?.n ?? 0) > 0) return;
    const draft = createTemplate(tx, defaultProgramme, now, DEFAULT_PROGRAMME_UID);
    publishDraft(tx, draft.templateId, now, null);
  });
}
