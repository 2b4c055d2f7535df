import { settingsHandlers } from '../handlers/settings';
import { staffHandlers } from '../handlers/staff';
import type { HandlerTable } from './dispatch';

/** The whole main-side handler table; used by Electron and, unchanged, by the e2e harness. */
export const handlers: HandlerTable = {
  ...settingsHandlers,
  ...staffHandlers,
};
