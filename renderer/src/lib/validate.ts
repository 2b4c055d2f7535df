import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

/**
 * Runs a contract schema in the renderer so mistakes show next to the field before anything is
 * sent. Messages are catalogue keys (the same ones main translates); `translate` turns them into
 * the current language.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  values: unknown,
  translate: (key: string) => string,
): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join('.') || '_';
    errors[key] ??= issue.message.startsWith('validation.') ? translate(issue.message) : translate('validation.invalid');
  }
  return { ok: false, errors };
}
