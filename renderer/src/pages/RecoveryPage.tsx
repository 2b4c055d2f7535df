import { Alert, Badge, Button, Code, Container, Group, Spoiler, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect } from 'react';
import { usePageTitle } from '../lib/use-page-title';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../electron/shared/schemas/backup';
import { SectionCard } from '../components/common/SectionCard';
import { longWhen } from '../lib/dates';
import { showError } from '../lib/show-error';
import { useRecoveryStore } from '../stores/recovery';
import { RESTORABLE_PROBLEMS } from '../../../electron/shared/schemas/database';
import { useSettingsStore } from '../stores/settings';

const run = (action: () => Promise<unknown>) => void action().catch(showError);

/**
 * Shown instead of the app when the user's own database cannot be opened: says what is wrong and
 * offers the ways out — a backup, another file, or quitting. Nothing is repaired behind the user's back.
 */
export function RecoveryPage() {
  const { t } = useTranslation();
  usePageTitle(t('recovery.title'));
  const info = useSettingsStore((s) => s.info);
  const state = useRecoveryStore((s) => s.state);
  const store = useRecoveryStore.getState();
  const confirmRestore = (text: string, onConfirm: () => void) =>
    modals.openConfirmModal({
      title: t('recovery.confirmTitle'),
      children: <Text size="sm">{text}</Text>,
      labels: { confirm: t('recovery.confirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm,
    });
  useEffect(() => run(() => useRecoveryStore.getState().load()), []);
  const usable = (state?.backups ?? []).filter((b) => !b.problem);
  const problem = info?.problem;
  // A file that could not be checked (busy, no permission…) may be healthy: no restore is offered for it.
  const restorable = !problem || RESTORABLE_PROBLEMS.includes(problem.kind);
  const retry = () =>
    run(async () => {
      if (await store.retry()) return;
      // The reason may have changed (another program let go, but the file is damaged).
      await useSettingsStore.getState().load();
      notifications.show({ color: 'red', message: t('recovery.stillUnavailable') });
    });

  const confirmStartEmpty = () =>
    modals.openConfirmModal({
      title: t('recovery.startEmptyTitle'),
      children: <Text size="sm">{t('recovery.startEmptyText')}</Text>,
      labels: { confirm: t('recovery.startEmpty').replace('…', '').trim(), cancel: t('common.cancel') },
      onConfirm: () => run(() => store.startEmpty()),
    });

  const restoreRow = (backup: BackupEntry) =>
    confirmRestore(t('recovery.confirmText', { when: longWhen(backup.takenAt) }), () => run(() => store.restoreBackup(backup.name)));

  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <Title order={1}>{t('recovery.title')}</Title>
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
          <Stack gap={6}>
            <Text size="sm">{problem ? t(`recovery.kind.${problem.kind}`) : t('recovery.unavailable')}</Text>
            {info && (
              <Text size="sm">
                {t('recovery.fileLabel')}: <Code>{info.databaseFile}</Code>
              </Text>
            )}
            {problem && (
              <Spoiler maxHeight={0} showLabel={t('recovery.technical')} hideLabel={t('common.close')}>
                <Code block>{problem.detail}</Code>
              </Spoiler>
            )}
          </Stack>
        </Alert>

        {problem?.kind === 'wrong-wal' && (
          <Group>
            <Button onClick={() => run(() => store.setAsideWal())}>{t('recovery.setAsideWal')}</Button>
          </Group>
        )}
        {!restorable && problem?.kind !== 'wrong-wal' && (
          <Group>
            <Button onClick={retry}>{t('recovery.retry')}</Button>
          </Group>
        )}

        {restorable && (
          <SectionCard headingId="recovery-restore-heading" title={t('recovery.restoreTitle')}>
            <Text size="sm">{t('recovery.restoreText')}</Text>
            {state && (
              <Text size="sm" c="dimmed">
                {t('recovery.folderLabel')} <Code>{state.folder}</Code>
              </Text>
            )}
            {state && state.backups.length === 0 && <Text size="sm">{t('recovery.noBackups')}</Text>}
            {state && state.backups.length > 0 && (
              <Table striped>
                <Table.Tbody>
                  {state.backups.map((backup) => (
                    <Table.Tr key={backup.name}>
                      <Table.Td>{longWhen(backup.takenAt)}</Table.Td>
                      <Table.Td>{t(`backup.kinds.${backup.kind}`)}</Table.Td>
                      <Table.Td>
                        {backup.problem ? (
                          <Badge color="red" variant="light">
                            {t('backup.unusable', { reason: t(`backup.problem.${backup.problem}`) })}
                          </Badge>
                        ) : (
                          <Button
                            size="xs"
                            variant={backup === usable[0] ? 'filled' : 'light'}
                            aria-label={`${t('recovery.restore')} ${longWhen(backup.takenAt)}`}
                            onClick={() => restoreRow(backup)}
                          >
                            {t('recovery.restore')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Group>
              <Button
                variant="default"
                onClick={() => confirmRestore(t('recovery.confirmFileText'), () => run(() => store.restoreFromFile()))}
              >
                {t('recovery.restoreFromFile')}
              </Button>
              {(problem?.kind === 'empty' || problem?.kind === 'not-found') && (
                <Button variant="default" onClick={confirmStartEmpty}>
                  {t('recovery.startEmpty')}
                </Button>
              )}
            </Group>
          </SectionCard>
        )}

        <SectionCard headingId="recovery-other-heading" title={t('recovery.otherTitle')}>
          <Text size="sm">{t('recovery.otherText')}</Text>
          <Group>
            <Button variant="default" onClick={() => run(() => store.openOtherFile())}>
              {t('recovery.openOther')}
            </Button>
          </Group>
        </SectionCard>

        <Group justify="flex-end">
          <Button variant="subtle" color="gray" onClick={() => run(() => store.quit())}>
            {t('recovery.quit')}
          </Button>
        </Group>
      </Stack>
    </Container>
  );
}
