import { eq, getTableColumns, isNotNull } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/client';
import {
  checkIns,
  competenceLevels,
  competenceMappings,
  competencePlans,
  competenceTrainings,
  groupAttendance,
  groupMembers,
  groupSessions,
  groups,
  hires,
  introducerHours,
  people,
  phaseEvaluations,
  planItems,
  reflectionSessions,
  substituteIntroducers,
  templates,
  templateVersions,
} from '../../../db/schema';

/** A shared row as its document holds it: one scalar per column, other rows named by their global ids. */
export type Scalar = string | number | boolean | null;
export type Rec = Record<string, Scalar>;

type Ref = 'person' | 'hire' | 'version' | 'group' | 'groupSession' | 'groupMember';

/**
 * How one table's rows become records: which columns stay on this desk (integer ids, the
 * bookkeeping time, what the document's place already says), which name another row, which hold
 * JSON. Everything else is copied as it is.
 */
export interface TableSpec {
  table: SQLiteTable;
  local: readonly string[];
  refs: Readonly<Record<string, Ref>>;
  json: readonly string[];
}

/** The status columns travel as one unit (hire-document.ts), not field by field. */
export const STATUS_COLUMNS = ['status', 'notApplicableReason', 'doneAt', 'doneBy', 'followedUpAt', 'followedUpBy'] as const;

export const SPECS = {
  people: { table: people, local: ['id', 'globalId', 'updatedAt'], refs: {}, json: ['roles'] },
  hire: {
    table: hires,
    local: ['id', 'globalId', 'updatedAt'],
    refs: {
      managerId: 'person',
      introducerId: 'person',
      coordinatorId: 'person',
      archivedBy: 'person',
      createdBy: 'person',
      templateVersionId: 'version',
    },
    json: [],
  },
  items: {
    table: planItems,
    local: ['id', 'globalId', 'hireId', 'updatedAt', ...STATUS_COLUMNS],
    refs: {},
    json: ['responsible'],
  },
  hours: {
    table: introducerHours,
    local: ['id', 'globalId', 'hireId'],
    refs: { personId: 'person', loggedBy: 'person' },
    json: [],
  },
  sessions: { table: reflectionSessions, local: ['id', 'uid', 'hireId', 'updatedAt'], refs: { leaderId: 'person' }, json: [] },
  competencePlans: { table: competencePlans, local: ['id', 'globalId', 'hireId', 'updatedAt'], refs: { coHandlerId: 'person' }, json: [] },
  mappings: { table: competenceMappings, local: ['id', 'globalId', 'hireId', 'updatedAt'], refs: {}, json: [] },
  levels: { table: competenceLevels, local: ['id', 'globalId', 'hireId', 'updatedAt'], refs: { decidedBy: 'person' }, json: [] },
  trainings: { table: competenceTrainings, local: ['id', 'globalId', 'hireId', 'updatedAt'], refs: {}, json: [] },
  // Keyed by the checkpoint: two desks recording the same check-in merge into one, field by field.
  checkIns: {
    table: checkIns,
    local: ['id', 'globalId', 'hireId', 'checkpointId', 'updatedAt'],
    refs: { heldBy: 'person' },
    json: ['actions'],
  },
  // Keyed by the phase, like a check-in by its checkpoint.
  phaseEvaluations: {
    table: phaseEvaluations,
    local: ['id', 'globalId', 'hireId', 'phaseId', 'updatedAt'],
    refs: { templateVersionId: 'version', enteredBy: 'person' },
    json: ['scores'],
  },
  substitutes: {
    table: substituteIntroducers,
    local: ['id', 'globalId', 'hireId', 'updatedAt'],
    refs: { personId: 'person', createdBy: 'person' },
    json: [],
  },
  // The unit's groups (one document): rows by global id, attendance by its session and member.
  groups: { table: groups, local: ['id', 'globalId', 'updatedAt'], refs: { leaderId: 'person' }, json: [] },
  groupMembers: {
    table: groupMembers,
    local: ['id', 'globalId', 'updatedAt'],
    refs: { groupId: 'group', hireId: 'hire', personId: 'person' },
    json: [],
  },
  groupSessions: { table: groupSessions, local: ['id', 'globalId', 'updatedAt'], refs: { groupId: 'group' }, json: [] },
  groupAttendance: { table: groupAttendance, local: ['id', 'globalId', 'sessionId', 'memberId', 'updatedAt'], refs: {}, json: [] },
  template: { table: templates, local: ['id', 'uid', 'updatedAt'], refs: {}, json: [] },
  versions: {
    table: templateVersions,
    local: ['id', 'templateId', 'number', 'updatedAt'],
    refs: { publishedBy: 'person' },
    json: ['content'],
  },
} satisfies Record<string, TableSpec>;

type HireTableRow = { globalId?: string | null; checkpointId?: string; phaseId?: string };
const byGlobalId = { key: (r: HireTableRow) => r.globalId ?? null, newRow: (k: string) => ({ globalId: k }) };

/**
 * The tables of a hire's document added by issue 19, read and projected alike: the competence
 * plan row is the hire's one (key 'plan'), a check-in goes by its checkpoint and a phase evaluation
 * by its phase, the others by their
 * rows' global ids; `newRow` is what a key says about a row made from it. `entity` names what a
 * received change is in the history.
 */
