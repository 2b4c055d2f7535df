import { count } from 'drizzle-orm';
import type { Db } from '../open';
import { createTemplate, publishDraft } from '../queries/templates';
import { templates } from '../schema';
import { defaultProgramme } from './default-programme';

/**
 * Gives a database without any programme the default one, published as version 1 so a plan
 * can be made from it at once. Templates are never deleted, so "none" means "never seeded".
 */
export function ensureDefaultProgramme(db: Db, now: string): void {
  db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    if ((tx.select({ n: count() }).from(templates).get()?.n ?? 0) > 0) return;
    const draft = createTemplate(txDb, defaultProgramme, now);
    publishDraft(txDb, draft.templateId, now, null);
  });
}
