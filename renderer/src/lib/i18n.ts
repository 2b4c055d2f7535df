import dayjs from 'dayjs';
import 'dayjs/locale/sv';
import 'dayjs/locale/en';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '../../../electron/shared/i18n/en';
import { sv } from '../../../electron/shared/i18n/sv';
import type { Language } from '../../../electron/shared/schemas/preferences';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof sv };
  }
}

void i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: 'sv',
  fallbackLng: 'sv',
  interpolation: { escapeValue: false },
});
dayjs.locale('sv');

export async function applyLanguage(language: Language): Promise<void> {
  dayjs.locale(language);
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
}

export { i18n };
