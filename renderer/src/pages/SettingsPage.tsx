import { Code, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../electron/shared/schemas/preferences';
import { DaysOffCard } from '../components/DaysOffCard';
import { BinderSettingsCard } from '../components/BinderSettingsCard';
import { ExampleCard } from '../components/ExampleCard';
import { PageHeader } from '../components/PageHeader';
import { useSettingsStore } from '../stores/settings';

export function SettingsPage() {
  const { t } = useTranslation();
  const { preferences, info } = useSettingsStore();
  const { setLanguage } = useSettingsStore.getState();
  return (
    <Stack className="page" gap="lg">
      <PageHeader title={t('settings.title')} />
      <Paper withBorder p="lg" radius="md">
        <Stack gap="xs">
          <Title order={2} size="h4" id="language-heading">
            {t('settings.language')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('settings.languageHint')}
          </Text>
          <SegmentedControl
            aria-labelledby="language-heading"
            w="fit-content"
            value={preferences.language}
            onChange={(value) => void setLanguage(value)}
            data={LANGUAGES.map((lang) => ({ value: lang, label: t(`settings.languages.${lang}`) }))}
          />
        </Stack>
      </Paper>
      <BinderSettingsCard />
      <DaysOffCard />
      <Paper withBorder p="lg" radius="md">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('settings.dataTitle')}
          </Title>
          <Text size="sm">{t('settings.dataText')}</Text>
          {info && (
            <>
              <Text size="sm">
                {t('settings.databaseFile')}: <Code>{info.databaseFile}</Code>
              </Text>
              <Text size="sm">
                {t('settings.version')}: {info.version}
              </Text>
            </>
          )}
        </Stack>
      </Paper>
      <ExampleCard />
    </Stack>
  );
}
