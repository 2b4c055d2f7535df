import { Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HireSummary } from '../../../../electron/shared/schemas/plan';
import { dayDate, weekNumber } from '../../lib/dates';
import { IntroducerBadge } from '../common/IntroducerBadge';
import { CountBadges } from './CountBadges';
import { PhaseBars } from './PhaseBars';

/** One running introduction at a glance: who, how far per phase, what is late, what comes next. */
export function HireCard({ hire, introducerBehind = false }: { hire: HireSummary; introducerBehind?: boolean }) {
  const { t } = useTranslation();
  const headingId = `hire-${hire.id}`;
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <Stack gap={2}>
          <Title order={2} size="h4" id={headingId}>
            <Anchor component={Link} to={`/nyanstallda/${hire.id}`} inherit>
              {hire.name}
            </Anchor>
          </Title>
          <Text size="sm" c="dimmed">
            {[hire.title, hire.team].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          {introducerBehind && (
            <Badge color="orange" c="orange.9" variant="light" tt="none" leftSection={<IconClockExclamation size={12} aria-hidden />}>
              {t('hours.load.hireBehind')}
            </Badge>
          )}
          <CountBadges hire={hire} />
        </Group>
      </Group>
      <SimpleGrid cols={3} spacing="lg" verticalSpacing="xs">
        <Stack gap="xs">
          <div>
            <Text size="xs" c="dimmed">
              {t('hires.fields.startDate')}
            </Text>
            <Text size="sm">
              {dayDate(hire.startDate)} ({t('hires.dates.week', { week: weekNumber(hire.startDate) })})
            </Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('hires.fields.introducer')}
            </Text>
            <IntroducerBadge introducer={hire.introducer} />
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('hires.fields.manager')}
            </Text>
            <Text size="sm">{hire.manager?.name ?? t('common.none')}</Text>
          </div>
          {/* The unit's samordnare is the same on every card; a hire's own is worth a line. */}
          {hire.coordinator && !hire.coordinator.forUnit && (
            <div>
              <Text size="xs" c="dimmed">
                {t('hires.fields.coordinator')}
              </Text>
              <Text size="sm">{hire.coordinator.name}</Text>
            </div>
          )}
        </Stack>
        <PhaseBars progress={hire.progress} />
        <div>
          <Text size="xs" c="dimmed" mb={4} id={`${headingId}-next`}>
            {t('hires.overview.next')}
          </Text>
          {hire.next.length === 0 ? (
            <Text size="sm">{t('hires.overview.nothingNext')}</Text>
          ) : (
            <List size="sm" spacing={6} listStyleType="none" aria-labelledby={`${headingId}-next`}>
              {/* Two are enough to act on; the checklist has the rest. */}
              {hire.next.slice(0, 2).map((item) => (
                <List.Item key={item.id}>
                  <Text size="xs" c={item.late ? 'red.9' : 'dimmed'} fw={item.late ? 600 : undefined} className="nowrap">
                    {dayDate(item.dueDate)} ({t('hires.dates.week', { week: weekNumber(item.dueDate) })})
                    {item.late && ` · ${t('hires.overview.lateMark')}`}
                  </Text>
                  <Text size="sm" lineClamp={2}>
                    {item.title}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </div>
      </SimpleGrid>
    </Paper>
  );
}
