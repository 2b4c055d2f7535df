import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../../electron/shared/rules/duration';
import type { BackupEntry } from '../../../../electron/shared/schemas/backup';
import { longWhen, shortWhen } from '../../lib/dates';
import { HiddenHead } from '../common/HiddenHead';
import { confirmRestore } from './restore-confirm';

/** The backups in the folder, newest first, each with its check and, when usable, "Återställ …". */
export function BackupTable({ backups, canRestore }: { backups: BackupEntry[]; canRestore: boolean }) {
  const { t } = useTranslation();
  return (
    <Table verticalSpacing="xs" aria-label={t('backup.listLabel')} maw={900}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('backup.columns.when')}</Table.Th>
          <Table.Th>{t('backup.columns.kind')}</Table.Th>
          <Table.Th>{t('backup.columns.size')}</Table.Th>
          <Table.Th>{t('backup.columns.status')}</Table.Th>
          <HiddenHead label={t('backup.columns.actions')} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((backup) => (
          <Table.Tr key={backup.name}>
            <Table.Td className="nowrap">{shortWhen(backup.takenAt)}</Table.Td>
            <Table.Td>{t(`backup.kinds.${backup.kind}`)}</Table.Td>
            <Table.Td className="nowrap">{formatBytes(backup.size)}</Table.Td>
            <Table.Td>
              {backup.problem ? (
                <Text size="sm" c="red.9">
                  {t('backup.unusable', { reason: t(`backup.problem.${backup.problem}`) })}
                </Text>
              ) : (
                <Badge color="green" c="green.9" variant="light" tt="none">
                  {t('backup.ok')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td align="right">
              {canRestore && !backup.problem && (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={t('backup.restoreLabel', { when: longWhen(backup.takenAt) })}
                  onClick={() => confirmRestore(backup)}
                >
                  {t('backup.restore')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
