import { Button, Table } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchivedHire } from '../../../../electron/shared/schemas/privacy';
import { instantDate } from '../../lib/dates';
import { HiddenHead } from '../common/HiddenHead';
import { HireLeadCells, HireLeadHeads } from '../common/HireColumns';
import { EraseHireModal, type ErasableHire } from './EraseHireModal';

/** Archived plans with when and by whom, each with "Radera …" behind the typed confirmation. */
export function ArchivedTable({ hires, label }: { hires: ArchivedHire[]; label: string }) {
  const { t } = useTranslation();
  const [erasing, setErasing] = useState<ErasableHire | null>(null);
  return (
    <>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <HireLeadHeads />
            <Table.Th>{t('hires.list.finished')}</Table.Th>
            <Table.Th>{t('privacy.archivedList.archivedAt')}</Table.Th>
            <Table.Th>{t('privacy.archivedList.archivedBy')}</Table.Th>
            <HiddenHead label={t('privacy.archivedList.actions')} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {hires.map((hire) => (
            <Table.Tr key={hire.id}>
              <HireLeadCells hire={hire} />
              <Table.Td className="nowrap">{hire.finishedAt ? instantDate(hire.finishedAt) : t('common.none')}</Table.Td>
              <Table.Td className="nowrap">{instantDate(hire.archivedAt)}</Table.Td>
              <Table.Td>{hire.archivedBy ?? t('common.none')}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="light"
                  color="red"
                  leftSection={<IconTrash size={14} aria-hidden />}
                  aria-label={t('privacy.eraseNamed', { name: hire.name })}
                  onClick={() => setErasing({ id: hire.id, name: hire.name })}
                >
                  {t('privacy.erase')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <EraseHireModal hire={erasing} onClose={() => setErasing(null)} />
    </>
  );
}
