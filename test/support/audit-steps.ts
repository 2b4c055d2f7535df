import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Channel } from '../../electron/shared/contract';
import type { handlerHarness } from './handler-context';
import { tempDir } from './paths';
import { minimalPdf } from './pdf-fixture';
import { png } from './png-fixture';

/** Words no handler would ever write into the trail by itself: any of them there is leaked free text. */
export const FREE_TEXT = {
  manager: 'Quokka Chefsdottir',
  introducer: 'Okapi Introsson',
  other: 'Narval Kollegasson',
  title: 'Tapirbefattning',
  hire: 'Axolotl Nyanställdsson',
  erased: 'Pangolin Raderasson',
  dayOff: 'Zebrafink planeringsdag',
  municipality: 'Kasuar kommun',
  commonNumber: 'Tukan växel',
  programme: 'Dromedar programmet',
  purpose: 'Surikat syftestext',
  document: 'Valross blankett',
  note: 'Lemur anteckning',
  reason: 'Gnu orsak',
  ownTitle: 'Kapybara egen punkt',
  ownInstructions: 'Bäver instruktioner',
  hoursPurpose: 'Ozelot ärendegenomgång',
  cancelReason: 'Alpacka inställt',
  attendees: 'Flodhäst deltagare',
  theme: 'Myrslok tema',
  place: 'Tukan samtalsrum',
  shortGoals: 'Kolibri kortsiktigt mål',
  longGoals: 'Manat långsiktigt mål',
  course: 'Tapir tidigare kurs',
  levelNote: 'Lodjur motivering',
  substituteNote: 'Jerv vikariat',
  checkInWorks: 'Mårdhund fungerar',
  checkInAction: 'Hermelin åtgärd',
  evaluationGood: 'Järv bra fas',
  training: 'Bison utbildning',
} as const;

type Harness = ReturnType<typeof handlerHarness>;

/** What one user action must leave in audit_log: who is filled in by the test. */
export interface ExpectedEvent {
  entity: string;
  action: string;
  entityId?: number | null;
  hireId?: number | null;
  detail?: Record<string, unknown>;
}

export interface Step {
  channel: Channel;
  /** Set-up that is not part of the action (it may record its own events). */
  prepare?: () => Promise<void>;
  run: () => Promise<unknown>;
  expect: () => ExpectedEvent;
  /** Who the row must name: the chosen person (default) or nobody yet. */
  by?: 'chosen' | 'nobody';
}

/** Shared state the steps fill in as they go (ids of what earlier steps made). */
export interface StepState {
  managerId: number;
  introducerId: number;
  otherId: number;
  templateId: number;
  publishedVersionId: number;
  hireId: number;
  erasedHireId: number;
  itemId: number;
  otherItemId: number;
  ownItemId: number;
  hourId: number;
  sessionId: number;
  mappingId: number;
  trainingId: number;
  substituteId: number;
  checkInId: number;
  evaluationId: number;
  folder: string;
}

export function newState(): StepState {
  return {
    managerId: 0,
    introducerId: 0,
    otherId: 0,
    templateId: 0,
    publishedVersionId: 0,
    hireId: 0,
    mappingId: 0,
    trainingId: 0,
    substituteId: 0,
    checkInId: 0,
    evaluationId: 0,
    erasedHireId: 0,
    itemId: 0,
    otherItemId: 0,
    ownItemId: 0,
    hourId: 0,
    sessionId: 0,
    folder: tempDir(),
  };
}

const person = (name: string, role: 'manager' | 'introducer' | 'it') => ({
  name,
  title: '',
  team: '',
  phone: '',
  email: '',
  roles: [role],
});

/** A file the scripted dialog will "pick", written fresh for each attempt. */
function picked(h: Harness, s: StepState, name: string, data: Buffer) {
  const file = path.join(s.folder, name);
  writeFileSync(file, data);
  h.desktop.answerOpen(file);
}

