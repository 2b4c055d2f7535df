import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeAuditEvent } from '../../electron/shared/audit-text';
import { channels, type Channel } from '../../electron/shared/contract';
import { svTextOrKey } from '../../electron/shared/i18n/translate';
import { hireSteps } from '../support/audit-hire-steps';
import { competenceSteps } from '../support/audit-competence-steps';
import { groupSteps } from '../support/audit-group-steps';
import { sharingSteps } from '../support/audit-sharing-steps';
import { FREE_TEXT, newState, staffAndSettingsSteps, templateSteps, type Step } from '../support/audit-steps';
import { dumpDatabase } from '../support/db-dump';
import { handlerHarness } from '../support/handler-context';

const NOW = '2026-11-23T09:00:00.000Z';

/** Channels that only read, or write files outside the database: they leave no audit row. */
const READS = new Set<Channel>([
  'settings:get-preferences',
  'staff:list-people',
  'templates:list-templates',
  'templates:list-published',
  'templates:get-draft',
  'templates:get-version',
  'templates:export-version',
  'templates:export-draft',
  'session:get-current-user',
  'hires:list-hires',
  'hires:preview-plan',
  'hires:get-plan',
  'hires:preview-start-date',
  'plans:get-schedule',
  'settings:list-days-off',
  'hours:get-hours',
  'checkins:get-check-ins',
  'evaluations:get-phase-evaluations',
  'evaluations:print-form',
  'evaluations:get-summary',
  'hours:introducer-load',
  'reflection:get-sessions',
  'calendar:export-hire',
  'calendar:export-all',
  'calendar:day-info',
  'templates:check-load',
  'binder:export-pdf',
  'binder:open-exported',
  'settings:get-binder-settings',
  'audit:hire-history',
  'audit:export-trail',
  'privacy:list-archived',
  'privacy:retention-proposal',
  'sharing:get-status',
  'sharing:hire-conflicts',
  'session:get-current-hire',
  'session:get-account',
  'tasks:get-mine',
  'tasks:get-introduction',
  'tasks:export-pdf',
  'tasks:export-ics',
  'tasks:get-reminders',
  'competence:get-plan',
  'competence:get-budget',
  'competence:export-pdf',
  'groups:list-groups',
  'groups:get-group',
  'groups:get-hire',
  'groups:export-ics',
  'groups:attendance-pdf',
]);
/**
 * Remembers only who is working (and whom to recognise on this computer account), a person's own
 * reminder settings on this desk, stops a binder being made: none changes the unit's data.
 */
const NOT_A_CHANGE = new Set<Channel>([
  'session:set-current-user',
  'session:set-current-hire',
  'tasks:set-reminders',
  'binder:cancel-export',
]);
/** Switching or restoring database files, quitting; backup and recovery record their own events. */
const OTHER_DOMAINS = /^(app|backup|recovery):/;
/**
 * A look at the shared folder records each change it brings as its own row, and resolving a
 * conflict needs two desks: both are checked in test/db/sharing-handlers.test.ts.
 */
const AUDITED_ELSEWHERE = new Set<Channel>(['sharing:check-now', 'sharing:resolve-conflict']);

const h = handlerHarness(() => NOW);
const s = newState();
const steps: Step[] = [
  ...staffAndSettingsSteps(h, s),
  ...templateSteps(h, s),
  ...hireSteps(h, s),
  ...competenceSteps(h, s),
  ...groupSteps(h, s),
  ...sharingSteps(h),
];
const sqlite = () => h.ctx.session.sqlite;
const lastId = () => sqlite().prepare('SELECT coalesce(max(id), 0) FROM audit_log').pluck().get() as number;
const rowsAfter = (id: number) =>
  (sqlite().prepare('SELECT * FROM audit_log WHERE id > ? ORDER BY id').all(id) as { detail: string }[]).map((r) => ({
    ...r,
    detail: JSON.parse(r.detail) as unknown,
  }));

beforeAll(async () => {
  // Made before anyone is chosen, like the first people in a new installation.
  s.introducerId = (
    await h.must('staff:create-person', { name: FREE_TEXT.introducer, title: '', team: '', phone: '', email: '', roles: ['introducer'] })
  ).id;
  s.otherId = (await h.must('staff:create-person', { name: FREE_TEXT.other, title: '', team: '', phone: '', email: '', roles: ['it'] })).id;
});
afterAll(() => h.close());

