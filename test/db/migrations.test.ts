import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../db/migrate';
import { knownMigrationCount, openDatabase } from '../../db/open';
import { dumpDatabase } from '../support/db-dump';
import { createPerson } from '../../db/queries/staff';
import { getVersion } from '../../db/queries/templates';
import { SUGGESTED_CHECK_INS } from '../../electron/shared/schemas/check-in-template';
import { KIRUNA_LEVELS } from '../../electron/shared/schemas/competence-template';
import { insertVersion3Fixture, LOG_FREE_TEXT, OLD_STORED_PROGRAMME } from '../support/legacy-fixture';
import { committedMigrationsUpTo, migrateLikeDrizzle } from '../support/migration-folders';
import { MIGRATIONS, tempDbPath } from '../support/paths';

type Rows = Record<string, Record<string, unknown>[]>;

/** A file the old app (drizzle's migrator) brought to `count` migrations, holding the 0003-era fixture. */
function legacyDatabase(count: number): string {
  const file = tempDbPath();
  migrateLikeDrizzle(file, committedMigrationsUpTo(4));
  const sqlite = new Database(file);
  insertVersion3Fixture(sqlite);
  sqlite.close();
  if (count > 4) migrateLikeDrizzle(file, committedMigrationsUpTo(count));
  return file;
}

const readOnly = <T>(file: string, fn: (sqlite: Database.Database) => T): T => {
  const sqlite = new Database(file, { readonly: true });
  try {
    return fn(sqlite);
  } finally {
    sqlite.close();
  }
};
const allRows = (file: string): Rows => readOnly(file, (s) => JSON.parse(dumpDatabase(s)) as Rows);
const health = (sqlite: Database.Database) => ({
  integrity: sqlite.pragma('integrity_check', { simple: true }),
  orphans: sqlite.pragma('foreign_key_check'),
  version: sqlite.pragma('user_version', { simple: true }),
});
const healthy = { integrity: 'ok', orphans: [], version: knownMigrationCount(MIGRATIONS) };

/** Every row of `before` is still there with the same values; columns added later may sit beside them. */
function expectRowsSurvived(before: Rows, after: Rows, dropped: string[]) {
  const sequences = (rows: Rows): Record<string, unknown> =>
    Object.fromEntries(rows.sqlite_sequence!.map((r) => [r.name as string, r.seq]));
  // AUTOINCREMENT counters move with their tables, so a dropped table's counter goes with it.
  expect(sequences(after)).toMatchObject(Object.fromEntries(Object.entries(sequences(before)).filter(([t]) => !dropped.includes(t))));
  for (const [table, rows] of Object.entries(before)) {
    if (dropped.includes(table) || table === '__drizzle_migrations' || table === 'sqlite_sequence') continue;
    expect(after[table], table).toHaveLength(rows.length);
    rows.forEach((row, i) => expect(after[table]![i], `${table} row ${i}`).toMatchObject(row));
  }
}

const T = '2026-03-02T09:00:00.000Z';
const EXPECTED_AUDIT: [number | null, string, number | null, number, string, Record<string, unknown>][] = [
  [null, 'hire', 1, 1, 'hire.created', { items: 3 }],
  [1, 'hire', 1, 1, 'hire.updated', { fields: ['name', 'team', 'managerId'] }],
  [1, 'hire', 1, 1, 'hire.start-date-changed', { from: '2026-03-09', to: '2026-03-02', items: 3 }],
  [1, 'hire', 2, 2, 'hire.finished', {}],
  [1, 'hire', 2, 2, 'hire.reopened', {}],
  [2, 'plan-item', 1, 1, 'item.done', { from: 'todo' }],
  [1, 'plan-item', 2, 1, 'item.notApplicable', { from: 'todo' }],
  [1, 'plan-item', 3, 1, 'item.added', {}],
  [1, 'plan-item', 3, 1, 'item.edited', { datesChanged: true, noteChanged: true }],
  [2, 'hours', 1, 1, 'hours.logged', { entryId: 1, minutes: 60 }],
  [2, 'hours', 9, 1, 'hours.removed', { id: 9, hireId: 1, date: '2026-03-04', minutes: 30, personId: 2, loggedBy: 2, createdAt: T }],
  [1, 'hours', null, 1, 'hours.slot', { weekday: 3, time: '10:00' }],
  [1, 'reflection', null, 1, 'reflection.added', { date: '2026-03-25', time: '14:00', durationMinutes: 90 }],
  [1, 'reflection', 2, 1, 'reflection.cancelled', { sessionId: 2, status: 'cancelled' }],
  [1, 'reflection', 2, 1, 'reflection.reopened', { sessionId: 2, status: 'planned' }],
  [2, 'reflection', 1, 1, 'reflection.held', { sessionId: 1, status: 'held' }],
  [1, 'reflection', 3, 1, 'reflection.moved', { sessionId: 3, date: '2026-03-25', time: '14:00' }],
];