export function staffAndSettingsSteps(h: Harness, s: StepState): Step[] {
  return [
    {
      channel: 'staff:create-person',
      by: 'nobody',
      run: async () => (s.managerId = (await h.must('staff:create-person', person(FREE_TEXT.manager, 'manager'))).id),
      expect: () => ({ entity: 'person', action: 'person.created', entityId: s.managerId }),
    },
    {
      channel: 'staff:update-person',
      by: 'nobody',
      run: () => h.must('staff:update-person', { id: s.managerId, ...person(FREE_TEXT.manager, 'manager'), title: FREE_TEXT.title }),
      expect: () => ({ entity: 'person', action: 'person.updated', entityId: s.managerId, detail: { fields: ['title'] } }),
    },
    {
      channel: 'staff:remove-person',
      by: 'nobody',
      run: async () => {
        s.otherId = (await h.must('staff:list-people', {})).find((p) => p.name === FREE_TEXT.other)?.id ?? s.otherId;
        return h.must('staff:remove-person', { id: s.otherId });
      },
      expect: () => ({ entity: 'person', action: 'person.removed', entityId: s.otherId }),
    },
    {
      channel: 'staff:restore-person',
      by: 'nobody',
      run: () => h.must('staff:restore-person', { id: s.otherId }),
      expect: () => ({ entity: 'person', action: 'person.restored', entityId: s.otherId }),
    },
    {
      channel: 'settings:update-preferences',
      run: () => h.must('settings:update-preferences', { retentionYears: 3 }),
      expect: () => ({ entity: 'settings', action: 'preferences.updated', detail: { fields: ['retentionYears'] } }),
    },
    {
      channel: 'settings:save-day-off',
      run: () => h.must('settings:save-day-off', { date: '2026-12-28', label: FREE_TEXT.dayOff }),
      expect: () => ({ entity: 'day-off', action: 'day-off.saved', detail: { date: '2026-12-28' } }),
    },
    {
      channel: 'settings:remove-day-off',
      run: () => h.must('settings:remove-day-off', { date: '2026-12-28' }),
      expect: () => ({ entity: 'day-off', action: 'day-off.removed', detail: { date: '2026-12-28' } }),
    },
    {
      channel: 'settings:update-binder-settings',
      run: () => h.must('settings:update-binder-settings', { municipality: FREE_TEXT.municipality, unit: FREE_TEXT.municipality }),
      expect: () => ({ entity: 'settings', action: 'binder-settings.updated', detail: { fields: ['municipality', 'unit'] } }),
    },
    {
      channel: 'settings:update-common-numbers',
      run: () =>
        h.must('settings:update-common-numbers', {
          numbers: [{ label: FREE_TEXT.commonNumber, phone: '0980-700 00', email: 'vaxel@kasuar.se' }],
        }),
      expect: () => ({ entity: 'settings', action: 'common-numbers.updated', detail: { count: 1 } }),
    },
    {
      channel: 'settings:choose-logo',
      run: () => (picked(h, s, `${FREE_TEXT.document}.png`, png()), h.must('settings:choose-logo', {})),
      expect: () => ({ entity: 'settings', action: 'logo.set', detail: { bytes: png().length } }),
    },
    {
      channel: 'settings:remove-logo',
      run: () => h.must('settings:remove-logo', {}),
      expect: () => ({ entity: 'settings', action: 'logo.removed' }),
    },
  ];
}

export function templateSteps(h: Harness, s: StepState): Step[] {
  return [
    {
      channel: 'templates:create-template',
      run: async () =>
        (s.templateId = (await h.must('templates:create-template', { name: FREE_TEXT.programme, fromVersionId: null })).templateId),
      expect: () => ({ entity: 'template', action: 'template.created', entityId: s.templateId }),
    },
    {
      channel: 'templates:save-draft',
      run: async () => {
        const draft = await h.must('templates:get-draft', { templateId: s.templateId });
        const content = structuredClone(draft.content);
        content.phases[0]!.purpose = FREE_TEXT.purpose;
        return h.must('templates:save-draft', { templateId: s.templateId, content });
      },
      expect: () => ({ entity: 'template', action: 'template.draft-saved', entityId: s.templateId }),
    },
    {
      channel: 'templates:publish-draft',
      run: async () => (s.publishedVersionId = (await h.must('templates:publish-draft', { templateId: s.templateId })).id),
      expect: () => ({ entity: 'template', action: 'template.published', entityId: s.templateId, detail: { version: 1 } }),
    },
    {
      channel: 'templates:import-programme',
      run: async () => {
        const file = path.join(s.folder, 'program.json');
        h.desktop.answerSave(file);
        await h.must('templates:export-version', { versionId: s.publishedVersionId });
        h.desktop.answerOpen(file);
        return h.must('templates:import-programme', {});
      },
      expect: () => ({ entity: 'template', action: 'template.imported' }),
    },
    {
      channel: 'templates:attach-document',
      run: () => (picked(h, s, `${FREE_TEXT.document}.pdf`, minimalPdf(FREE_TEXT.document)), h.must('templates:attach-document', {})),
      expect: () => ({ entity: 'template', action: 'template.document-attached' }),
    },
  ];
}
