import { appHandlers } from '../handlers/app';
import { auditHandlers } from '../handlers/audit';
import { backupHandlers } from '../handlers/backup';
import { binderHandlers } from '../handlers/binder';
import { calendarHandlers } from '../handlers/calendar';
import { hireHandlers } from '../handlers/hires';
import { hoursHandlers } from '../handlers/hours';
import { checkInHandlers } from '../handlers/checkins';
import { evaluationHandlers } from '../handlers/evaluations';
import { groupHandlers } from '../handlers/groups';
import { competenceHandlers } from '../handlers/competence';
import { tasksHandlers } from '../handlers/tasks';
import { planHandlers } from '../handlers/plans';
import { privacyHandlers } from '../handlers/privacy';
import { recoveryHandlers } from '../handlers/recovery';
import { reflectionHandlers } from '../handlers/reflection';
import { sessionHandlers } from '../handlers/session';
import { settingsHandlers } from '../handlers/settings';
import { sharingHandlers } from '../handlers/sharing';
import { staffHandlers } from '../handlers/staff';
import { templateHandlers } from '../handlers/templates';
import { combineHandlers } from './dispatch';

/**
 * The whole main-side handler table, one file per channel domain; used by Electron and, unchanged,
 * by the e2e harness. combineHandlers refuses a channel registered twice or not at all.
 */
export const handlers = combineHandlers(
  appHandlers,
  recoveryHandlers,
  settingsHandlers,
  staffHandlers,
  templateHandlers,
  sessionHandlers,
  hireHandlers,
  planHandlers,
  hoursHandlers,
  competenceHandlers,
  checkInHandlers,
  evaluationHandlers,
  groupHandlers,
  reflectionHandlers,
  calendarHandlers,
  binderHandlers,
  backupHandlers,
  auditHandlers,
  privacyHandlers,
  sharingHandlers,
  tasksHandlers,
);
