import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { fieldErrorsOf, messageOf, needsUser } from './errors';
import { showError } from './show-error';
import { validate, type FieldErrors } from './validate';

interface FormOptions {
  /**
   * For forms with no place for a message above their fields (a card on a page, a one-field
   * dialog): a refusal that names no field is said in a notification instead.
   */
  notify?: boolean;
  /** The form's name for a field main calls something else ("minutes" → "duration"). */
  fieldName?: (path: string) => string;
}

/**
 * After a refused submit the keyboard user lands on the first field in error, in the form (or
 * dialog) the submit came from; a screen reader then reads its message. Runs after React has
 * put the messages on the fields.
 */
function focusFirstError() {
  const from = document.activeElement;
  requestAnimationFrame(() => {
    const scope = from?.closest('form, [role="dialog"]') ?? document.querySelector('main') ?? document.body;
    scope.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}

const without = (errors: FieldErrors, path: string) =>
  Object.fromEntries(Object.entries(errors).filter(([key]) => key !== path && !key.startsWith(`${path}.`)));

/**
 * The one way a form keeps its state: values, a message per field (typing in a field clears its
 * messages, so none outlives the mistake), the refusal main gave for the whole form, and whether
 * a save is under way. `check` runs the contract schema before anything is sent; `save` runs the
 * store call and puts main's field messages next to the fields. When main refuses because nobody
 * has said who is working, the notification offering that choice is shown instead.
 */
export function useForm<V extends object>(initial: V | (() => V), { notify = false, fieldName = (path) => path }: FormOptions = {}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<Error>();
  const [saving, setSaving] = useState(false);

  const renamed = (found: FieldErrors) => Object.fromEntries(Object.entries(found).map(([path, text]) => [fieldName(path), text]));

  /** Sets one value and clears its messages; `errorPath` when the schema's path differs from the key. */
  const set = <K extends keyof V>(key: K, value: V[K], errorPath = String(key)) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => without(e, errorPath));
  };

  /** Changes several values at once and clears the messages under each of `errorPaths`. */
  const patch = (changes: Partial<V>, ...errorPaths: string[]) => {
    setValues((v) => ({ ...v, ...changes }));
    setErrors((e) => errorPaths.reduce(without, e));
  };

  /** The parsed input, or null after putting every message next to its field. `found`: checks the schema cannot make. */
  function check<S extends z.ZodType>(schema: S, input: unknown, found: FieldErrors = {}): z.output<S> | null {
    const checked = validate(schema, input, t);
    const all = { ...(checked.ok ? {} : renamed(checked.errors)), ...found };
    setErrors(all);
    const ok = checked.ok && Object.keys(all).length === 0;
    if (!ok) focusFirstError();
    return ok ? checked.data : null;
  }

  /** Runs the store call; resolves to whether it went through. */
  async function save(run: () => Promise<unknown>): Promise<boolean> {
    setSaving(true);
    setFormError(undefined);
    try {
      await run();
      return true;
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (fields) {
        setErrors(renamed(fields));
        focusFirstError();
      }
      if (needsUser(error) || (notify && !fields)) showError(error);
      else if (!notify) setFormError(error instanceof Error ? error : new Error(messageOf(error)));
      return false;
    } finally {
      setSaving(false);
    }
  }

  return { values, set, patch, errors, formError, saving, check, save };
}
