import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../lib/use-action';
import { useSettingsStore } from '../../stores/settings';
import { SectionCard } from '../common/SectionCard';

export function ExampleCard() {
  const { t } = useTranslation();
  const { busy, run } = useAction<'create'>();
  return (
    <SectionCard headingId="example-heading" title={t('demo.title')} align="flex-start">
      <Text size="sm" maw={720}>
        {t('demo.text')}
      </Text>
      <Button
        variant="light"
        loading={busy !== null}
        onClick={() => void run('create', async () => void (await useSettingsStore.getState().createExample()))}
      >
        {t('demo.create')}
      </Button>
    </SectionCard>
  );
}
