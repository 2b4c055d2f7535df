import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarDown, IconClockHour4, IconPencil } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HirePlan } from '../../../../electron/shared/schemas/plan';
import { showError } from '../../lib/show-error';
import { longDate } from '../plan/dates';
import { exportCalendar, useHoursStore } from '../../stores/hours';
import { formatHours } from './duration';
import { EntriesTable } from './EntriesTable';
import { HoursChart } from './HoursChart';
import { HoursSummaryCards } from './HoursSummaryCards';
import { LogHoursForm } from './LogHoursForm';
import { PeriodTables } from './PeriodTables';
import { SlotModal, type WEEKDAYS } from './SlotModal';
import { Fact } from '../Fact';
import { LoadFailed, Loading } from '../LoadStates';

/** Saves the hire's calendar (or everyone's) through main's dialog and says where it went. */
export function useCalendarExport() {
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);
  const run = async (hireId?: number) => {
    setExporting(true);
    try {
      const fileName = await exportCalendar(hireId);
      if (fileName) notifications.show({ color: 'green', message: t('hours.export.saved', { fileName }) });
    } catch (error) {
      showError(error);
    } finally {
      setExporting(false);
    }
  };
  return { exporting, run };
}

/** "Introduktörstid": log time, expected against logged with the balance, the booked slot, the calendar. */
export function HoursTab({ plan }: { plan: HirePlan }) {
  const { t, i18n } = useTranslation();
  const { hire, today } = plan;
  const hours = useHoursStore((s) => (s.hireId === hire.id ? s.hours : null));
  const status = useHoursStore((s) => s.status);
  const loadError = useHoursStore((s) => s.loadError);
  const [editingSlot, setEditingSlot] = useState(false);
  const calendar = useCalendarExport();

  // The start date or the introducer may have changed on another tab: read again on every visit.
  useEffect(() => void useHoursStore.getState().load(hire.id), [hire.id, hire.startDate, hire.introducer?.id]);

  if (status === 'error' && !hours) {
    return <LoadFailed title={t('hours.loadFailed')} message={loadError} onRetry={() => void useHoursStore.getState().load(hire.id)} />;
  }
  if (!hours) {
    return <Loading />;
  }

  const weekday = String(hours.slot.weekday) as (typeof WEEKDAYS)[number];
  const number = (value: number) => formatHours(value, i18n.language);
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" align="flex-start" gap="md">
          <Group gap="xl" align="flex-start">
            <Fact label={t('hours.norm.label')}>
              {t('hours.norm.value', { year1: number(hours.norm.year1), year2: number(hours.norm.year2) })}
              <Text size="xs" c="dimmed" maw={340}>
                {t('hours.norm.explain')}
              </Text>
            </Fact>
            <Fact label={t('hours.slot.label')}>
              <Group gap="xs" wrap="nowrap">
                <span data-testid="introducer-slot">{t('hours.slot.value', { weekdays: t(`hours.weekdaysPlural.${weekday}`), time: hours.slot.time })}</span>
                <Button size="compact-xs" variant="subtle" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => setEditingSlot(true)}>
                  {t('hours.slot.edit')}
                </Button>
              </Group>
            </Fact>
          </Group>
          <Stack gap={4} align="flex-end" maw={320}>
            <Button variant="light" leftSection={<IconCalendarDown size={16} aria-hidden />} loading={calendar.exporting} onClick={() => void calendar.run(hire.id)}>
              {t('hours.export.hire')}
            </Button>
            <Text size="xs" c="dimmed" ta="right">
              {t('hours.export.hireHint')}
            </Text>
          </Stack>
        </Group>
      </Paper>
      {today < hire.startDate && hours.entries.length === 0 ? (
        // Before the start nothing is due and nothing can be logged; figures would only mislead.
        <Alert color="blue" variant="light" icon={<IconClockHour4 size={18} aria-hidden />} title={t('hours.notStartedTitle')}>
          <Text size="sm">{t('hours.notStarted', { name: hire.name, date: longDate(hire.startDate) })}</Text>
        </Alert>
      ) : (
        <>
          <HoursSummaryCards hours={hours} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <LogHoursForm key={hire.id} plan={plan} />
            <HoursChart hours={hours} />
          </SimpleGrid>
          <EntriesTable entries={hours.entries} hireName={hire.name} />
          <PeriodTables hours={hours} today={today} />
        </>
      )}
      <SlotModal opened={editingSlot} hireId={hire.id} hireName={hire.name} slot={hours.slot} onClose={() => setEditingSlot(false)} />
    </Stack>
  );
}
