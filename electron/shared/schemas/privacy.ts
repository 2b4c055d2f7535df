import { z } from 'zod';
import { id } from './plan';

/** Safe to keep in the trail: ids, counts, dates, flags and field names, never free text. */
export type AuditDetail = Record<string, string | number | boolean | null | string[]>;

/** One event of the audit trail as the history view shows it. */
export interface AuditEvent {
  id: number;
  /** ISO instant. */
  at: string;
  /** Who made the change, by their current name in the directory; null when nobody was chosen. */
  actor: string | null;
  entity: string;
  entityId: number | null;
  hireId: number | null;
  action: string;
  detail: AuditDetail;
  /**
   * The plan item's title as it is now, for the view only (the trail itself stores no titles);
   * null when the event is not about an item or the item no longer exists.
   */
  itemTitle: string | null;
}

/** An archived plan, for the Arkiverade list and the retention card. */
export interface ArchivedHire {
  id: number;
  name: string;
  title: string;
  team: string;
  startDate: string;
  finishedAt: string | null;
  archivedAt: string;
  archivedBy: string | null;
}

export interface RetentionProposal {
  years: number;
  /** Plans archived before this instant are proposed for erasing. */
  before: string;
  hires: ArchivedHire[];
}

export const hireHistoryInput = z.strictObject({ hireId: id });
/** The whole trail, or one hire's. */
export const auditExportInput = z.strictObject({ hireId: id.nullable() });
export const archiveInput = z.strictObject({ hireId: id, archived: z.boolean() });
/** The name typed as confirmation; compared with the stored name in main. */
export const eraseHireInput = z.strictObject({ hireId: id, confirmName: z.string().max(200, 'validation.tooLong') });

/** The typed confirmation matches when it is the name, apart from surrounding spaces. */
export const confirmsName = (typed: string, name: string) => typed.trim() === name.trim() && name.trim() !== '';

/** The version of the JSON a person's export is written in. */
export const PERSONAL_EXPORT_FORMAT = 'introplan-personuppgifter';
export const PERSONAL_EXPORT_VERSION = 1;
