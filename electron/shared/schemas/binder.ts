import { z } from 'zod';
import { id } from './plan';

/** The full binder shows every item's status; the day-one binder is the plan as handed over on day one. */
export const BINDER_VARIANTS = ['full', 'dayOne'] as const;
export type BinderVariant = (typeof BINDER_VARIANTS)[number];

/** A logo is printed on the cover only; anything bigger than this is a photo, not a logo. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');

export const exportBinderInput = z.strictObject({ hireId: id, variant: z.enum(BINDER_VARIANTS) });

export const binderSettingsInput = z.strictObject({ municipality: text(100), unit: text(100) });
export type BinderSettingsFields = z.infer<typeof binderSettingsInput>;

export interface BinderSettings extends BinderSettingsFields {
  /** The cover logo, kept in the database; the renderer only learns that there is one. */
  logo: { fileName: string; mediaType: string; size: number } | null;
}
