import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { LevelOneBadge } from '../common/LevelOneBadge';
import { modals } from '@mantine/modals';
import { IconAlertTriangle, IconCalendarEvent, IconFlag, IconPencil, IconPlayerPlay } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HirePlan } from '../../../../electron/shared/schemas/plan';
import { dayDate, instantShortDate, longDate, weekNumber } from '../../lib/dates';
import { notifySaved } from '../../lib/notify';
import { showError } from '../../lib/show-error';
import { usePlanStore } from '../../stores/plan';
import { Fact } from '../common/Fact';
import { EditHireModal } from './EditHireModal';
import { StartDateModal } from './StartDateModal';

interface Props {
  plan: HirePlan;
  /** Shown after the header's own buttons (the privacy menu). */
  moreActions: ReactNode;
  /** Beside the facts (the binder exports), so the header stays three lines high at 1366×768. */
  exports: ReactNode;
}

/** Who the hire is and when they start, with the changes to the hire itself. */
export function HireHeader({ plan, moreActions, exports }: Props) {
  const { t } = useTranslation();
  const { hire, today } = plan;
  const [dialog, setDialog] = useState<'startDate' | 'edit' | null>(null);
  const missing = (
    <Text span size="sm" c="orange.8" fw={600}>
      {t('plans.header.missing')}
    </Text>
  );

  const confirmFinish = () => {
    const finishing = hire.finishedAt === null;
    modals.openConfirmModal({
      title: t(finishing ? 'plans.finish.title' : 'plans.finish.reopenTitle', { name: hire.name }),
      children: <Text size="sm">{t(finishing ? 'plans.finish.text' : 'plans.finish.reopenText')}</Text>,
      labels: { confirm: t(finishing ? 'plans.header.finish' : 'plans.header.reopen'), cancel: t('common.cancel') },
      onConfirm: () =>
        void usePlanStore
          .getState()
          .setFinished(finishing)
          .then(() => notifySaved(t(finishing ? 'plans.finish.done' : 'plans.finish.reopened', { name: hire.name })), showError),
    });
  };

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="md" wrap="nowrap">
          <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Group gap="sm">
              <Title order={1} size="h2">
                {hire.name}
              </Title>
              {hire.finishedAt && (
                <Badge color="gray" variant="filled">
                  {t('plans.header.finished', { date: instantShortDate(hire.finishedAt, today) })}
                </Badge>
              )}
              <LevelOneBadge hire={hire} />
            </Group>
            <Text c="dimmed">
              {[hire.title, hire.team, t('plans.header.programmeVersion', { name: hire.templateName, version: hire.templateVersion })]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Stack>
          <Group gap="xs" wrap="nowrap">
            <Button variant="default" leftSection={<IconCalendarEvent size={16} aria-hidden />} onClick={() => setDialog('startDate')}>
              {t('plans.header.changeStartDate')}
            </Button>
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setDialog('edit')}>
              {t('plans.header.editHire')}
            </Button>
            <Button
              variant="light"
              color={hire.finishedAt ? 'blue' : 'gray'}
              leftSection={hire.finishedAt ? <IconPlayerPlay size={16} aria-hidden /> : <IconFlag size={16} aria-hidden />}
              onClick={confirmFinish}
            >
              {t(hire.finishedAt ? 'plans.header.reopen' : 'plans.header.finish')}
            </Button>
            {moreActions}
          </Group>
        </Group>
        <Group justify="space-between" align="flex-end" gap="md" wrap="nowrap">
          <SimpleGrid cols={{ base: 2, xl: 4 }} spacing="md" style={{ flex: 1 }} aria-label={t('plans.header.details')} role="group">
            <Fact label={t('plans.header.startDate')}>
              {longDate(hire.startDate)}{' '}
              <Text span size="sm" c="dimmed">
                ({t('plans.header.week', { week: weekNumber(hire.startDate) })})
              </Text>
            </Fact>
            <Fact label={t('plans.header.manager')}>{hire.manager?.name ?? missing}</Fact>
            <Fact label={t('plans.header.introducer')}>
              {hire.introducer?.name ?? missing}
              {hire.substitute && (
                <Text size="sm" c="dimmed">
                  {t('hours.substitute.now', { name: hire.substitute.person.name, date: dayDate(hire.substitute.toDate) })}
                </Text>
              )}
            </Fact>
            <Fact label={t('plans.header.coordinator')}>
              {hire.coordinator ? hire.coordinator.name : t('plans.header.nobody')}{' '}
              {hire.coordinator?.forUnit && (
                <Text span size="sm" c="dimmed">
                  ({t('plans.header.forUnit')})
                </Text>
              )}
            </Fact>
          </SimpleGrid>
          {exports}
        </Group>
        {!hire.introducer && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle size={18} aria-hidden />}
            title={t('plans.header.noIntroducerTitle')}
          >
            <Group justify="space-between" gap="sm">
              <Text size="sm">{t('plans.header.noIntroducer')}</Text>
              <Button size="xs" color="orange" onClick={() => setDialog('edit')}>
                {t('plans.header.chooseIntroducer')}
              </Button>
            </Group>
          </Alert>
        )}
      </Stack>
      <StartDateModal opened={dialog === 'startDate'} plan={plan} onClose={() => setDialog(null)} />
      <EditHireModal opened={dialog === 'edit'} plan={plan} onClose={() => setDialog(null)} />
    </Paper>
  );
}
