import { Paper, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrivacyStore } from '../../stores/privacy';
import { LoadFailed } from '../common/LoadStates';
import { ArchivedTable } from './ArchivedTable';

/** Nyanställda → Arkiverade: plans put away after they were finished. */
export function ArchivedHires() {
  const { t } = useTranslation();
  const { data: hires, status, error: loadError } = usePrivacyStore((s) => s.archived);
  const { loadArchived } = usePrivacyStore.getState();

  useEffect(() => void loadArchived(), [loadArchived]);

  if (status === 'error') return <LoadFailed title={t('errors.loadFailed')} message={loadError} onRetry={() => void loadArchived()} />;
  if (status === 'ready' && hires.length === 0) {
    return (
      <Paper withBorder p="xl" radius="md">
        <Text>{t('privacy.archivedList.empty')}</Text>
      </Paper>
    );
  }
  return (
    hires.length > 0 && (
      <Paper withBorder radius="md" p="md">
        <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
          {t('hires.list.count', { count: hires.length })}
        </Text>
        <ArchivedTable hires={hires} label={t('privacy.archivedList.table')} />
      </Paper>
    )
  );
}
