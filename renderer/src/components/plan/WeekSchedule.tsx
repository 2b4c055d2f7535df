import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconCalendarDown } from '@tabler/icons-react';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { HirePlan } from '../../../../electron/shared/schemas/plan';
import { usePlanStore } from '../../stores/plan';
import { LoadFailed, Loading } from '../common/LoadStates';
import { WeekRowView } from './WeekRowView';

/** One row per ISO week of the plan; opens on the current week. */
export function WeekSchedule({ plan }: { plan: HirePlan }) {
  const { t } = useTranslation();
  const { data: schedule, status, error } = usePlanStore((s) => s.schedule);
  const currentRow = useRef<HTMLTableRowElement>(null);
  const hasCurrent = schedule?.some((r) => r.current) ?? false;

  useEffect(() => {
    if (status === 'idle') void usePlanStore.getState().loadSchedule();
  }, [status]);

  const goToCurrent = useCallback((behavior: ScrollBehavior, focus: boolean) => {
    const row = currentRow.current;
    if (!row) return;
    row.scrollIntoView({ block: 'center', behavior });
    if (focus) row.focus({ preventScroll: true });
  }, []);

  // Opening the schedule shows this week, but focus stays on the tab: someone choosing tabs with
  // the arrow keys must not be pulled into a table of a hundred rows.
  useEffect(() => {
    if (hasCurrent) goToCurrent('instant', false);
  }, [hasCurrent, goToCurrent]);

  if (status === 'error') {
    return (
      <LoadFailed title={t('plans.schedule.loadFailed')} message={error} onRetry={() => void usePlanStore.getState().loadSchedule()} />
    );
  }
  if (!schedule) {
    return <Loading />;
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm" c="dimmed" maw={720}>
          {t('plans.schedule.intro')}
        </Text>
        {hasCurrent ? (
          <Button
            variant="light"
            leftSection={<IconCalendarDown size={16} aria-hidden />}
            onClick={() => goToCurrent('smooth', true)}
            style={{ flexShrink: 0 }}
          >
            {t('plans.schedule.goToCurrent')}
          </Button>
        ) : (
          <Text size="sm">{t('plans.schedule.notInPlan')}</Text>
        )}
      </Group>
      <Paper withBorder radius="md">
        <Table
          stickyHeader
          stickyHeaderOffset="calc(var(--app-shell-header-offset, 0px))"
          verticalSpacing={6}
          horizontalSpacing="sm"
          fz="sm"
          striped="even"
        >
          <Table.Caption className="visually-hidden">{t('plans.schedule.caption', { name: plan.hire.name })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={120}>{t('plans.schedule.columns.week')}</Table.Th>
              <Table.Th w={184}>{t('plans.schedule.columns.phases')}</Table.Th>
              <Table.Th>{t('plans.schedule.columns.items')}</Table.Th>
              <Table.Th w={180}>{t('plans.schedule.columns.daysOff')}</Table.Th>
              <Table.Th w={92} ta="right">
                {t('plans.schedule.columns.hireTime')}
              </Table.Th>
              <Table.Th w={170}>{t('plans.schedule.columns.othersTime')}</Table.Th>
              <Table.Th w={100} ta="right">
                {t('plans.schedule.columns.introducerTime')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {schedule.map((row) => (
              <WeekRowView key={row.monday} row={row} phases={plan.phases} ref={row.current ? currentRow : undefined} />
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
