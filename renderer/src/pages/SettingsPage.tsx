import { Code, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../electron/shared/schemas/preferences';
import { AuditExportCard } from '../components/audit/AuditExportCard';
import { BackupCard } from '../components/backup/BackupCard';
import { BinderSettingsCard } from '../components/binder/BinderSettingsCard';
import { PageHeader } from '../components/common/PageHeader';
import { SectionCard } from '../components/common/SectionCard';
import { RetentionCard } from '../components/privacy/RetentionCard';
import { DaysOffCard } from '../components/settings/DaysOffCard';
import { ExampleCard } from '../components/settings/ExampleCard';
import { SharingCard } from '../components/sharing/SharingCard';
import { RemindersCard } from '../components/my-work/RemindersCard';
import { LoadLimitCard } from '../components/settings/LoadLimitCard';
import { CompetenceBudgetCard } from '../components/settings/CompetenceBudgetCard';
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
      <LoadLimitCard />
      <CompetenceBudgetCard />
      <RemindersCard />
      <SharingCard />
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
