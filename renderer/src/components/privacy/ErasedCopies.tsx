import { Button, Group, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconTrash } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { longWhen } from '../../lib/dates';
import { notifySaved } from '../../lib/notify';
import { showError } from '../../lib/show-error';
import { usePrivacyStore } from '../../stores/privacy';

/**
 * Part of Gallring: the backups taken before an erase that still hold erased new hires, and a way
 * to delete exactly those. Rotation would delete them in time; a person may ask for it sooner.
 */
export function ErasedCopies() {
  const { t } = useTranslation();
  const erased = usePrivacyStore((s) => s.erasedCopies);
  useEffect(() => void usePrivacyStore.getState().loadErasedCopies().catch(showError), []);
  if (!erased) return null;
  const { copies, folder } = erased;

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: t('privacy.erasedCopies.confirmTitle'),
      children: <Text size="sm">{t('privacy.erasedCopies.confirmText', { count: copies.length })}</Text>,
      labels: { confirm: t('privacy.erasedCopies.confirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void usePrivacyStore
          .getState()
          .deleteErasedCopies(copies.map((c) => c.name))
          .then(() => notifySaved(t('privacy.erasedCopies.deleted')))
          .catch(showError),
    });

  return (
    <section aria-labelledby="erased-copies-heading">
      <Text id="erased-copies-heading" size="sm" fw={600} mt="md" component="h3">
        {t('privacy.erasedCopies.title')}
      </Text>
      {copies.length === 0 ? (
        <Text size="sm">{t('privacy.erasedCopies.none')}</Text>
      ) : (
        <>
          <Text size="sm">{t('privacy.erasedCopies.text', { count: copies.length, folder })}</Text>
          <Table striped aria-label={t('privacy.erasedCopies.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('backup.columns.when')}</Table.Th>
                <Table.Th>{t('backup.columns.kind')}</Table.Th>
                <Table.Th>{t('privacy.erasedCopies.hires')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {copies.map((copy) => (
                <Table.Tr key={copy.name}>
                  <Table.Td title={copy.name}>{longWhen(copy.takenAt)}</Table.Td>
                  <Table.Td>{t(`backup.kinds.${copy.kind}`)}</Table.Td>
                  <Table.Td>{copy.hires}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group>
            <Button color="red" variant="light" leftSection={<IconTrash size={16} aria-hidden />} onClick={confirmDelete}>
              {t('privacy.erasedCopies.delete')}
            </Button>
          </Group>
        </>
      )}
    </section>
  );
}
