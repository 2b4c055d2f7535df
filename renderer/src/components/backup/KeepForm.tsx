import { Button, Group, NumberInput } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { backupSettingsInput, KEEP_LIMITS } from '../../../../electron/shared/schemas/backup';
import { notifySaved } from '../../lib/notify';
import { useForm } from '../../lib/use-form';
import { useBackupStore } from '../../stores/backup';

/** How many days and months of automatic backups rotation keeps. */
export function KeepForm({ keepDaily, keepMonthly }: { keepDaily: number; keepMonthly: number }) {
  const { t } = useTranslation();
  // What the user has typed; until then the stored values.
  const form = useForm<{ keepDaily?: number | string; keepMonthly?: number | string }>({}, { notify: true });
  const values = { keepDaily: form.values.keepDaily ?? keepDaily, keepMonthly: form.values.keepMonthly ?? keepMonthly };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const keep = form.check(backupSettingsInput, { keepDaily: Number(values.keepDaily), keepMonthly: Number(values.keepMonthly) });
    if (!keep || !(await form.save(() => useBackupStore.getState().updateKeep(keep)))) return;
    form.patch({ keepDaily: undefined, keepMonthly: undefined });
    notifySaved(t('backup.keepSaved'));
  }

  const field = (key: 'keepDaily' | 'keepMonthly', limits: { min: number; max: number }) => (
    <NumberInput
      label={t(`backup.${key}`)}
      value={values[key]}
      onChange={(value) => form.set(key, value)}
      min={limits.min}
      max={limits.max}
      allowDecimal={false}
      error={form.errors[key]}
      w={150}
    />
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('backup.keepSave')}>
      <Group align="flex-start" gap="sm">
        {field('keepDaily', KEEP_LIMITS.daily)}
        {field('keepMonthly', KEEP_LIMITS.monthly)}
        <Button type="submit" variant="default" mt={25} loading={form.saving}>
          {t('backup.keepSave')}
        </Button>
      </Group>
    </form>
  );
}
