import { settingsHandlers } from '../handlers/settings';
import { staffHandlers } from '../handlers/staff';
import { templateHandlers } from '../handlers/templates';
import { hireHandlers } from '../handlers/hires';
import { planItemHandlers } from '../handlers/plan-items';
import { sessionHandlers } from '../handlers/session';
import { hoursHandlers } from '../handlers/hours';
import { calendarHandlers } from '../handlers/calendar';
import { binderHandlers } from '../handlers/binder';
import { auditHandlers } from '../handlers/audit';
import { privacyHandlers } from '../handlers/privacy';
import { backupHandlers } from '../handlers/backup';
import { recoveryHandlers } from '../handlers/recovery';
import type { HandlerTable } from './dispatch';

/** The whole main-side handler table; used by Electron and, unchanged, by the e2e harness. */
export const handlers: HandlerTable = {
  ...settingsHandlers,
  ...staffHandlers,
  ...templateHandlers,
  ...sessionHandlers,
  ...hireHandlers,
  ...planItemHandlers,
  ...hoursHandlers,
  ...calendarHandlers,
  ...binderHandlers,
  ...auditHandlers,
  ...privacyHandlers,
  ...backupHandlers,
  ...recoveryHandlers,
};
