import { z } from 'zod';
import { id } from './plan';
import { phone } from './staff';

/** The full binder shows every item's status; the day-one binder is the plan as handed over on day one. */
export const BINDER_VARIANTS = ['full', 'dayOne'] as const;
export type BinderVariant = (typeof BINDER_VARIANTS)[number];

/** A logo is printed on the cover only; anything bigger than this is a photo, not a logo. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');

export const exportBinderInput = z.strictObject({ hireId: id, variant: z.enum(BINDER_VARIANTS) });

export const binderSettingsInput = z.strictObject({ municipality: text(100), unit: text(100) });
export type BinderSettingsFields = z.infer<typeof binderSettingsInput>;

/**
 * Numbers for the whole municipality (växel, socialjour, IT-support …), printed first among the
 * important contacts of every binder. A short list: more belongs in the programme's own contacts.
 */
export const COMMON_NUMBERS_MAX = 12;
export const commonNumberSchema = z.strictObject({
  label: z.string().trim().min(1, 'validation.required').max(60, 'validation.tooLong'),
  phone: phone.refine((v) => v !== '', 'validation.required'),
  email: z.union([z.literal(''), z.email('validation.email').max(200, 'validation.tooLong')]),
});
export type CommonNumber = z.infer<typeof commonNumberSchema>;

export const commonNumbersInput = z.strictObject({
  numbers: z
    .array(commonNumberSchema)
    .max(COMMON_NUMBERS_MAX, 'validation.tooMany')
    .superRefine((numbers, ctx) => {
      const seen = new Set<string>();
      numbers.forEach((n, index) => {
        const key = n.label.toLocaleLowerCase('sv');
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'label'], message: 'validation.duplicateLabel' });
        seen.add(key);
      });
    }),
});

export interface BinderSettings extends BinderSettingsFields {
  /** The cover logo, kept in the database; the renderer only learns that there is one. */
  logo: { fileName: string; mediaType: string; size: number } | null;
  /** Printed in every binder's contact list, in this order. */
  numbers: CommonNumber[];
}
