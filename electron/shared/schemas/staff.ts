import { z } from 'zod';

/** Roles a person in the staff directory can hold (labels live in the i18n catalogue). */
export const STAFF_ROLES = ['manager', 'introducer', 'administrator', 'bbic', 'it', 'hr', 'coordinator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const personId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong');

// Phone numbers are written many ways in Sweden ("0980-123 45", "+46 980 12345"); we only
// insist on digits and the usual separators, and a plausible number of digits.
export const phone = optionalText(30)
  .regex(/^[0-9+\-() ]*$/, 'validation.phone')
  .refine((v) => v === '' || /^(\D*\d){5,15}\D*$/.test(v), 'validation.phone');

export const personFields = z.strictObject({
  name: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong'),
  title: optionalText(100),
  team: optionalText(100),
  phone,
  email: z.union([z.literal(''), z.email('validation.email').max(200, 'validation.tooLong')]),
  roles: z
    .array(z.enum(STAFF_ROLES))
    .max(STAFF_ROLES.length)
    .refine((roles) => new Set(roles).size === roles.length, 'validation.duplicateRole'),
});
export type PersonFields = z.infer<typeof personFields>;

export interface Person extends PersonFields {
  id: number;
  createdAt: string;
  updatedAt: string;
}

export const emptyPersonFields: PersonFields = {
  name: '',
  title: '',
  team: '',
  phone: '',
  email: '',
  roles: [],
};
