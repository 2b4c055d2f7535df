import { useState } from 'react';
import { ApiError } from '../api';
import type { FieldErrors } from './validate';

/**
 * Values, field errors and saving state of a dialog form. Typing in a field clears its error, so a
 * message never outlives the mistake; a failed save puts main's field messages next to the fields and
 * its message (or `fallback`) above the form.
 */
export function useFieldForm<V extends object>(initial: V | (() => V)) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const set = <K extends keyof V>(key: K, value: V[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors(({ [key as string]: _cleared, ...rest }) => rest);
  };

  async function save(run: () => Promise<unknown>, fallback: string) {
    setSaving(true);
    try {
      await run();
    } catch (error) {
      if (error instanceof ApiError && error.payload.fields) setErrors(error.payload.fields);
      setFormError(error instanceof Error ? error.message : fallback);
    } finally {
      setSaving(false);
    }
  }

  return { values, set, errors, setErrors, formError, saving, save };
}