describe('committed data-changing migrations on a populated file', () => {
  it('0004_audit_archive: the change log becomes the audit trail without free text; every row and foreign key survives', () => {
    const file = legacyDatabase(4);
    const before = allRows(file);
    expect(before.change_log).toHaveLength(EXPECTED_AUDIT.length);

    openDatabase(file, MIGRATIONS).close();

    const after = allRows(file);
    expectRowsSurvived(before, after, ['change_log']);
    expect(after.hires!.map((h) => [h.archived_at, h.archived_by])).toEqual([
      [null, null],
      [null, null],
    ]);
    const audit = after.audit_log!.map((r): unknown[] => [
      r.person_id,
      r.entity,
      r.entity_id,
      r.hire_id,
      r.action,
      JSON.parse(r.detail as string),
    ]);
    expect(audit).toEqual(EXPECTED_AUDIT);
    expect(after.audit_log!.map((r) => [r.id, r.at])).toEqual(before.change_log!.map((r) => [r.id, r.at]));
    const trail = JSON.stringify(after.audit_log);
    for (const text of Object.values(LOG_FREE_TEXT)) expect(trail).not.toContain(text);
    expect(readOnly(file, health)).toEqual(healthy);
  });

  it('0005_drop_change_log: only the old log goes, and none of its free text is left in the file', () => {
    const file = legacyDatabase(5);
    const before = allRows(file);
    expect(JSON.stringify(before.change_log)).toContain(LOG_FREE_TEXT.purpose);

    openDatabase(file, MIGRATIONS).close();

    const after = allRows(file);
    expect(after.change_log).toBeUndefined();
    expectRowsSurvived(before, after, ['change_log']);
    expect(after.audit_log).toEqual(before.audit_log);
    expect(readOnly(file, health)).toEqual(healthy);
    // secure_delete zeroes the dropped pages: the removed hour's purpose was only in the log.
    const bytes = Buffer.concat([readFileSync(file), existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0)]);
    expect(bytes.includes(Buffer.from(LOG_FREE_TEXT.purpose))).toBe(false);
    expect(bytes.includes(Buffer.from(LOG_FREE_TEXT.name))).toBe(true); // the check can see text that is there
    // The copy from before the upgrade still has the log, as a backup should.
    const backup = `${file}.fore-uppgradering-v5.bak`;
    expect(readOnly(backup, (s) => s.prepare('SELECT count(*) FROM change_log').pluck().get())).toBe(EXPECTED_AUDIT.length);
  });
});

describe('0007_session_place_leader on a populated file', () => {
  it('gives every session an empty place and no leader, keeps every row, and reads the stored programme with the new cadence fields', () => {
    const file = legacyDatabase(7);
    const before = allRows(file);
    expect(before.reflection_sessions).toHaveLength(3);
    expect(before.reflection_sessions![0]).not.toHaveProperty('place');

    const opened = openDatabase(file, MIGRATIONS);
    try {
      // The programme stored before the cadence had a place and leader reads with their defaults.
      const version = getVersion(opened.db, 1)!;
      expect(version.content.norms.reflection).toEqual({ ...OLD_STORED_PROGRAMME.norms.reflection, place: '', leaderRole: null });
    } finally {
      opened.close();
    }

    const after = allRows(file);
    expectRowsSurvived(before, after, []);
    expect(after.reflection_sessions!.map((r) => [r.id, r.place, r.leader_id])).toEqual([
      [1, '', null],
      [2, '', null],
      [3, '', null],
    ]);
    // The published version itself is not rewritten (it is immutable).
    expect(after.template_versions).toEqual(before.template_versions);
    expect(readOnly(file, health)).toEqual(healthy);
  });
});

describe('0008_global_ids on a populated file', () => {
  it('gives every shared row its own global id, keeps every row, and gives one to every row added later, however it is added', () => {
    const file = legacyDatabase(8);
    const before = allRows(file);
    openDatabase(file, MIGRATIONS).close();
    const after = allRows(file);
    expectRowsSurvived(before, after, []);
    const ids = ['people', 'hires', 'plan_items', 'introducer_hours'].flatMap((table) => {
      expect(after[table]!.length, table).toBeGreaterThan(0);
      return after[table]!.map((row) => row.global_id);
    });
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(ids).size).toBe(ids.length);

    const opened = openDatabase(file, MIGRATIONS);
    try {
      opened.sqlite.prepare("INSERT INTO people (name, created_at, updated_at) VALUES ('Rå rad', 'x', 'x')").run();
      createPerson(opened.db, { name: 'Via appen', title: '', team: '', phone: '', email: '', roles: [] }, T);
      const added = opened.sqlite.prepare("SELECT global_id FROM people WHERE name IN ('Rå rad', 'Via appen')").pluck().all() as string[];
      expect(added).toHaveLength(2);
      for (const id of added) expect(id).toMatch(/^[0-9a-f]{32}$/);
      expect(ids).not.toContain(added[0]);
    } finally {
      opened.close();
    }
    expect(readOnly(file, health)).toEqual(healthy);
  });
});

