import type { Channel } from '../../electron/shared/contract';
import { handlerHarness } from './handler-context';

/** The fuzz runs on a database with something in every table a call can reach. */
export interface FuzzWorld {
  /** The database file after set-up; each channel's batch runs on its own copy. */
  file: string;
  managerId: number;
  /** A valid payload per channel, the starting point for mutations. */
  valid: Partial<Record<Channel, unknown>>;
}

const person = (name: string, role: 'manager' | 'introducer' | 'administrator') => ({
  name,
  title: 'Socialsekreterare',
  team: 'Barn och familj',
  phone: '0980-123 45',
  email: '',
  roles: [role],
});

/**
 * Staff (one removed), the manager as current user, a published programme with a changed draft,
 * one running hire with hours, reflection sessions and a day off, and one finished, archived hire.
 */
export async function buildFuzzWorld(): Promise<FuzzWorld> {
  const h = handlerHarness();
  const manager = await h.must('staff:create-person', person('Anna Lindqvist', 'manager'));
  const introducer = await h.must('staff:create-person', person('Maria Nilsson', 'introducer'));
  const administrator = await h.must('staff:create-person', person('Lena Karlsson', 'administrator'));
  const former = await h.must('staff:create-person', person('Per Holm', 'introducer'));
  await h.must('staff:remove-person', { id: former.id });
  await h.must('session:set-current-user', { personId: manager.id });
  const [programme] = await h.must('templates:list-templates', {});
  const templateId = programme!.id;
  const versionId = programme!.versions[0]!.id;
  const published = await h.must('templates:get-draft', { templateId });
  // An unpublished change, so publishing the draft has something to publish.
  const draft = await h.must('templates:save-draft', { templateId, content: { ...published.content, description: 'Reviderad' } });
  const hireFields = {
    name: 'Sofia Berg',
    title: 'Socialsekreterare',
    team: 'Barn och familj',
    startDate: '2026-10-05',
    managerId: manager.id,
    introducerId: introducer.id,
    newlyGraduated: true,
    templateVersionId: versionId,
  };
  const hire = await h.must('hires:create-hire', { hire: hireFields, leaveOut: [], ownItems: [] });
  const hireId = hire.id;
  const finished = await h.must('hires:create-hire', {
    hire: { ...hireFields, name: 'Olle Ek', startDate: '2025-01-13' },
    leaveOut: [],
    ownItems: [],
  });
  await h.must('hires:set-finished', { hireId: finished.id, finished: true });
  await h.call('privacy:set-archived', { hireId: finished.id, archived: true });
  const plan = await h.must('hires:get-plan', { hireId });
  const item = plan.items[0]!;
  const logged = await h.must('hours:log-hours', {
    hireId,
    date: '2026-11-17',
    minutes: 90,
    purpose: 'Ärendegenomgång',
    personId: introducer.id,
  });
  const reflection = await h.must('reflection:get-sessions', { hireId });
  await h.must('settings:save-day-off', { date: '2026-12-28', label: 'Klämdag' });
  await h.must('plans:set-item-status', { itemId: plan.items[1]!.id, status: 'done' });
  const file = h.ctx.session.file;
  await h.close();

  const sessionId = reflection.sessions[0]!.id;
  const staffFields = person('Karin Ek', 'administrator');
  const valid: Partial<Record<Channel, unknown>> = {
    'settings:update-preferences': { language: 'sv' },
    'staff:create-person': staffFields,
    'staff:update-person': { id: administrator.id, ...staffFields },
    'staff:remove-person': { id: administrator.id },
    'staff:restore-person': { id: former.id },
    'templates:get-draft': { templateId },
    'templates:get-version': { versionId },
    'templates:create-template': { name: 'Kopia av programmet', fromVersionId: versionId },
    'templates:save-draft': { templateId, content: draft.content },
    'templates:publish-draft': { templateId },
    'templates:export-version': { versionId },
    'templates:export-draft': { templateId },
    'session:set-current-user': { personId: introducer.id },
    'hires:list-hires': { archived: false },
    'hires:preview-plan': hireFields,
    'hires:create-hire': { hire: hireFields, leaveOut: [], ownItems: [] },
    'hires:get-plan': { hireId },
    'hires:update-hire': {
      hireId,
      name: 'Sofia Berg',
      title: '',
      team: 'Vuxen',
      managerId: manager.id,
      introducerId: null,
      newlyGraduated: false,
    },
    'hires:preview-start-date': { hireId, startDate: '2026-10-12' },
    'hires:change-start-date': { hireId, startDate: '2026-10-12' },
    'hires:set-finished': { hireId, finished: true },
    'plans:set-item-status': { itemId: item.id, status: 'notApplicable', reason: 'Gäller inte enheten' },
    'plans:update-item': { itemId: item.id, note: 'Bokat', startDate: item.startDate, dueDate: item.dueDate },
    'plans:add-item': {
      hireId,
      item: {
        phaseId: item.phaseId,
        title: 'Studiebesök på familjerätten',
        instructions: '',
        category: 'Studiebesök',
        expectedMinutes: 120,
        responsible: { kind: 'role', role: 'introducer' },
        startDate: '2026-11-02',
        dueDate: '2026-11-27',
      },
    },
    'plans:get-schedule': { hireId },
    'settings:save-day-off': { date: '2026-12-23', label: 'Kompledigt' },
    'settings:remove-day-off': { date: '2026-12-28' },
    'hours:get-hours': { hireId },
    'hours:log-hours': { hireId, date: '2026-11-18', minutes: 60, purpose: 'Medsittning', personId: introducer.id },
    'hours:remove-hours': { entryId: logged.entries[0]!.id },
    'hours:set-introducer-slot': { hireId, weekday: 2, time: '13:00' },
    'reflection:get-sessions': { hireId },
    'reflection:move-session': { sessionId, date: '2026-12-01', time: '10:00' },
    'reflection:cancel-session': { sessionId, reason: 'Sjukdom' },
    'reflection:mark-held': { sessionId, attendees: 'Gruppen', theme: 'Bemötande' },
    'reflection:reopen-session': { sessionId },
    'reflection:set-place': { sessionId, place: 'Samtalsrummet', leaderId: introducer.id },
    'reflection:add-session': { hireId, date: '2026-12-03', time: '10:00', durationMinutes: 60 },
    'calendar:export-hire': { hireId },
    'binder:export-pdf': { hireId, variant: 'full' },
    'settings:update-binder-settings': { municipality: 'Kiruna kommun', unit: 'IFO Barn och familj' },
    'settings:update-common-numbers': { numbers: [{ label: 'Socialjour', phone: '0980-709 99', email: '' }] },
    'backup:update-settings': { keepDaily: 7, keepMonthly: 12 },
    'backup:delete-erased-copies': { names: ['introplan-20261120-150000-auto.db'] },
    'backup:restore-backup': { name: 'introplan-20261120-090000-manuell.db' },
    'audit:hire-history': { hireId },
    'audit:export-trail': { hireId },
    'privacy:export-hire': { hireId },
    'privacy:set-archived': { hireId: finished.id, archived: false },
    'privacy:erase-hire': { hireId: finished.id, confirmName: 'Olle Ek' },
    'sharing:join-folder': { mode: 'merge' },
    'sharing:set-copy-to-backups': { on: true },
    'sharing:hire-conflicts': { hireId },
    'sharing:resolve-conflict': { hireId, conflict: { collection: 'statuses', key: 'a'.repeat(32), field: null }, choice: 0 },
  };
  return { file, managerId: manager.id, valid };
}

/**
 * A payload of the right shape for a channel the world has no valid payload for yet, read from
 * its schema; it may still fail a pattern or a refinement, which is fine for mutating.
 */
export function sketchOf(schema: unknown): unknown {
  const def = (schema as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'object':
      return Object.fromEntries(Object.entries(def.shape as Record<string, unknown>).map(([key, child]) => [key, sketchOf(child)]));
    case 'string':
      return 'Text';
    case 'number':
      return 1;
    case 'boolean':
      return false;
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0];
    case 'literal':
      return (def.values as unknown[])[0];
    case 'array':
      return [];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return sketchOf(def.innerType);
    case 'union':
      return sketchOf((def.options as unknown[])[0]);
    case 'pipe':
      return sketchOf(def.in);
    default:
      return null;
  }
}
