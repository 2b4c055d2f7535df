import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { validate, type FieldErrors } from '../../lib/validate';
import { problemsOf } from './feedback';

/** Number fields hold '' while empty; the schema then sees undefined, reported as "must be filled in". */
export const numberOrEmpty = (value: number | string): number | undefined =>
  typeof value === 'number' ? value : value.trim() === '' ? undefined : Number(value.replace(',', '.'));

function valueAt(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), root);
}

/**
 * State for a modal form that edits one part of the draft: values, field messages from the
 * schema (in the current language), and the problems main reported when the save failed.
 */
export function useEntryForm<V, S extends z.ZodType>(
  schema: S,
  initial: V,
  toInput: (values: V) => unknown,
  save: (data: z.output<S>) => Promise<unknown>,
) {
  const { t } = useTranslation();
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const clear = (prefix: string) =>
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([path]) => path !== prefix && !path.startsWith(`${prefix}.`))));
  /** Sets one value and clears its message; `errorPath` when the schema's path differs from the key. */
  const set = <K extends keyof V>(key: K, value: V[K], errorPath = String(key)) => {
    setValues((v) => ({ ...v, [key]: value }));
    clear(errorPath);
  };
  /** Changes several values at once and clears the messages under `errorPath` ("responsible"). */
  const patch = (changes: Partial<V>, errorPath: string) => {
    setValues((v) => ({ ...v, ...changes }));
    clear(errorPath);
  };

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const input = toInput(values);
    const checked = validate(schema, input, (key) => t(key as never));
    if (!checked.ok) {
      const errs = Object.fromEntries(
        Object.entries(checked.errors).map(([path, text]) => [path, valueAt(input, path) === undefined ? t('validation.required') : text]),
      );
      setErrors(errs);
      return false;
    }
    setSaving(true);
    setProblems([]);
    try {
      await save(checked.data);
      return true;
    } catch (error) {
      setProblems(problemsOf(error));
      return false;
    } finally {
      setSaving(false);
    }
  }

  return { values, set, patch, errors, problems, saving, submit };
}