describe('0009_competence on a populated file', () => {
  it('keeps every row, adds the competence tables empty, and a programme stored before reads with Kiruna’s levels', () => {
    const file = legacyDatabase(9);
    const before = allRows(file);
    openDatabase(file, MIGRATIONS).close();
    const after = allRows(file);
    expectRowsSurvived(before, after, []);
    for (const table of ['competence_plans', 'competence_mappings', 'competence_levels', 'competence_trainings'])
      expect(after[table], table).toEqual([]);

    const opened = openDatabase(file, MIGRATIONS);
    try {
      const hire = opened.sqlite.prepare('SELECT id, template_version_id AS versionId FROM hires ORDER BY id LIMIT 1').get() as {
        id: number;
        versionId: number;
      };
      const stored = opened.sqlite.prepare('SELECT content FROM template_versions WHERE id = ?').pluck().get(hire.versionId) as string;
      expect(stored).not.toContain('"competence"');
      expect(getVersion(opened.db, hire.versionId)!.content.competence.map((l) => l.title)).toEqual(KIRUNA_LEVELS.map((l) => l.title));
      opened.sqlite
        .prepare("INSERT INTO competence_levels (hire_id, level, decided_on, created_at, updated_at) VALUES (?, 2, '2026-11-20', 'x', 'x')")
        .run(hire.id);
      expect(opened.sqlite.prepare('SELECT global_id FROM competence_levels').pluck().get()).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      opened.close();
    }
    expect(readOnly(file, health)).toEqual(healthy);
  });
});

describe('0010_coordinator on a populated file', () => {
  it('keeps every row, gives hires an empty coordinator and adds the substitute table empty, with global ids for new rows', () => {
    const file = legacyDatabase(10);
    const before = allRows(file);
    openDatabase(file, MIGRATIONS).close();
    const after = allRows(file);
    expectRowsSurvived(before, after, []);
    expect(after.hires!.length).toBeGreaterThan(0);
    for (const hire of after.hires!) expect(hire.coordinator_id).toBeNull();
    expect(after.substitute_introducers).toEqual([]);

    const opened = openDatabase(file, MIGRATIONS);
    try {
      const hire = opened.sqlite.prepare('SELECT id, introducer_id AS introducer FROM hires ORDER BY id LIMIT 1').get() as {
        id: number;
        introducer: number;
      };
      opened.sqlite
        .prepare(
          "INSERT INTO substitute_introducers (hire_id, person_id, from_date, to_date, created_at, updated_at) VALUES (?, ?, '2026-12-07', '2026-12-18', 'x', 'x')",
        )
        .run(hire.id, hire.introducer);
      expect(opened.sqlite.prepare('SELECT global_id FROM substitute_introducers').pluck().get()).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      opened.close();
    }
    expect(readOnly(file, health)).toEqual(healthy);
  });
});

describe('0011_check_ins on a populated file', () => {
  it('keeps every row, adds the check-in table empty, and a programme stored before reads with the suggested check-ins', () => {
    const file = legacyDatabase(11);
    const before = allRows(file);
    openDatabase(file, MIGRATIONS).close();
    const after = allRows(file);
    expectRowsSurvived(before, after, []);
    expect(after.check_ins).toEqual([]);
    const opened = openDatabase(file, MIGRATIONS);
    try {
      const hire = opened.sqlite.prepare('SELECT id, template_version_id AS versionId FROM hires ORDER BY id LIMIT 1').get() as {
        id: number;
        versionId: number;
      };
      expect(getVersion(opened.db, hire.versionId)!.content.checkIns).toEqual(SUGGESTED_CHECK_INS);
      opened.sqlite
        .prepare(
          "INSERT INTO check_ins (hire_id, checkpoint_id, held_on, workload, support, actions, created_at, updated_at) VALUES (?, 'vecka-1', '2026-03-09', 3, 4, '[]', 'x', 'x')",
        )
        .run(hire.id);
      expect(opened.sqlite.prepare('SELECT global_id FROM check_ins').pluck().get()).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      opened.close();
    }
    expect(readOnly(file, health)).toEqual(healthy);
  });
});

