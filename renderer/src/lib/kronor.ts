import type { TFunction } from 'i18next';

/** "8 500 kr" (Swedish grouping) or "8,500 kr" in English. */
export const kronor = (value: number, t: TFunction, language: string) =>
  t('competence.trainings.kronor', { value: value.toLocaleString(language === 'en' ? 'en-GB' : 'sv-SE') });
