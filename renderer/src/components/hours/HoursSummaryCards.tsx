import { Alert, Paper, SimpleGrid, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HireHours } from '../../../../electron/shared/schemas/hours';
import { formatMinutes } from '../../../../electron/shared/rules/duration';
import { signedMinutes } from '../../lib/duration';

export const balanceColor = (minutes: number) => (minutes > 0 ? 'teal.9' : minutes < 0 ? 'red.9' : undefined);

function Figure({ label, value, hint, color, testId }: { label: string; value: string; hint: ReactNode; color?: string; testId: string }) {
  return (
    <Paper withBorder radius="md" p="md" role="group" aria-label={label} data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={color} className="nowrap">
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}

/** Expected so far, logged, and the balance with its sign; a warning when the introducer is behind. */
export function HoursSummaryCards({ hours }: { hours: HireHours }) {
  const { t } = useTranslation();
  const { summary } = hours;
  const current = summary.weeks.at(-1);
  const balanceText =
    summary.balance > 0 ? t('hours.summary.ahead') : summary.balance < 0 ? t('hours.summary.behindNorm') : t('hours.summary.even');
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md" role="group" aria-label={t('hours.summary.label')}>
        <Figure
          testId="hours-expected"
          label={t('hours.summary.expected')}
          value={formatMinutes(summary.expected)}
          hint={current ? t('hours.summary.expectedHint', { week: current.week }) : t('hours.tables.empty')}
        />
        <Figure
          testId="hours-logged"
          label={t('hours.summary.logged')}
          value={formatMinutes(summary.logged)}
          hint={t('hours.summary.loggedHint', { count: hours.entries.length })}
        />
        <Figure
          testId="hours-balance"
          label={t('hours.summary.balance')}
          value={signedMinutes(summary.balance)}
          hint={balanceText}
          color={balanceColor(summary.balance)}
        />
      </SimpleGrid>
      {summary.behind && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          title={t('hours.behind', { amount: formatMinutes(summary.behindLastFourWeeks) })}
        >
          <Text size="sm">{t('hours.behindAdvice')}</Text>
        </Alert>
      )}
    </>
  );
}
