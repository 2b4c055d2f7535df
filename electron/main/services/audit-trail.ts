import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { auditLog, hires, people, planItems } from '../../../db/schema';
import { describeAuditEvent } from '../../shared/audit-text';
import { svText, svTextOrKey, translateSv } from '../../shared/i18n/translate';
import type { AuditDetail, AuditEvent } from '../../shared/schemas/audit';

/**
 * The trail of one hire (or the whole trail) with each actor's name as the directory has it now.
 * With `titles`, events about plan items carry the item's current title: the trail stores none,
 * so a renamed item shows its new name and an erased one none.
 */
export function auditEvents(db: Db, hireId: number | null, { titles }: { titles: boolean }): AuditEvent[] {
  const rows = db
    .select({ row: auditLog, actor: people.name, hireName: hires.name })
    .from(auditLog)
    .leftJoin(people, eq(people.id, auditLog.personId))
    .leftJoin(hires, eq(hires.id, auditLog.hireId))
    .where(hireId === null ? undefined : eq(auditLog.hireId, hireId))
    .orderBy(asc(auditLog.at), asc(auditLog.id))
    .all();
  const itemIds = [...new Set(rows.flatMap(({ row }) => (row.entity === 'plan-item' && row.entityId !== null ? [row.entityId] : [])))];
  const current = new Map<number, string>();
  if (titles && itemIds.length) {
    for (const item of db
      .select({ id: planItems.id, title: planItems.title })
      .from(planItems)
      .where(inArray(planItems.id, itemIds))
      .all()) {
      current.set(item.id, item.title);
    }
  }
  return rows.map(({ row, actor, hireName }) => ({
    id: row.id,
    at: row.at,
    // A new hire's own tick is theirs, named by the plan it belongs to.
    actor: actor ?? ((row.detail as AuditDetail).byNewHire === true ? hireName : null),
    entity: row.entity,
    entityId: row.entityId,
    hireId: row.hireId,
    action: row.action,
    detail: row.detail as AuditDetail,
    itemTitle: titles && row.entity === 'plan-item' && row.entityId !== null ? (current.get(row.entityId) ?? null) : null,
  }));
}

const stockholm = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** "2026-11-23 10:00:00": Swedish wall-clock time, which Excel reads as a date and time. */
export const swedishDateTime = (instant: string) => stockholm.format(new Date(instant));

/**
 * One CSV cell. Semicolons, quotes and line breaks are quoted; a cell that starts like a formula
 * (a name typed as "=HYPERLINK(…)") gets a leading apostrophe so Excel shows it as text.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The trail as a file Swedish Excel opens by double-click: UTF-8 with a byte-order mark,
 * semicolons between columns, CRLF between rows. Items are named by id, never by title.
 */
export function auditCsv(events: readonly AuditEvent[]): Buffer {
  const header = (['at', 'who', 'what', 'entity', 'action', 'entityId', 'hireId'] as const).map((k) => svText(`audit.csv.${k}`));
  const lines = [header.map(csvCell).join(';')];
  for (const e of events) {
    // Stored names: a file from another version may hold ones this catalogue lacks.
    const entity = translateSv(`audit.entities.${e.entity}`) ?? e.entity;
    const what = describeAuditEvent({ ...e, itemTitle: undefined }, svTextOrKey);
    const cells = [swedishDateTime(e.at), e.actor ?? svText('audit.nobody'), what, entity, e.action, e.entityId, e.hireId];
    lines.push(cells.map(csvCell).join(';'));
  }
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}
