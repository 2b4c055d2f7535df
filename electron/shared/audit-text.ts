import { formatMinutes } from './rules/duration';
import type { AuditEvent } from './schemas/audit';

/** i18next's `t` in the renderer, `svText` in main: both take a catalogue key and values. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const scalar = (value: unknown): value is string | number => typeof value === 'string' || typeof value === 'number';

/**
 * One sentence saying what happened, from what the trail stores (entity, action, ids, counts,
 * dates). The item's current title is used when the caller has it; the export names items by id.
 */
export function describeAuditEvent(
  event: Pick<AuditEvent, 'entity' | 'entityId' | 'action' | 'detail'> & { itemTitle?: string | null },
  t: Translate,
  /** How the screen shows a calendar date ("20 nov"); the CSV keeps ISO dates. */
  formatDate: (iso: string) => string = (iso) => iso,
): string {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(event.detail)) {
    if (scalar(value)) values[key] = typeof value === 'string' && ISO_DATE.test(value) ? formatDate(value) : value;
  }
  if (typeof event.detail.minutes === 'number') values.time = formatMinutes(event.detail.minutes);
  if (event.entity === 'plan-item') {
    values.item =
      event.itemTitle != null
        ? t('audit.item', { title: event.itemTitle })
        : event.itemTitle === null || event.entityId === null
          ? t('audit.itemGone')
          : t('audit.itemNumber', { id: event.entityId });
  }
  const key = `audit.actions.${event.action}`;
  const text = t(key, values);
  // Another version or helper may record actions this catalogue does not know yet.
  if (text !== key && typeof text === 'string') return text;
  const entityKey = `audit.entities.${event.entity}`;
  const entity = t(entityKey);
  return t('audit.unknown', { entity: entity === entityKey ? event.entity : entity, action: event.action });
}
