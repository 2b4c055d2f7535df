import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSettingsStore } from '../../stores/settings';

/** Always visible while the example database or another chosen file is open, so nobody mistakes it for their own. */
export function ExampleBanner() {
  const { t } = useTranslation();
  const info = useSettingsStore((s) => s.info);
  if (info?.origin === 'chosen') {
    return (
      <Alert color="orange" mb="md" icon={<IconAlertTriangle aria-hidden />} role="status">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">{t('recovery.chosenBanner', { file: info.databaseFile })}</Text>
          <Button size="xs" variant="white" color="dark" onClick={() => void useSettingsStore.getState().useOwnDatabase()}>
            {t('recovery.backToRecovery')}
          </Button>
        </Group>
      </Alert>
    );
  }
  if (!info?.usingExample) return null;
  return (
    <Alert color="yellow" mb="md" icon={<IconFlask aria-hidden />} role="status">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{t('demo.banner')}</Text>
        <Button size="xs" variant="white" color="dark" onClick={() => void useSettingsStore.getState().useOwnDatabase()}>
          {t('demo.backToOwn')}
        </Button>
      </Group>
    </Alert>
  );
}
