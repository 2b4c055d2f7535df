import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCalendarDown, IconClockHour4, IconPencil } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HirePlan } from '../../../../electron/shared/schemas/plan';
import { longDate } from '../../lib/dates';
import { formatHours } from '../../lib/duration';
import { weekdayKey } from '../../lib/weekdays';
import { useHoursStore } from '../../stores/hours';
import { Fact } from '../common/Fact';
import { LoadFailed, Loading } from '../common/LoadStates';
import { useCalendarExport } from '../common/useCalendarExport';
import { EntriesTable } from './EntriesTable';
import { HoursChart } from './HoursChart';
import { HoursSummaryCards } from './HoursSummaryCards';
import { LogHoursForm } from './LogHoursForm';
import { PeriodTables } from './PeriodTables';
import { SlotModal } from './SlotModal';
import { SubstitutesCard } from './SubstitutesCard';

/** "Introduktörstid": log time, expected against logged with the balance, the booked slot, the calendar. */
export function HoursTab({ plan }: { plan: HirePlan }) {
  const { t, i18n } = useTranslation();
  const { hire, today } = plan;
  const hours = useHoursStore((s) => (s.hireId === hire.id ? s.hours.data : null));
  const { status, error: loadError } = useHoursStore((s) => s.hours);
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

  const weekday = weekdayKey(hours.slot.weekday);
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
                <span data-testid="introducer-slot">
                  {t('hours.slot.value', { weekdays: t(`hours.weekdaysPlural.${weekday}`), time: hours.slot.time })}
                </span>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  leftSection={<IconPencil size={14} aria-hidden />}
                  onClick={() => setEditingSlot(true)}
                >
                  {t('hours.slot.edit')}
                </Button>
              </Group>
            </Fact>
          </Group>
          <Stack gap={4} align="flex-end" maw={320}>
            <Button
              variant="light"
              leftSection={<IconCalendarDown size={16} aria-hidden />}
              loading={calendar.exporting}
              onClick={() => void calendar.run(hire.id)}
            >
              {t('hours.export.hire')}
            </Button>
            <Text size="xs" c="dimmed" ta="right">
              {t('hours.export.hireHint')}
            </Text>
          </Stack>
        </Group>
      </Paper>
      <SubstitutesCard periods={hours.substitutes} introducerId={hire.introducer?.id ?? null} today={today} />
      {today < hire.startDate && hours.entries.length === 0 ? (
        // Before the start nothing is due and nothing can be logged; figures would only mislead.
        <Alert color="blue" variant="light" icon={<IconClockHour4 size={18} aria-hidden />} title={t('hours.notStartedTitle')}>
          <Text size="sm">{t('hours.notStarted', { name: hire.name, date: longDate(hire.startDate) })}</Text>
        </Alert>
      ) : (
        <>
          <HoursSummaryCards hours={hours} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            {/* A new substitute today is the form's new default person. */}
            <LogHoursForm key={`${hire.id}-${hire.substitute?.person.id ?? ''}`} plan={plan} />
            <HoursChart hours={hours} />
          </SimpleGrid>
          <EntriesTable entries={hours.entries} hireName={hire.name} substitutes={hours.substitutes} />
          <PeriodTables hours={hours} today={today} />
        </>
      )}
      <SlotModal opened={editingSlot} hireId={hire.id} hireName={hire.name} slot={hours.slot} onClose={() => setEditingSlot(false)} />
    </Stack>
  );
}
