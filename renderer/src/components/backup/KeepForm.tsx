import { Button, Group, NumberInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { backupSettingsInput, KEEP_LIMITS } from '../../../../electron/shared/schemas/backup';
import { showError } from '../../lib/show-error';
import { useBackupStore } from '../../stores/backup';

/** How many days and months of automatic backups rotation keeps. */
export function KeepForm({ keepDaily, keepMonthly }: { keepDaily: number; keepMonthly: number }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<{ keepDaily?: number | string; keepMonthly?: number | string }>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const values = { keepDaily: draft.keepDaily ?? keepDaily, keepMonthly: draft.keepMonthly ?? keepMonthly };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = backupSettingsInput.safeParse({ keepDaily: Number(values.keepDaily), keepMonthly: Number(values.keepMonthly) });
    if (!parsed.success) {
      return setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), t(issue.message as never)])));
    }
    setSaving(true);
    try {
      await useBackupStore.getState().updateKeep(parsed.data);
      setDraft({});
      notifications.show({ color: 'green', message: t('backup.keepSaved') });
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  }

  const field = (key: 'keepDaily' | 'keepMonthly', limits: { min: number; max: number }) => (
    <NumberInput
      label={t(`backup.${key}`)}
      value={values[key]}
      onChange={(value) => {
        setDraft((d) => ({ ...d, [key]: value }));
        setErrors({});
      }}
      min={limits.min}
      max={limits.max}
      allowDecimal={false}
      error={errors[key]}
      w={150}
    />
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('backup.keepSave')}>
      <Group align="flex-start" gap="sm">
        {field('keepDaily', KEEP_LIMITS.daily)}
        {field('keepMonthly', KEEP_LIMITS.monthly)}
        <Button type="submit" variant="default" mt={25} loading={saving}>
          {t('backup.keepSave')}
        </Button>
      </Group>
    </form>
  );
}
