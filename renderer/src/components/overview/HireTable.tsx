import { Anchor, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HireSummary } from '../../../../electron/shared/schemas/plan';
import { dayDate } from '../../lib/dates';
import { IntroducerBadge } from '../common/IntroducerBadge';
import { CountBadges } from './CountBadges';

/** The overview as one row per hire: many introductions on one screen. */
export function HireTable({ hires }: { hires: HireSummary[] }) {
  const { t } = useTranslation();
  const c = (key: 'name' | 'start' | 'introducer' | 'late' | 'notFollowedUp' | 'next') => t(`hires.overview.column.${key}` as const);
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table highlightOnHover verticalSpacing="xs" aria-label={t('nav.overview')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{c('name')}</Table.Th>
            <Table.Th>{c('start')}</Table.Th>
            <Table.Th>{c('introducer')}</Table.Th>
            <Table.Th>
              {c('late')} · {c('notFollowedUp')}
            </Table.Th>
            <Table.Th>{c('next')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {hires.map((hire) => (
            <Table.Tr key={hire.id}>
              <Table.Td>
                <Anchor component={Link} to={`/nyanstallda/${hire.id}`} fw={600}>
                  {hire.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {[hire.title, hire.team].filter(Boolean).join(' · ')}
                </Text>
              </Table.Td>
              <Table.Td className="nowrap">{dayDate(hire.startDate)}</Table.Td>
              <Table.Td>
                <IntroducerBadge introducer={hire.introducer} />
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <CountBadges hire={hire} />
                </Group>
              </Table.Td>
              <Table.Td>
                {hire.next[0] ? (
                  <Text size="sm" lineClamp={1} c={hire.next[0].late ? 'red.9' : undefined}>
                    {dayDate(hire.next[0].dueDate)}: {hire.next[0].title}
                  </Text>
                ) : (
                  <Text size="sm">{t('hires.overview.nothingNext')}</Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
