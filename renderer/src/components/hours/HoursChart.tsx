import { BarChart } from '@mantine/charts';
import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HireHours } from '../../../../electron/shared/schemas/hours';
import { formatHours } from '../../lib/duration';

/** Weeks the chart shows; the table per week has all of them. */
export const CHART_WEEKS = 12;

/**
 * Expected against logged per week, for the last twelve weeks. The bars are a picture of the
 * table per week below, which is what a screen reader gets (the description says so).
 */
export function HoursChart({ hours }: { hours: HireHours }) {
  const { t, i18n } = useTranslation();
  const weeks = hours.summary.weeks.slice(-CHART_WEEKS);
  if (weeks.length === 0) return null;
  const data = weeks.map((w) => ({
    week: t('hours.reflection.week', { week: w.week }),
    expected: Math.round(w.expected / 6) / 10,
    logged: Math.round(w.logged / 6) / 10,
  }));
  const first = weeks[0]!;
  const last = weeks.at(-1)!;
  const hoursText = (value: number) => t('hours.hoursValue', { value: formatHours(value, i18n.language) });
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="figure"
      m={0}
      aria-labelledby="hours-chart-title"
      aria-describedby="hours-chart-description"
    >
      <Title order={2} size="h4" id="hours-chart-title">
        {t('hours.chart.title')}
      </Title>
      <Text size="xs" c="dimmed" id="hours-chart-description" mb="sm">
        {t('hours.chart.description', {
          count: weeks.length,
          from: t('hours.tables.weekLabel', { week: first.week, year: first.year }),
          to: t('hours.tables.weekLabel', { week: last.week, year: last.year }),
        })}
      </Text>
      <div aria-hidden>
        <BarChart
          h={230}
          data={data}
          dataKey="week"
          series={[
            { name: 'expected', label: t('hours.chart.expected'), color: 'gray.5' },
            { name: 'logged', label: t('hours.chart.logged'), color: 'teal.7' },
          ]}
          valueFormatter={hoursText}
          withLegend
          legendProps={{ verticalAlign: 'bottom', height: 40 }}
          tickLine="y"
          gridAxis="y"
          accessibilityLayer={false}
          maxBarWidth={18}
          tooltipAnimationDuration={0}
          barProps={{ isAnimationActive: false }}
          yAxisProps={{ width: 48, allowDecimals: false }}
        />
      </div>
    </Paper>
  );
}
