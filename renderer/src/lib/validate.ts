import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { isTextKey } from '../../../electron/shared/i18n/translate';

export type FieldErrors = Record<string, string>;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, part) => (typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[part] : undefined),
    root,
  );
}

/**
 * Runs a contract schema in the renderer so mistakes show next to the field before anything is
 * sent. Messages are catalogue keys (the same ones main translates), shown in the current
 * language; a field left empty (an unchosen select, a cleared number) says it must be filled in.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  values: unknown,
  t: TFunction,
): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const empty = issue.path.length > 0 && valueAt(values, issue.path) === undefined;
    errors[issue.path.join('.') || '_'] ??= t(
      empty ? 'validation.required' : isTextKey(issue.message) ? issue.message : 'validation.invalid',
    );
  }
  return { ok: false, errors };
}

/** Number fields hold '' while empty; the schema then sees undefined, which says "must be filled in". */
export const numberOrEmpty = (value: number | string): number | undefined =>
  typeof value === 'number' ? value : value.trim() === '' ? undefined : Number(value.replace(',', '.'));
