import { getPreferences, updatePreferences } from '../../../db/queries/preferences';
import type { HandlerTable } from '../ipc/dispatch';

export const settingsHandlers = {
  'app:get-info': (_input, { appInfo }) => appInfo,
  'settings:get-preferences': (_input, { db }) => getPreferences(db),
  'settings:update-preferences': (changes, { db }) => updatePreferences(db, changes),
} satisfies Partial<HandlerTable>;
