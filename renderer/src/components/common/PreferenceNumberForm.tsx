import { Button, Group, NumberInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { preferencesSchema, type Preferences } from '../../../../electron/shared/schemas/preferences';
import { notifySaved } from '../../lib/notify';
import { useForm } from '../../lib/use-form';
import type { FieldErrors } from '../../lib/validate';
import { useSettingsStore } from '../../stores/settings';

type NumberPreference = { [K in keyof Preferences]: Preferences[K] extends number ? K : never }[keyof Preferences];

interface Props {
  field: NumberPreference;
  label: string;
  hint: string;
  min: number;
  max: number;
  /** Said under the field when it is empty or out of range. */
  rangeMessage: string;
  save: (value: number) => Promise<void>;
  saved: (value: number) => string;
}

/** One whole-number setting with its range, saved by the store that owns it (it throws main's field messages). */
export function PreferenceNumberForm({ field, label, hint, min, max, rangeMessage, save, saved }: Props) {
  const { t } = useTranslation();
  const stored = useSettingsStore((s) => s.preferences[field]);
  // What the user is typing; until they type, the stored value.
  const form = useForm<Partial<Record<NumberPreference, number | string>>>({}, { notify: true });
  const value = form.values[field] ?? stored;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const typed = typeof value === 'number' ? value : undefined;
    const empty: FieldErrors = typed === undefined ? { [field]: rangeMessage } : {};
    const input = form.check(preferencesSchema.partial(), { [field]: typed }, empty);
    const chosen = input?.[field];
    if (chosen === undefined || !(await form.save(() => save(chosen)))) return;
    form.patch({ [field]: undefined });
    notifySaved(saved(chosen));
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={label}
          description={hint}
          value={value}
          onChange={(next) => form.set(field, next)}
          error={form.errors[field]}
          min={min}
          max={max}
          allowDecimal={false}
          w={320}
        />
        <Button type="submit" variant="default" loading={form.saving}>
          {t('common.save')}
        </Button>
      </Group>
    </form>
  );
}
