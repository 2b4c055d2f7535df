import { Badge, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HireSummary } from '../../../../electron/shared/schemas/plan';
import { instantDate } from '../../lib/dates';
import { HireLeadCells, HireLeadHeads } from '../common/HireColumns';
import { IntroducerBadge } from '../common/IntroducerBadge';
import { totalProgress } from './progress';

/** Every hire in one list: who, which team, when they started, who looks after them, how far they are. */
export function HiresTable({ hires, archived }: { hires: HireSummary[]; archived: boolean }) {
  const { t } = useTranslation();
  return (
    <Table striped highlightOnHover verticalSpacing="sm" aria-label={t(archived ? 'hires.list.archivedTable' : 'hires.list.activeTable')}>
      <Table.Thead>
        <Table.Tr>
          <HireLeadHeads />
          <Table.Th>{t('hires.fields.manager')}</Table.Th>
          <Table.Th>{t('hires.fields.introducer')}</Table.Th>
          <Table.Th>{t('hires.list.progress')}</Table.Th>
          <Table.Th>{archived ? t('hires.list.finished') : t('hires.list.late')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {hires.map((hire) => {
          const { done, total, percent } = totalProgress(hire);
          return (
            <Table.Tr key={hire.id}>
              <HireLeadCells hire={hire} />
              <Table.Td>{hire.manager?.name ?? t('common.none')}</Table.Td>
              <Table.Td>
                <IntroducerBadge introducer={hire.introducer} />
              </Table.Td>
              <Table.Td miw={140}>
                <Stack gap={4}>
                  <Text size="xs">{t('hires.progress.doneOf', { done, total })}</Text>
                  <Progress value={percent} size="sm" aria-label={t('hires.progress.total', { name: hire.name, done, total })} />
                </Stack>
              </Table.Td>
              <Table.Td>
                {archived ? (
                  <Text size="sm" className="nowrap">
                    {hire.finishedAt ? instantDate(hire.finishedAt) : t('common.none')}
                  </Text>
                ) : (
                  <Group gap={4}>
                    {hire.late > 0 ? (
                      <Badge color="red.9" variant="filled" tt="none">
                        {t('hires.counts.late', { count: hire.late })}
                      </Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('hires.counts.noneLate')}
                      </Text>
                    )}
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