export const HIRE_TABLES = [
  { collection: 'competencePlans', table: competencePlans, key: () => 'plan', newRow: () => ({}), entity: 'competence' },
  { collection: 'mappings', table: competenceMappings, ...byGlobalId, entity: 'competence' },
  { collection: 'levels', table: competenceLevels, ...byGlobalId, entity: 'competence' },
  { collection: 'trainings', table: competenceTrainings, ...byGlobalId, entity: 'competence' },
  { collection: 'substitutes', table: substituteIntroducers, ...byGlobalId, entity: 'hours' },
  {
    collection: 'checkIns',
    table: checkIns,
    key: (r: HireTableRow) => r.checkpointId ?? null,
    newRow: (k: string) => ({ checkpointId: k }),
    entity: 'check-in',
  },
  {
    collection: 'phaseEvaluations',
    table: phaseEvaluations,
    key: (r: HireTableRow) => r.phaseId ?? null,
    newRow: (k: string) => ({ phaseId: k }),
    entity: 'phase-evaluation',
  },
] as const;

/** Integer ids of this file ↔ global ids, read once per pass (the directory and the programmes are small). */
export class Refs {
  private maps = new Map<Ref, { toGlobal: Map<number, string>; toLocal: Map<string, number> }>();

  constructor(private readonly db: Db) {}

  private map(kind: Ref) {
    let map = this.maps.get(kind);
    if (!map) {
      const rows = this.read(kind);
      map = { toGlobal: new Map(rows.map((r) => [r.id, r.key])), toLocal: new Map(rows.map((r) => [r.key, r.id])) };
      this.maps.set(kind, map);
    }
    return map;
  }

  private read(kind: Ref): { id: number; key: string }[] {
    if (kind === 'person') return this.db.select({ id: people.id, key: people.globalId }).from(people).all().filter(hasKey);
    if (kind === 'hire') return this.db.select({ id: hires.id, key: hires.globalId }).from(hires).all().filter(hasKey);
    if (kind === 'group') return this.db.select({ id: groups.id, key: groups.globalId }).from(groups).all().filter(hasKey);
    if (kind === 'groupSession')
      return this.db.select({ id: groupSessions.id, key: groupSessions.globalId }).from(groupSessions).all().filter(hasKey);
    if (kind === 'groupMember')
      return this.db.select({ id: groupMembers.id, key: groupMembers.globalId }).from(groupMembers).all().filter(hasKey);
    return this.db
      .select({ id: templateVersions.id, uid: templates.uid, number: templateVersions.number })
      .from(templateVersions)
      .innerJoin(templates, eq(templates.id, templateVersions.templateId))
      .where(isNotNull(templateVersions.number))
      .all()
      .map((r) => ({ id: r.id, key: versionKey(r.uid, r.number ?? 0) }));
  }

  global(kind: Ref, id: number | null): string | null {
    return id === null ? null : (this.map(kind).toGlobal.get(id) ?? null);
  }

  local(kind: Ref, key: string | null): number | null {
    return key === null ? null : (this.map(kind).toLocal.get(key) ?? null);
  }

  /** After rows were added in this pass. */
  forget(kind: Ref): void {
    this.maps.delete(kind);
  }
}

const hasKey = (r: { id: number; key: string | null }): r is { id: number; key: string } => r.key !== null;

export const versionKey = (uid: string, number: number) => `${uid}#${number}`;

/** The columns a record holds, in the table's order. */
export function sharedColumns(spec: TableSpec): string[] {
  return Object.keys(getTableColumns(spec.table)).filter((key) => !spec.local.includes(key));
}

export function toRecord(spec: TableSpec, row: Record<string, unknown>, refs: Refs): Rec {
  const record: Rec = {};
  for (const key of sharedColumns(spec)) {
    const value = row[key];
    const ref = spec.refs[key];
    if (ref) record[key] = refs.global(ref, value as number | null);
    else if (spec.json.includes(key)) record[key] = JSON.stringify(value);
    else record[key] = (value ?? null) as Scalar;
  }
  return record;
}

/** A record as column values of this file; a row it names that this file lacks is `missing`. */
export function fromRecord(spec: TableSpec, record: Rec, refs: Refs): { values: Record<string, unknown>; missing: string[] } {
  const values: Record<string, unknown> = {};
  const missing: string[] = [];
  for (const key of sharedColumns(spec)) {
    const value = record[key] ?? null;
    const ref = spec.refs[key];
    if (ref) {
      const local = refs.local(ref, value as string | null);
      if (value !== null && local === null) missing.push(`${ref}:${String(value)}`);
      values[key] = local;
    } else if (spec.json.includes(key)) values[key] = value === null ? null : JSON.parse(String(value));
    else values[key] = value;
  }
  return { values, missing };
}

/** An attendance record's key: its session and its member, so two desks ticking the same member merge into one. */
export const attendanceKey = (sessionGlobalId: string, memberGlobalId: string) => `${sessionGlobalId}:${memberGlobalId}`;
