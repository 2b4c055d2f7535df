import { Code, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../electron/shared/schemas/preferences';
import { DaysOffCard } from '../components/DaysOffCard';
import { BackupCard } from '../components/backup/BackupCard';
import { BinderSettingsCard } from '../components/BinderSettingsCard';
import { ExampleCard } from '../components/ExampleCard';
import { RetentionCard } from '../components/privacy/RetentionCard';
import { AuditExportCard } from '../components/audit/AuditExportCard';
import { PageHeader } from '../components/PageHeader';
import { SectionCard } from '../components/SectionCard';
import { useSettingsStore } from '../stores/settings';

export function SettingsPage() {
  const { t } = useTranslation();
  const { preferences, info } = useSettingsStore();
  const { setLanguage } = useSettingsStore.getState();
  return (
    <Stack className="page" gap="lg">
      <PageHeader title={t('settings.title')} />
      <SectionCard headingId="language-heading" title={t('settings.language')} intro={t('settings.languageHint')}>
        <SegmentedControl
          aria-labelledby="language-heading"
          w="fit-content"
          value={preferences.language}
          onChange={(value) => void setLanguage(value)}
          data={LANGUAGES.map((lang) => ({ value: lang, label: t(`settings.languages.${lang}`) }))}
        />
      </SectionCard>
      <BinderSettingsCard />
      <DaysOffCard />
      <BackupCard />
      <SectionCard headingId="data-heading" title={t('settings.dataTitle')}>
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
      </SectionCard>
      <RetentionCard />
      <AuditExportCard />
      <ExampleCard />
    </Stack>
  );
}
