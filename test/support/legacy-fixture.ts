import type Database from 'better-sqlite3';
import { defaultProgramme } from '../../db/seed/default-programme';

/** Free text the old change log held; none of it may reach the audit trail. */
export const LOG_FREE_TEXT = {
  name: 'Nora Nyanställd',
  team: 'Barn och unga',
  reason: 'Har redan gått BBIC-utbildningen i Malmö',
  // Only in the log: the hour entry it describes was removed, so after 0005 it must be gone from the file.
  purpose: 'Samtal om klienten Kalle Karlsson',
  cancelReason: 'Ola är sjuk',
  attendees: 'Nora och Ola',
  theme: 'Svåra samtal med föräldrar',
};

const T = '2026-03-02T09:00:00.000Z';

const { place: _place, leaderRole: _leader, ...oldCadence } = defaultProgramme.norms.reflection;
const { competence: _levels, ...beforeLevels } = defaultProgramme;
/** The default programme as an early version stored it: no place or leader for reflection, no competence levels. */
export const OLD_STORED_PROGRAMME = { ...beforeLevels, norms: { ...defaultProgramme.norms, reflection: oldCadence } };
const role = (r: string) => JSON.stringify({ kind: 'role', role: r });

/**
 * Realistic rows for a database at migration 0003 (before the audit trail): staff, a published
 * programme, two hires with plan items, hours and reflection sessions as foreign-key children,
 * and a change_log row of every action kind the app wrote then, with free text where it had it.
 */
export function insertVersion3Fixture(sqlite: Database.Database): void {
  const f = LOG_FREE_TEXT;
  const run = (sql: string, ...rows: unknown[][]) => {
    const statement = sqlite.prepare(sql);
    for (const row of rows) statement.run(...row);
  };
  sqlite.transaction(() => {
    run(
      'INSERT INTO people (id, name, title, team, roles, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [1, 'Maria Chef', 'Enhetschef', '', '["manager"]', T, T],
      [2, 'Ola Introduktör', 'Socialsekreterare', f.team, '["introducer"]', T, T],
      [3, 'Ester Kollega', 'Socialsekreterare', f.team, '[]', T, T],
    );
    run('INSERT INTO preferences (key, value) VALUES (?, ?)', ['language', '"sv"']);
    run('INSERT INTO extra_days_off (date, label) VALUES (?, ?)', ['2026-06-05', 'Klämdag']);
    run('INSERT INTO templates (id, uid, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [1, 'tpl-1', defaultProgramme.name, T, T]);
    run(
      'INSERT INTO template_versions (id, template_id, number, content, published_at, published_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [1, 1, 1, JSON.stringify(OLD_STORED_PROGRAMME), T, 1, T, T],
    );
    run(
      `INSERT INTO hires (id, name, title, team, start_date, manager_id, introducer_id, newly_graduated, template_version_id,
         finished_at, created_by, created_at, updated_at, introducer_weekday, introducer_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [1, f.name, 'Socialsekreterare', f.team, '2026-03-02', 1, 2, 0, 1, null, 1, T, T, 3, '10:00'],
      [2, 'Sam Student', 'Socialsekreterare', 'Vuxen', '2025-01-13', 1, 3, 1, 1, '2026-01-12T15:00:00.000Z', 1, T, T, 2, '09:00'],
    );
    run(
      `INSERT INTO plan_items (id, hire_id, template_item_id, phase_id, title, category, expected_minutes, responsible, required,
         start_date, due_date, status, not_applicable_reason, done_at, done_by, note, position, created_at, updated_at)
       VALUES (?, ?, ?, 'p1', ?, 'task', 60, ?, 1, '2026-03-02', '2026-03-06', ?, ?, ?, ?, ?, ?, ?, ?)`,
      [1, 1, 'i1', 'Nyckel och passerkort', role('manager'), 'done', null, T, 2, '', 1, T, T],
      [2, 1, 'i2', 'BBIC-utbildning', role('manager'), 'notApplicable', f.reason, null, null, '', 2, T, T],
      [3, 1, null, 'Studiebesök på mottagningen', role('introducer'), 'todo', null, null, null, 'Ta med körkort', 3, T, T],
      [4, 2, 'i1', 'Nyckel och passerkort', role('manager'), 'done', null, T, 1, '', 1, T, T],
    );
    run(
      'INSERT INTO introducer_hours (id, hire_id, date, minutes, purpose, person_id, logged_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [1, 1, '2026-03-03', 60, 'Genomgång av journalsystemet', 2, 2, T],
      [2, 2, '2025-01-14', 90, '', 3, 1, T],
    );
    run(
      `INSERT INTO reflection_sessions (id, hire_id, uid, date, time, duration_minutes, status, cancel_reason, attendees, theme, extra, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 90, ?, ?, ?, ?, ?, ?, ?)`,
      [1, 1, 'r-1', '2026-03-04', '13:00', 'held', null, f.attendees, f.theme, 0, T, T],
      [2, 1, 'r-2', '2026-03-18', '13:00', 'planned', null, '', '', 0, T, T],
      [3, 1, 'r-3', '2026-03-25', '14:00', 'planned', null, '', '', 1, T, T],
    );
    const removedEntry = { id: 9, hireId: 1, date: '2026-03-04', minutes: 30, purpose: f.purpose, personId: 2, loggedBy: 2, createdAt: T };
    run(
      'INSERT INTO change_log (id, at, person_id, hire_id, plan_item_id, action, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ...[
        [null, 1, null, 'hire.created', { items: 3 }],
        [1, 1, null, 'hire.updated', { name: f.name, team: f.team, managerId: 1 }],
        [1, 1, null, 'hire.start-date-changed', { from: '2026-03-09', to: '2026-03-02', items: 3 }],
        [1, 2, null, 'hire.finished', {}],
        [1, 2, null, 'hire.reopened', {}],
        [2, 1, 1, 'item.done', { from: 'todo', reason: null }],
        [1, 1, 2, 'item.notApplicable', { from: 'todo', reason: f.reason }],
        [1, 1, 3, 'item.added', {}],
        [1, 1, 3, 'item.edited', { datesChanged: true, noteChanged: true }],
        [2, 1, null, 'hours.logged', { entryId: 1, minutes: 60 }],
        [2, 1, null, 'hours.removed', removedEntry],
        [1, 1, null, 'hours.slot', { weekday: 3, time: '10:00' }],
        [1, 1, null, 'reflection.added', { date: '2026-03-25', time: '14:00', durationMinutes: 90 }],
        [1, 1, null, 'reflection.cancelled', { sessionId: 2, status: 'cancelled', cancelReason: f.cancelReason }],
        [1, 1, null, 'reflection.reopened', { sessionId: 2, status: 'planned', cancelReason: null }],
        [2, 1, null, 'reflection.held', { sessionId: 1, status: 'held', attendees: f.attendees, theme: f.theme, cancelReason: null }],
        [1, 1, null, 'reflection.moved', { sessionId: 3, date: '2026-03-25', time: '14:00' }],
      ].map(([person, hire, item, action, detail], i) => [
        i + 1,
        `2026-03-0${1 + (i % 9)}T10:00:00.000Z`,
        person,
        hire,
        item,
        action,
        JSON.stringify(detail),
      ]),
    );
  })();
}
