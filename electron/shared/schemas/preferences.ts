import { z } from 'zod';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const RETENTION_YEARS = { min: 1, max: 10, default: 2 } as const;
/** Hours of a full working week the plan may ask of a new hire before the week is marked overloaded; half of 40 by default. */
export const WEEK_LOAD_LIMIT_HOURS = { min: 4, max: 40, default: 20 } as const;
/** Kronor a year per employee for competence development; the default is Stockholm's example (10–15 000 kr, seed 004), a suggestion. */
export const COMPETENCE_BUDGET_KR = { min: 0, max: 200_000, default: 12_000 } as const;

export const preferencesSchema = z.strictObject({
  language: z.enum(LANGUAGES),
  /** Who picked themselves last; preselected when the app asks again. */
  lastUserId: z.number().int().positive().nullable(),
  /** Archived plans older than this many years are proposed for erasing (gallring); nothing is erased automatically. */
  retentionYears: z
    .number()
    .int('privacy.retention.yearsRange')
    .min(RETENTION_YEARS.min, 'privacy.retention.yearsRange')
    .max(RETENTION_YEARS.max, 'privacy.retention.yearsRange'),
  weekLoadLimitHours: z
    .number()
    .int('settings.load.hoursRange')
    .min(WEEK_LOAD_LIMIT_HOURS.min, 'settings.load.hoursRange')
    .max(WEEK_LOAD_LIMIT_HOURS.max, 'settings.load.hoursRange'),
  competenceBudgetKr: z
    .number()
    .int('competence.budget.range')
    .min(COMPETENCE_BUDGET_KR.min, 'competence.budget.range')
    .max(COMPETENCE_BUDGET_KR.max, 'competence.budget.range'),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const defaultPreferences: Preferences = {
  language: 'sv',
  lastUserId: null,
  retentionYears: RETENTION_YEARS.default,
  weekLoadLimitHours: WEEK_LOAD_LIMIT_HOURS.default,
  competenceBudgetKr: COMPETENCE_BUDGET_KR.default,
};