describe('0012_phase_evaluations on a populated file', () => {
  it('keeps every row, adds the evaluation table empty, one answer per hire and phase, with a global id', () => {
    const file = legacyDatabase(12);
    const before = allRows(file);
    openDatabase(file, MIGRATIONS).close();
    const after = allRows(file);
    expectRowsSurvived(before, after, []);
    expect(after.phase_evaluations).toEqual([]);
    const opened = openDatabase(file, MIGRATIONS);
    try {
      const hire = opened.sqlite.prepare('SELECT id, template_version_id AS versionId FROM hires ORDER BY id LIMIT 1').get() as {
        id: number;
        versionId: number;
      };
      const insert = opened.sqlite.prepare(
        "INSERT INTO phase_evaluations (hire_id, phase_id, template_version_id, answered_on, source, scores, created_at, updated_at) VALUES (?, 'vecka-1-4', ?, '2026-03-09', 'paper', '{}', 'x', 'x')",
      );
      insert.run(hire.id, hire.versionId);
      expect(opened.sqlite.prepare('SELECT global_id FROM phase_evaluations').pluck().get()).toMatch(/^[0-9a-f]{32}$/);
      expect(() => insert.run(hire.id, hire.versionId)).toThrow(/UNIQUE/);
    } finally {
      opened.close();
    }
    expect(readOnly(file, health)).toEqual(healthy);
  });
});

describe('0013_groups on a populated file', () => {
  it('keeps every row, adds the group tables empty, gives new rows global ids and a member exactly one of hire and person', () => {
    const file = legacyDatabase(13);
    const before = allRows(file);
    openDatabase(file, MIGRATIONS).close();
    const after = allRows(file);
    expectRowsSurvived(before, after, []);
    for (const table of ['groups', 'group_members', 'group_sessions', 'group_attendance']) expect(after[table]).toEqual([]);
    const opened = openDatabase(file, MIGRATIONS);
    try {
      const s = opened.sqlite;
      const hireId = s.prepare('SELECT id FROM hires ORDER BY id LIMIT 1').pluck().get() as number;
      const personId = s.prepare('SELECT id FROM people ORDER BY id LIMIT 1').pluck().get() as number;
      const groupId = s
        .prepare(
          "INSERT INTO groups (kind, name, leader_id, weekday, time, duration_minutes, max_members, meetings_per_year, created_at, updated_at) VALUES ('reflection', 'G', ?, 3, '13:00', 90, 8, 24, 'x', 'x')",
        )
        .run(personId).lastInsertRowid;
      const member = s.prepare(
        'INSERT INTO group_members (group_id, hire_id, person_id, from_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      );
      const memberId = member.run(groupId, hireId, null, '2026-03-02', 'x', 'x').lastInsertRowid;
      expect(() => member.run(groupId, hireId, personId, '2026-03-02', 'x', 'x')).toThrow(/CHECK constraint/);
      expect(() => member.run(groupId, null, null, '2026-03-02', 'x', 'x')).toThrow(/CHECK constraint/);
      const sessionId = s
        .prepare(
          "INSERT INTO group_sessions (group_id, uid, date, time, duration_minutes, status, created_at, updated_at) VALUES (?, 'u1', '2026-03-04', '13:00', 90, 'held', 'x', 'x')",
        )
        .run(groupId).lastInsertRowid;
      const attend = s.prepare(
        "INSERT INTO group_attendance (session_id, member_id, present, created_at, updated_at) VALUES (?, ?, 1, 'x', 'x')",
      );
      attend.run(sessionId, memberId);
      expect(() => attend.run(sessionId, memberId)).toThrow(/UNIQUE/);
      for (const table of ['groups', 'group_members', 'group_sessions', 'group_attendance'])
        expect(s.prepare(`SELECT global_id FROM ${table}`).pluck().get()).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      opened.close();
    }
  });
});

describe('the runner keeps drizzle’s bookkeeping', () => {
  const bookkeeping = (file: string) =>
    readOnly(file, (s) => ({
      applied: s.prepare('SELECT hash, created_at FROM __drizzle_migrations ORDER BY created_at').all(),
      schema: s.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name').all(),
      version: s.pragma('user_version', { simple: true }),
    }));

  it('writes what drizzle’s migrator writes, and each sees the other’s file as up to date', () => {
    const ours = tempDbPath();
    const theirs = tempDbPath();
    const sqlite = new Database(ours);
    expect(runMigrations(sqlite, MIGRATIONS)).toBe(knownMigrationCount(MIGRATIONS));
    sqlite.close();
    migrateLikeDrizzle(theirs, MIGRATIONS);
    expect(bookkeeping(ours)).toEqual(bookkeeping(theirs));

    const before = [allRows(ours), allRows(theirs)];
    const onTheirs = new Database(theirs);
    expect(runMigrations(onTheirs, MIGRATIONS)).toBe(0);
    onTheirs.close();
    const onOurs = new Database(ours);
    migrate(drizzle(onOurs), { migrationsFolder: MIGRATIONS });
    onOurs.close();
    expect([allRows(ours), allRows(theirs)]).toEqual(before);
  });
});
