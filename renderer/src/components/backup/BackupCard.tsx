import { Alert, Button, Code, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconDatabaseExport, IconDeviceFloppy, IconFileImport } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { localTimeOf, longWhen } from '../../lib/dates';
import { notifySaved } from '../../lib/notify';
import { useAction } from '../../lib/use-action';
import { takeRestoredNotice, useBackupStore } from '../../stores/backup';
import { SectionCard } from '../common/SectionCard';
import { BackupTable } from './BackupTable';
import { KeepForm } from './KeepForm';
import { confirmRestoreFromFile } from './restore-confirm';

/** Inställningar › Säkerhetskopior: folder, rotation, the verified list, backing up and restoring. */
export function BackupCard() {
  const { t } = useTranslation();
  const { data: status, error: loadError } = useBackupStore((s) => s.backup);
  const restoring = useBackupStore((s) => s.restoring);
  const store = useBackupStore.getState();
  const { busy, run } = useAction<'folder' | 'reset' | 'now' | 'save'>();

  useEffect(() => {
    void useBackupStore.getState().load();
    const restored = takeRestoredNotice();
    if (restored) {
      const message = restored.takenAt ? t('backup.restored', { when: longWhen(restored.takenAt) }) : t('backup.restoredFromFile');
      notifySaved(message, 10000);
    }
  }, [t]);

  const last = status?.lastAutomatic;
  const own = status?.ownDatabase ?? false;
  return (
    <SectionCard headingId="backup-heading" title={t('backup.title')} intro={t('backup.intro')} busy={restoring}>
      {loadError && (
        <Alert color="red" role="alert">
          {loadError}
        </Alert>
      )}
      {status && !own && (
        <Alert color="orange" role="status">
          {t('backup.notOwnDatabase')}
        </Alert>
      )}
      {status && own && (
        <>
          <Group gap="xs">
            <Text size="sm">
              {t('backup.folder')}: <Code>{status.folder}</Code>
              {status.isDefaultFolder && ` (${t('backup.defaultFolder')})`}
            </Text>
            <Button
              size="compact-sm"
              variant="light"
              loading={busy === 'folder'}
              onClick={() =>
                void run('folder', async () => {
                  await store.chooseFolder();
                  const now = useBackupStore.getState().backup.data;
                  return now && !now.isDefaultFolder && now.folder !== status.folder
                    ? t('backup.folderChanged', { folder: now.folder })
                    : null;
                })
              }
            >
              {t('backup.chooseFolder')}
            </Button>
            {!status.isDefaultFolder && (
              <Button
                size="compact-sm"
                variant="subtle"
                loading={busy === 'reset'}
                onClick={() => void run('reset', () => store.resetFolder())}
              >
                {t('backup.resetFolder')}
              </Button>
            )}
          </Group>
          {status.folderProblem && (
            <Alert color="orange" role="status" icon={<IconAlertTriangle aria-hidden />}>
              {t('backup.folderProblem')}
            </Alert>
          )}
          {last && !last.ok && (
            <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />}>
              {t('backup.lastAutomaticFailed', {
                when: longWhen(localTimeOf(last.at)),
                reason: t(`backup.failure.${last.failure ?? 'write-failed'}`),
              })}
            </Alert>
          )}
          {last?.ok && last.takenAt && <Text size="sm">{t('backup.lastAutomaticOk', { when: longWhen(last.takenAt) })}</Text>}
          {last?.clockWarning && (
            <Alert color="yellow" role="status" p="xs">
              {t('backup.clockWarning')}
            </Alert>
          )}
          <Text size="sm" maw={720}>
            {t('backup.keepText', { daily: status.keepDaily, monthly: status.keepMonthly })}
          </Text>
          <KeepForm key={`${status.keepDaily}-${status.keepMonthly}`} keepDaily={status.keepDaily} keepMonthly={status.keepMonthly} />
          <Group gap="sm" mt="xs">
            <Button
              leftSection={<IconDatabaseExport size={16} aria-hidden />}
              loading={busy === 'now'}
              onClick={() =>
                void run('now', async () => {
                  await store.createNow();
                  return t('backup.created');
                })
              }
            >
              {t('backup.createNow')}
            </Button>
            <Button
              variant="light"
              leftSection={<IconDeviceFloppy size={16} aria-hidden />}
              loading={busy === 'save'}
              onClick={() =>
                void run('save', async () => {
                  const outcome = await store.saveAs();
                  return outcome.saved ? t('backup.savedAs', { fileName: outcome.fileName }) : null;
                })
              }
            >
              {t('backup.saveAs')}
            </Button>
            <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={confirmRestoreFromFile}>
              {t('backup.restoreFromFile')}
            </Button>
          </Group>
          {status.backups.length === 0 && !status.folderProblem && <Text size="sm">{t('backup.none')}</Text>}
          {status.backups.length > 0 && <BackupTable backups={status.backups} canRestore={own} />}
        </>
      )}
    </SectionCard>
  );
}
