import type { KeysUnder } from '../i18n/translate';

/** What an audit row is about; the texts name each ("audit.entities.plan-item"). */
export type AuditEntity = KeysUnder<'audit.entities'>;

/**
 * What happened, as stored in audit_log ("item.done"): exactly the actions the texts describe
 * ("audit.actions.item.done"), so an action without a sentence does not compile.
 */
export type AuditAction = KeysUnder<'audit.actions'>;

/** Safe to keep in the trail: ids, counts, dates, flags and field names, never free text. */
export type AuditDetail = Record<string, string | number | boolean | null | string[]>;

/** One event of the audit trail as the history view shows it. */
export interface AuditEvent {
  id: number;
  /** ISO instant. */
  at: string;
  /** Who made the change, by their current name in the directory; null when nobody was chosen. */
  actor: string | null;
  /** Stored strings: a file from another version may hold entities and actions this one lacks. */
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
