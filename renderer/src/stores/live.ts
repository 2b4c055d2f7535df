import type { EventPayload } from '../../../electron/shared/events';
import { showDamageNotice } from '../lib/damage-notice';
import type { AuditEntity } from '../../../electron/shared/schemas/audit';
import { getApi } from '../api';
import { useAuditStore } from './audit';
import { useBackupStore } from './backup';
import { useBinderStore } from './binder';
import { useCheckInsStore } from './check-ins';
import { useEvaluationsStore } from './evaluations';
import { useCompetenceBudgetStore, useCompetenceStore } from './competence';
import { useDaysOffStore } from './days-off';
import { useGroupsStore } from './groups';
import { useHiresStore } from './hires';
import { useHoursStore, useIntroducerLoadStore } from './hours';
import { useMyWorkStore } from './my-work';
import { usePlanStore } from './plan';
import { usePrivacyStore } from './privacy';
import { useProgramsStore } from './programs';
import { useReflectionStore } from './reflection';
import { useSessionStore } from './session';
import { useStaffStore } from './staff';

type Change = EventPayload<'data-changed'>;

/** Long enough to gather a burst (an import, a start-date change), short enough to feel immediate. */
const SETTLE_MS = 150;

const HIRE_DATA: AuditEntity[] = ['hire', 'plan-item', 'hours', 'reflection', 'competence', 'check-in', 'phase-evaluation', 'group'];

/** True for a change to any of `entities`, or to the whole database (a restore). */
const touches = (change: Change, entities: readonly AuditEntity[]) => change.entities.some((e) => e === 'database' || entities.includes(e));

/** True when the change concerns the hire a store shows (its page's tabs), or the whole database. */
const touchesHire = (change: Change, hireId: number | null) =>
  hireId !== null && (change.hireIds.includes(hireId) || change.entities.includes('database'));

/** Which stores read again after which changes. Each refresh reads only what its store has read before, quietly. */
const WATCHERS: { when: (change: Change) => boolean; refresh: () => Promise<void> }[] = [
  { when: (c) => touchesHire(c, usePlanStore.getState().hireId), refresh: () => usePlanStore.getState().refresh() },
  { when: (c) => touchesHire(c, useHoursStore.getState().hireId), refresh: () => useHoursStore.getState().refresh() },
  { when: (c) => touchesHire(c, useReflectionStore.getState().hireId), refresh: () => useReflectionStore.getState().refresh() },
  { when: (c) => touchesHire(c, useCompetenceStore.getState().hireId), refresh: () => useCompetenceStore.getState().refresh() },
  { when: (c) => touchesHire(c, useCheckInsStore.getState().hireId), refresh: () => useCheckInsStore.getState().refresh() },
  { when: (c) => touchesHire(c, useEvaluationsStore.getState().hireId), refresh: () => useEvaluationsStore.getState().refresh() },
  { when: (c) => touchesHire(c, useAuditStore.getState().hireId), refresh: () => useAuditStore.getState().refresh() },
  { when: (c) => touches(c, [...HIRE_DATA, 'template']), refresh: () => useHiresStore.getState().refresh() },
  { when: (c) => touches(c, HIRE_DATA), refresh: () => useIntroducerLoadStore.getState().refresh() },
  { when: (c) => touches(c, [...HIRE_DATA, 'person']), refresh: () => useMyWorkStore.getState().refresh() },
  { when: (c) => touches(c, ['hire']), refresh: () => usePrivacyStore.getState().refresh() },
  { when: (c) => touches(c, ['person']), refresh: () => useStaffStore.getState().refresh() },
  { when: (c) => touches(c, ['person']), refresh: () => useSessionStore.getState().refresh() },
  { when: (c) => touches(c, ['template']), refresh: () => useProgramsStore.getState().refresh() },
  { when: (c) => touches(c, ['day-off']), refresh: () => useDaysOffStore.getState().refresh() },
  { when: (c) => touches(c, ['settings']), refresh: () => useBinderStore.getState().refresh() },
  { when: (c) => touches(c, ['competence', 'hire', 'settings']), refresh: () => useCompetenceBudgetStore.getState().refresh() },
  { when: (c) => touches(c, ['backup']), refresh: () => useBackupStore.getState().refresh() },
  // Members name hires and staff; a hire's reflection slots count their individual sessions too.
  { when: (c) => touches(c, ['group', 'hire', 'person', 'reflection']), refresh: () => useGroupsStore.getState().refresh() },
];

/**
 * Keeps what the window shows in step with changes made elsewhere (another window, an automatic
 * backup). This window's own changes are skipped: the store that made the call already shows
 * main's answer. Returns the function that stops listening.
 */
export function startLiveUpdates(): () => void {
  let pending: Change | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    const change = pending;
    pending = null;
    if (!change) return;
    for (const watcher of WATCHERS) if (watcher.when(change)) void watcher.refresh();
  };
  const gather = (change: Change) => {
    pending = {
      entities: [...new Set([...(pending?.entities ?? []), ...change.entities])],
      hireIds: [...new Set([...(pending?.hireIds ?? []), ...change.hireIds])],
    };
    clearTimeout(timer);
    timer = setTimeout(flush, SETTLE_MS);
  };

  const api = getApi();
  const stops = [
    api.subscribe('data-changed', (change, meta) => {
      if (!meta.fromThisWindow) gather(change);
      // The menu's count follows this window's own ticks too, made on a hire's page.
      else if (touches(change, [...HIRE_DATA, 'person'])) void useMyWorkStore.getState().refresh();
    }),
    api.subscribe('backup-finished', (_outcome, meta) => {
      if (!meta.fromThisWindow) gather({ entities: ['backup'], hireIds: [] });
    }),
    api.subscribe('database-damage-found', showDamageNotice),
  ];
  return () => {
    clearTimeout(timer);
    for (const stop of stops) stop();
  };
}
