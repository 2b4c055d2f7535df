import { Badge, Checkbox, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatMinutes } from '../../../../electron/shared/rules/duration';
import type { PlanPhase, PreviewItem } from '../../../../electron/shared/schemas/plan';
import { dayDate, weekNumber } from '../../lib/dates';
import { DateWithWeek } from '../common/DateWithWeek';
import { ResponsibleText } from './ResponsibleText';

interface Props {
  phase: PlanPhase;
  items: PreviewItem[];
  leaveOut: ReadonlySet<string>;
  onToggle: (templateItemId: string, include: boolean) => void;
}

/** One phase of the generated plan, each item with its dates, time and who is responsible. */
export function PhaseReview({ phase, items, leaveOut, onToggle }: Props) {
  const { t } = useTranslation();
  const when = (iso: string) => `${dayDate(iso)} (${t('hires.dates.week', { week: weekNumber(iso) })})`;
  const headingId = `phase-${phase.id}`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Stack gap={2} mb="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h4" id={headingId}>
            {phase.name}
          </Title>
          <Text size="sm" c="dimmed">
            {t('hires.review.phaseItems', { count: items.filter((i) => !leaveOut.has(i.templateItemId)).length })}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {when(phase.startDate)} – {when(phase.endDate)}
        </Text>
      </Stack>
      <Table verticalSpacing="xs" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{t('hires.review.include')}</Table.Th>
            <Table.Th>{t('hires.review.item')}</Table.Th>
            <Table.Th w={130}>{t('hires.review.start')}</Table.Th>
            <Table.Th w={130}>{t('hires.review.due')}</Table.Th>
            <Table.Th w={90}>{t('hires.review.time')}</Table.Th>
            <Table.Th w={180}>{t('hires.review.responsible')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const included = !leaveOut.has(item.templateItemId);
            return (
              <Table.Tr key={item.templateItemId} opacity={included ? 1 : 0.6}>
                <Table.Td>
                  <Checkbox
                    aria-label={t('hires.review.includeItem', { title: item.title })}
                    checked={included}
                    onChange={(e) => onToggle(item.templateItemId, e.currentTarget.checked)}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500} td={included ? undefined : 'line-through'}>
                    {item.title}
                  </Text>
                  <Group gap={6} mt={2}>
                    <Text size="xs" c="dimmed">
                      {item.category}
                    </Text>
                    {!included && (
                      <Badge size="xs" color="gray" variant="outline" tt="none">
                        {t('hires.review.leftOutBadge')}
                      </Badge>
                    )}
                  </Group>
                  {item.status === 'notApplicable' && (
                    <Group gap={4} mt={4} wrap="nowrap" c="gray.8">
                      <IconCircleOff size={14} aria-hidden />
                      <Text size="xs" fw={500}>
                        {t('hires.review.notApplicable', {
                          status: t('plans.status.notApplicable'),
                          reason: item.notApplicableReason ?? '',
                        })}
                      </Text>
                    </Group>
                  )}
                </Table.Td>
                <Table.Td>
                  <DateWithWeek date={item.startDate} />
                </Table.Td>
                <Table.Td>
                  <DateWithWeek date={item.dueDate} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" className="nowrap">
                    {formatMinutes(item.expectedMinutes)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <ResponsibleText responsible={item.responsible} person={item.responsiblePerson} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
