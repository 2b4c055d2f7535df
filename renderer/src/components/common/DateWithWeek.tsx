import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dayDate, weekNumber } from '../../lib/dates';

/** "mån 17 aug 2026" with "v. 34" under it. */
export function DateWithWeek({ date, size = 'sm' }: { date: string; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size={size} className="nowrap">
        {dayDate(date)}
      </Text>
      <Text size="xs" c="dimmed">
        {t('hires.dates.week', { week: weekNumber(date) })}
      </Text>
    </>
  );
}
