import type { Db } from '../../../db/client';
import type { HireRow } from '../../../db/queries/hires';
import { svText } from '../../shared/i18n/translate';
import { AppError } from '../errors';
import { hireOrFail } from './plans';

/**
 * The hire, when their data may still change. An archived plan is read-only: every handler that
 * changes a hire's plan, items, hours or sessions asks here first, so the refusal is the same
 * Swedish sentence everywhere and nothing is written.
 */
export function writableHire(db: Db, hireId: number): HireRow {
  const hire = hireOrFail(db, hireId);
  if (hire.archivedAt !== null) throw new AppError('conflict', svText('privacy.archivedReadOnly'));
  return hire;
}
