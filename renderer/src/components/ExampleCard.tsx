import { Button, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { useSettingsStore } from '../stores/settings';
import { SectionCard } from './SectionCard';

export function ExampleCard() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const create = async () => {
    setBusy(true);
    try {
      await useSettingsStore.getState().createExample();
    } catch (error) {
      notifications.show({ color: 'red', message: error instanceof ApiError ? error.message : t('errors.internal') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <SectionCard headingId="example-heading" title={t('demo.title')} align="flex-start">
      <Text size="sm" maw={720}>
        {t('demo.text')}
      </Text>
      <Button variant="light" loading={busy} onClick={() => void create()}>
        {t('demo.create')}
      </Button>
    </SectionCard>
  );
}
