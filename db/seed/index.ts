import { count } from 'drizzle-orm';
import { inTransaction, type Db } from '../client';
import { createTemplate, publishDraft } from '../queries/templates';
import { templates } from '../schema';
import { defaultProgramme } from './default-programme';

/**
 * Gives a database without any programme the default one, published as version 1 so a plan
 * can be made from it at once. Templates are never deleted, so "none" means "never seeded".
 */
export function ensureDefaultProgramme(db: Db, now: string): void {
  inTransaction(db, (tx) => {
    if ((tx.select({ n: count() }).from(templates).get()?.n ?? 0) > 0) return;
    const draft = createTemplate(tx, defaultProgramme, now);
    publishDraft(tx, draft.templateId, now, null);
  });
}
