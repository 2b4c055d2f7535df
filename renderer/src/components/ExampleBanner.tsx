import { Alert, Button, Group, Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSettingsStore } from '../stores/settings';

/** Always visible while the example database is open, so nobody types real data into it. */
export function ExampleBanner() {
  const { t } = useTranslation();
  const usingExample = useSettingsStore((s) => s.info?.usingExample ?? false);
  if (!usingExample) return null;
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
