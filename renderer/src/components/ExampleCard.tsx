import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { useSettingsStore } from '../stores/settings';

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
    <Paper withBorder p="lg" radius="md">
      <Stack gap="xs" align="flex-start">
        <Title order={2} size="h4">
          {t('demo.title')}
        </Title>
        <Text size="sm" maw={720}>
          {t('demo.text')}
        </Text>
        <Button variant="light" loading={busy} onClick={() => void create()}>
          {t('demo.create')}
        </Button>
      </Stack>
    </Paper>
  );
}