describe('the audit trail', () => {
  it('covers every channel that changes data, each in one test step', () => {
    const covered = new Set(steps.map((step) => step.channel));
    const unclassified = channels.filter(
      (c) => !covered.has(c) && !READS.has(c) && !NOT_A_CHANGE.has(c) && !OTHER_DOMAINS.test(c) && !AUDITED_ELSEWHERE.has(c),
    );
    expect(unclassified).toEqual([]);
  });

  it('records exactly one row per user action, with who, what and when, in the same transaction as the change', async () => {
    const silence = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let chosen = false;
    for (const step of steps) {
      if (step.by !== 'nobody' && !chosen) {
        await h.must('session:set-current-user', { personId: s.managerId });
        chosen = true;
      }
      await step.prepare?.();
      // With the audit insert failing, the whole action must fail and change nothing.
      const before = dumpDatabase(sqlite());
      sqlite().exec("CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit refused'); END");
      await expect(step.run(), `${step.channel} without its audit row`).rejects.toThrow();
      sqlite().exec('DROP TRIGGER temp.refuse_audit');
      expect(dumpDatabase(sqlite()) === before, `${step.channel} changed data although its audit row failed`).toBe(true);

      const mark = lastId();
      await step.run();
      const { detail, ...expected } = step.expect();
      const rows = rowsAfter(mark);
      expect(rows, step.channel).toHaveLength(1);
      expect(rows[0], step.channel).toMatchObject({
        at: NOW,
        person_id: step.by === 'nobody' ? null : s.managerId,
        entity: expected.entity,
        action: expected.action,
      });
      if ('entityId' in expected) expect(rows[0], step.channel).toMatchObject({ entity_id: expected.entityId });
      if ('hireId' in expected) expect(rows[0], step.channel).toMatchObject({ hire_id: expected.hireId });
      if (detail) expect(rows[0]!.detail, step.channel).toMatchObject(detail);
    }
    silence.mockRestore();
  });

  it('keeps no free text or names in the trail, while the data itself holds them', () => {
    const trail = JSON.stringify(sqlite().prepare('SELECT * FROM audit_log').all());
    const data = dumpDatabase(sqlite());
    for (const [what, text] of Object.entries(FREE_TEXT)) {
      expect(trail.includes(text), `${what} leaked into audit_log`).toBe(false);
      // What the steps removed again (erased hire, day off, hours, cancel reason) is gone on purpose; the rest must
      // still be stored, or the check above proves nothing.
      if (!['erased', 'dayOff', 'hoursPurpose', 'cancelReason'].includes(what))
        expect(data.includes(text), `${what} was never stored`).toBe(true);
    }
  });

  it('refuses changes to an archived plan in Swedish and records nothing', async () => {
    await h.must('privacy:set-archived', { hireId: s.hireId, archived: true });
    const mark = lastId();
    const before = dumpDatabase(sqlite());
    for (const result of [
      await h.call('plans:set-item-status', { itemId: s.itemId, status: 'followedUp' }),
      await h.call('hours:log-hours', { hireId: s.hireId, date: '2026-11-18', minutes: 30, purpose: '', personId: s.introducerId }),
      await h.call('reflection:reopen-session', { sessionId: s.sessionId }),
      await h.call('hires:set-finished', { hireId: s.hireId, finished: false }),
    ]) {
      expect(result).toEqual({
        ok: false,
        error: { code: 'conflict', message: 'Planen är arkiverad och kan inte ändras. Ta fram den ur arkivet först.' },
      });
    }
    expect(dumpDatabase(sqlite()) === before).toBe(true);
    expect(lastId()).toBe(mark);
  });

  it('shows a hire’s history with names, current item titles and Swedish sentences', async () => {
    const history = await h.must('audit:hire-history', { hireId: s.hireId });
    const said = (action: string) => history.filter((e) => e.action === action).map((e) => describeAuditEvent(e, svTextOrKey));
    const title = (await h.must('hires:get-plan', { hireId: s.hireId })).items.find((i) => i.id === s.itemId)!.title;
    expect(history[0]).toMatchObject({ actor: FREE_TEXT.manager, action: 'hire.created', at: NOW });
    expect(said('hire.created')[0]).toMatch(/^Skapade planen \(\d+ punkter\)$/);
    expect(said('item.done')).toEqual([`Bockade av punkten ”${title}”`]);
    expect(said('item.added')).toEqual([`Lade till punkten ”${FREE_TEXT.ownTitle}”`]);
    expect(said('hours.logged')).toEqual(['Registrerade 1 h 30 min introduktörstid för 2026-11-17']);
    expect(said('hire.start-date-changed')).toEqual(['Ändrade startdatum från 2026-10-05 till 2026-10-12']);
    expect(history.at(-1)).toMatchObject({ action: 'hire.archived' });
  });
});
