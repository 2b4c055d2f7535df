import { gt, inArray, like, max } from 'drizzle-orm';
import type { Db } from '../client';
import { readPreference, writePreference } from './preference-value';
import { auditLog, hires, introducerHours, people, planItems, preferences, reflectionSessions } from '../schema';

/**
 * What this desk last agreed with the shared folder, per document: the document's heads its
 * SQLite reflects (so a change made here is told apart from one received) and the folder's
 * signature when last read. Restored with the data from a backup, since it describes that data.
 */
export interface DocSyncState {
  heads: string[];
  seen: string | null;
  /** Conflicts found when the document was last read, for the status line after a restart. */
  conflicts?: number;
  /**
   * This desk's changes in `heads` not yet known to be in the folder (base64 of Automerge's
   * bytes), kept with the rows that reflect them: after a crash they are written again, and
   * `heads` can be found in the document.
   */
  outbox?: string[];
}

const DOC_PREFIX = 'sync.doc.';
const AUDIT_MARK = 'sync.auditMark';

/**
 * This computer's sharing: which folder and under which installation id. Kept under `desk.*`
 * so a restore carries it over like the backup settings: it belongs to the desk, not the data.
 */
const DESK = {
  folder: 'desk.sync.folder',
  installation: 'desk.sync.installation',
  label: 'desk.sync.label',
  copyToBackups: 'desk.sync.copyToBackups',
} as const;

export function docSyncStates(db: Db): Map<string, DocSyncState> {
  return new Map(
    db
      .select()
      .from(preferences)
      .where(like(preferences.key, `${DOC_PREFIX}%`))
      .all()
      .map((row) => [row.key.slice(DOC_PREFIX.length), row.value as DocSyncState]),
  );
}

export const setDocSyncState = (db: Db, docId: string, state: DocSyncState | null) => writePreference(db, `${DOC_PREFIX}${docId}`, state);

export function auditMark(db: Db): number {
  const mark = readPreference(db, AUDIT_MARK);
  return typeof mark === 'number' ? mark : 0;
}

export const setAuditMark = (db: Db, mark: number) => writePreference(db, AUDIT_MARK, mark);

export const lastAuditId = (db: Db) =>
  db
    .select({ id: max(auditLog.id) })
    .from(auditLog)
    .get()?.id ?? 0;

/** The audit rows after `mark`: what changed on this desk since it last shared. */
export const auditSince = (db: Db, mark: number) =>
  db
    .select({
      id: auditLog.id,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      hireId: auditLog.hireId,
      action: auditLog.action,
      detail: auditLog.detail,
    })
    .from(auditLog)
    .where(gt(auditLog.id, mark))
    .all();

export const hireGlobalIds = (db: Db, ids: readonly number[]) =>
  ids.length
    ? db
        .select({ id: hires.id, globalId: hires.globalId })
        .from(hires)
        .where(inArray(hires.id, [...ids]))
        .all()
    : [];

export interface DeskSharing {
  folder: string;
  installation: string;
  label: string;
  /** The backup routine also copies the shared folder. */
  copyToBackups: boolean;
}

export function deskSharing(db: Db): DeskSharing | null {
  const folder = readPreference(db, DESK.folder);
  const installation = readPreference(db, DESK.installation);
  const label = readPreference(db, DESK.label);
  return typeof folder === 'string' && typeof installation === 'string'
    ? {
        folder,
        installation,
        label: typeof label === 'string' ? label : '',
        copyToBackups: readPreference(db, DESK.copyToBackups) === true,
      }
    : null;
}

export function setDeskSharing(db: Db, sharing: DeskSharing | null): void {
  writePreference(db, DESK.folder, sharing?.folder ?? null);
  writePreference(db, DESK.installation, sharing?.installation ?? null);
  writePreference(db, DESK.label, sharing?.label ?? null);
  writePreference(db, DESK.copyToBackups, sharing?.copyToBackups || null);
}

/** Forgets what this desk agreed with a folder (on leaving, so joining again starts afresh). */
export function forgetSyncState(db: Db): void {
  db.delete(preferences)
    .where(like(preferences.key, `${DOC_PREFIX}%`))
    .run();
  writePreference(db, AUDIT_MARK, null);
}

/**
 * The shared keys of rows changed on this desk (from their audit rows' entity ids): plan items and
 * introducer time by global id, sessions by uid, people by global id, a hire as `hire:<global id>`.
 */
export function sharedKeysOf(
  db: Db,
  ids: { items: number[]; hours: number[]; sessions: number[]; people: number[]; hires: number[] },
): Set<string> {
  const keys = new Set<string>();
  const add = (rows: { key: string | null }[], prefix = '') => rows.forEach((r) => r.key && keys.add(`${prefix}${r.key}`));
  if (ids.items.length) add(db.select({ key: planItems.globalId }).from(planItems).where(inArray(planItems.id, ids.items)).all());
  if (ids.hours.length)
    add(db.select({ key: introducerHours.globalId }).from(introducerHours).where(inArray(introducerHours.id, ids.hours)).all());
  if (ids.sessions.length)
    add(db.select({ key: reflectionSessions.uid }).from(reflectionSessions).where(inArray(reflectionSessions.id, ids.sessions)).all());
  if (ids.people.length) add(db.select({ key: people.globalId }).from(people).where(inArray(people.id, ids.people)).all());
  if (ids.hires.length) add(db.select({ key: hires.globalId }).from(hires).where(inArray(hires.id, ids.hires)).all(), 'hire:');
  return keys;
}
