import { create } from 'zustand';
import type { AppInfo } from '../../../electron/shared/contract';
import { defaultPreferences, type Language, type Preferences } from '../../../electron/shared/schemas/preferences';
import { getApi, unwrap } from '../api';
import { applyLanguage } from '../lib/i18n';

interface SettingsState {
  preferences: Preferences;
  info?: AppInfo;
  loaded: boolean;
  load: () => Promise<void>;
  setLanguage: (language: Language) => Promise<void>;
  /** Throws ApiError (field messages) when main refuses the value. */
  setWeekLoadLimit: (hours: number) => Promise<void>;
  /** Both reload the page afterwards: every store then reads the other database. */
  createExample: () => Promise<boolean>;
  useOwnDatabase: () => Promise<void>;
}

export const useSettingsStore = create<SettingsState>((set) => ({
  preferences: defaultPreferences,
  loaded: false,
  async load() {
    const api = getApi();
    const info = await unwrap(api.app.getInfo());
    // Without a database there are no stored preferences: the recovery screen speaks Swedish.
    const preferences = info.databaseOpen ? await unwrap(api.settings.getPreferences()) : defaultPreferences;
    await applyLanguage(preferences.language);
    set({ preferences, info, loaded: true });
  },
  async setLanguage(language) {
    const preferences = await unwrap(getApi().settings.updatePreferences({ language }));
    await applyLanguage(preferences.language);
    set({ preferences });
  },
  async setWeekLoadLimit(weekLoadLimitHours) {
    set({ preferences: await unwrap(getApi().settings.updatePreferences({ weekLoadLimitHours })) });
  },
  async createExample() {
    const outcome = await unwrap(getApi().app.createExample());
    if (outcome.created) window.location.reload();
    return outcome.created;
  },
  async useOwnDatabase() {
    await unwrap(getApi().app.useOwnDatabase());
    window.location.reload();
  },
}));
