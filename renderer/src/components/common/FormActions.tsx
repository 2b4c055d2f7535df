import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The Avbryt / Spara row at the foot of every form in a dialog. */
export function FormActions({ onCancel, saving, submitLabel }: { onCancel: () => void; saving?: boolean; submitLabel?: string }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt="xs">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={saving}>
        {submitLabel ?? t('common.save')}
      </Button>
    </Group>
  );
}
