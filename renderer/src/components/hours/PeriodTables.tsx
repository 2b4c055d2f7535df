import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoursRow } from '../../../../electron/shared/rules/hours';
import { formatMinutes } from '../../../../electron/shared/rules/duration';
import type { HireHours } from '../../../../electron/shared/schemas/hours';
import { monthYear, period, weekDates } from '../../lib/dates';
import { signedMinutes } from '../../lib/duration';
import { balanceColor } from './HoursSummaryCards';

const SHOWN_WEEKS = 6;

function Amounts({ row, notStarted }: { row: HoursRow; notStarted?: string }) {
  if (notStarted) {
    return (
      <Table.Td colSpan={3} ta="right">
        <Text size="sm" c="dimmed">
          {notStarted}
        </Text>
      </Table.Td>
    );
  }
  return (
    <>
      <Table.Td ta="right" className="nowrap">
        {formatMinutes(row.expected)}
      </Table.Td>
      <Table.Td ta="right" className="nowrap">
        {formatMinutes(row.logged)}
      </Table.Td>
      <Table.Td ta="right" className="nowrap" c={balanceColor(row.balance)} fw={600}>
        {signedMinutes(row.balance)}
      </Table.Td>
    </>
  );
}

function PeriodTable({
  caption,
  first,
  firstWidth,
  rows,
  extraHead,
}: {
  caption: string;
  first: string;
  firstWidth?: number;
  rows: ReactNode;
  extraHead?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Table verticalSpacing={6} horizontalSpacing="sm" fz="sm" striped="even">
      <Table.Caption className="visually-hidden">{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={firstWidth}>{first}</Table.Th>
          {extraHead}
          <Table.Th ta="right">{t('hours.tables.columns.expected')}</Table.Th>
          <Table.Th ta="right">{t('hours.tables.columns.logged')}</Table.Th>
          <Table.Th ta="right">{t('hours.tables.columns.balance')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{rows}</Table.Tbody>
    </Table>
  );
}

/** Expected, logged and the running balance per week (newest first), per month and per phase. */
export function PeriodTables({ hours, today }: { hours: HireHours; today: string }) {
  const { t } = useTranslation();
  const [allWeeks, setAllWeeks] = useState(false);
  const weeks = [...hours.summary.weeks].reverse();
  const months = [...hours.summary.months].reverse();
  const shownWeeks = allWeeks ? weeks : weeks.slice(0, SHOWN_WEEKS);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="hours-periods-title">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="hours-periods-title">
            {t('hours.tables.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('hours.tables.balanceHint')}
          </Text>
        </div>
        {weeks.length === 0 ? (
          <Text size="sm">{t('hours.tables.empty')}</Text>
        ) : (
          <>
            <Stack gap={4}>
              <Title order={3} size="h5">
                {t('hours.tables.weeks')}
              </Title>
              <PeriodTable
                caption={t('hours.tables.captionWeeks')}
                first={t('hours.tables.columns.week')}
                firstWidth={130}
                extraHead={<Table.Th>{t('hours.tables.columns.dates')}</Table.Th>}
                rows={shownWeeks.map((w) => (
                  <Table.Tr key={w.from}>
                    <Table.Td className="nowrap">{t('hours.tables.weekLabel', { week: w.week, year: w.year })}</Table.Td>
                    <Table.Td className="nowrap">
                      {weekDates(w.from, w.to)}
                      {w.to >= today && (
                        <Badge ml="xs" size="sm" variant="light" color="yellow" c="yellow.9" tt="none">
                          {t('plans.schedule.current')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Amounts row={w} />
                  </Table.Tr>
                ))}
              />
              {weeks.length > SHOWN_WEEKS && (
                <Group>
                  <Button variant="subtle" size="xs" onClick={() => setAllWeeks(!allWeeks)} aria-expanded={allWeeks}>
                    {allWeeks ? t('hours.tables.showFewer', { count: SHOWN_WEEKS }) : t('hours.tables.showAll', { count: weeks.length })}
                  </Button>
                </Group>
              )}
            </Stack>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <Stack gap={4}>
                <Title order={3} size="h5">
                  {t('hours.tables.months')}
                </Title>
                <PeriodTable
                  caption={t('hours.tables.captionMonths')}
                  first={t('hours.tables.columns.month')}
                  rows={months.map((m) => (
                    <Table.Tr key={m.from}>
                      <Table.Td className="nowrap">{monthYear(m.from)}</Table.Td>
                      <Amounts row={m} />
                    </Table.Tr>
                  ))}
                />
              </Stack>
              <Stack gap={4}>
                <Title order={3} size="h5">
                  {t('hours.tables.phases')}
                </Title>
                <PeriodTable
                  caption={t('hours.tables.captionPhases')}
                  first={t('hours.tables.columns.phase')}
                  rows={hours.phases.map((p) => (
                    <Table.Tr key={p.phaseId}>
                      <Table.Td>
                        <Text size="sm">{p.label}</Text>
                        <Text size="xs" c="dimmed" className="nowrap">
                          {period(p.from, p.to)}
                        </Text>
                      </Table.Td>
                      <Amounts row={p} notStarted={p.from > today ? t('hours.tables.notStarted') : undefined} />
                    </Table.Tr>
                  ))}
                />
                <Text size="xs" c="dimmed">
                  {t('hours.tables.phasesOverlap')}
                </Text>
              </Stack>
            </SimpleGrid>
          </>
        )}
      </Stack>
    </Paper>
  );
}
