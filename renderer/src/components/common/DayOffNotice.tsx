import { Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayInfo } from '../../../../electron/shared/rules/calendar';
import { capitalized, dayDate, isIsoDate, longDate } from '../../lib/dates';
import { dayOffLabel } from '../../lib/day-off-label';
import { useDaysOffStore } from '../../stores/days-off';

/**
 * Says when a picked date is a day off (a weekend, a public holiday, one of the municipality's own)
 * and offers the first working day. A start date on a day off only shifts when the plan starts
 * counting; a due date can be kept if the user means it, so nothing is refused here.
 */
export function DayOffNotice({ date, onUse, purpose }: { date: string; onUse: (iso: string) => void; purpose: 'start' | 'due' }) {
  const { t, i18n } = useTranslation();
  const [info, setInfo] = useState<DayInfo | null>(null);

  useEffect(() => {
    // A date still being typed asks nothing; the answer for an earlier date is not shown (below).
    if (!isIsoDate(date)) return;
    let current = true;
    useDaysOffStore
      .getState()
      .dayInfo(date)
      .then(
        (found) => current && setInfo(found),
        () => current && setInfo(null),
      );
    return () => {
      current = false;
    };
  }, [date]);

  if (!info?.dayOff || info.date !== date) return null;
  // Holiday names and the municipality's own labels as main has them; a weekend in the window's language.
  const label = info.dayOff.kind === 'weekend' ? t('dayOff.weekend') : dayOffLabel(info.dayOff, i18n.language);
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" role="status" c="orange.9">
      <IconAlertTriangle size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <Text size="sm">{t(`dayOff.${purpose}`, { date: capitalized(longDate(date)), label, next: longDate(info.nextWorkingDay) })}</Text>
      <Button size="compact-sm" variant="light" color="orange" style={{ flexShrink: 0 }} onClick={() => onUse(info.nextWorkingDay)}>
        {t('dayOff.use', { date: dayDate(info.nextWorkingDay) })}
      </Button>
    </Group>
  );
}
