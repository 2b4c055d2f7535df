import type { DayOff } from '../../../electron/shared/rules/calendar';

/** A day off's name in the UI language: public holidays have an English name; the municipality's own days keep the label they were given. */
export const dayOffLabel = (day: Pick<DayOff, 'label' | 'labelEn'>, language: string) =>
  language.startsWith('en') && day.labelEn ? day.labelEn : day.label;
