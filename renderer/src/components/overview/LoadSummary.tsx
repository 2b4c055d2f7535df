import { Badge, Button, Group, Paper, Text } from '@mantine/core';
import { IconArrowDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../../lib/duration';
import { useIntroducerLoadStore } from '../../stores/hours';

/** One line per introducer near the top of Översikt; the table with the details stays at the bottom. */
export function LoadSummary() {
  const { t, i18n } = useTranslation();
  const introducers = useIntroducerLoadStore((s) => s.introducers.data);
  if (introducers.length === 0) return null;
  const toTable = () => {
    const heading = document.getElementById('introducer-load-title');
    heading?.scrollIntoView({ block: 'start' });
    heading?.closest<HTMLElement>('section')?.focus({ preventScroll: true });
  };
  return (
    <Paper withBorder radius="md" px="md" py="xs" component="section" aria-labelledby="load-summary-title">
      <Group gap="md" wrap="wrap">
        <Text size="sm" fw={600} id="load-summary-title">
          {t('hires.overview.loadSummary')}
        </Text>
        {introducers.map((row) => (
          <Group key={row.introducer.id} gap={4} wrap="nowrap">
            <Text size="sm">
              {t('hires.overview.loadSummaryLine', {
                name: row.introducer.name,
                count: row.hires.length,
                norm: t('hours.hoursValue', { value: formatHours(row.normHours, i18n.language) }),
              })}
            </Text>
            {row.overloaded && (
              <Badge color="red" variant="light" size="sm" tt="none">
                {t('hires.overview.loadOverloaded')}
              </Badge>
            )}
          </Group>
        ))}
        <Button variant="subtle" size="compact-sm" ml="auto" rightSection={<IconArrowDown size={14} aria-hidden />} onClick={toTable}>
          {t('hires.overview.loadDetails')}
        </Button>
      </Group>
    </Paper>
  );
}
