import { z } from 'zod';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const preferencesSchema = z.strictObject({
  language: z.enum(LANGUAGES),
  /** Who picked themselves last; preselected when the app asks again. */
  lastUserId: z.number().int().positive().nullable(),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const defaultPreferences: Preferences = { language: 'sv', lastUserId: null };
