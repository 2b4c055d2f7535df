import { Alert, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { BackupEntry } from '../../../../electron/shared/schemas/backup';
import { longWhen } from '../../lib/dates';
import { i18n } from '../../lib/i18n';
import { showError } from '../../lib/show-error';
import { useBackupStore } from '../../stores/backup';
import { useSharingStore } from '../../stores/sharing';

const t = i18n.t.bind(i18n);

function body(text: string) {
  const state = useSharingStore.getState().status?.state;
  return (
    <Stack gap="xs">
      <Text size="sm">{text}</Text>
      <Text size="sm">{t('backup.confirmAfter')}</Text>
      {(state === 'ok' || state === 'away') && (
        <Alert color="orange" p="xs">
          <Text size="sm">{t('sharing.restoreWarning')}</Text>
        </Alert>
      )}
    </Stack>
  );
}

/** Says exactly what a restore does before it happens: the data is replaced, the current state is kept. */
export function confirmRestore(backup: BackupEntry): void {
  modals.openConfirmModal({
    title: t('backup.confirmTitle'),
    children: body(t('backup.confirmText', { when: longWhen(backup.takenAt) })),
    labels: { confirm: t('backup.confirm'), cancel: t('common.cancel') },
    confirmProps: { color: 'red' },
    onConfirm: () => void useBackupStore.getState().restore(backup.name).catch(showError),
  });
}

/** The file is chosen after confirming, in the system's dialog: the page never sees a path. */
export function confirmRestoreFromFile(): void {
  modals.openConfirmModal({
    title: t('backup.fromFileTitle'),
    children: body(t('backup.fromFileText')),
    labels: { confirm: t('backup.fromFileConfirm'), cancel: t('common.cancel') },
    confirmProps: { color: 'red' },
    onConfirm: () => void useBackupStore.getState().restoreFromFile().catch(showError),
  });
}
