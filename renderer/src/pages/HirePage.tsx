import { Anchor, Group, Stack, Tabs } from '@mantine/core';
import { IconArrowLeft, IconCalendarWeek, IconClockHour4, IconHistory, IconListCheck, IconMessages } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { HoursTab } from '../components/hours/HoursTab';
import { ChecklistTab } from '../components/plan/ChecklistTab';
import { HireHeader } from '../components/plan/HireHeader';
import { WeekSchedule } from '../components/plan/WeekSchedule';
import { ReflectionTab } from '../components/reflection/ReflectionTab';
import { HistoryTab } from '../components/audit/HistoryTab';
import { LoadFailed, Loading } from '../components/LoadStates';
import { ArchivedBanner } from '../components/privacy/ArchivedBanner';
import { usePlanStore } from '../stores/plan';

/** One new hire's introduction: who and when, the checklist, the week-by-week schedule, introducer time and reflection. */
export function HirePage() {
  const { t } = useTranslation();
  const hireId = Number(useParams().hireId);
  const valid = Number.isInteger(hireId) && hireId > 0;
  const plan = usePlanStore((s) => (s.plan?.hire.id === hireId ? s.plan : null));
  const status = usePlanStore((s) => s.status);
  const loadError = usePlanStore((s) => s.loadError);

  useEffect(() => {
    if (valid) void usePlanStore.getState().load(hireId);
  }, [valid, hireId]);

  return (
    <Stack className="page" gap="md">
      <Anchor component={Link} to="/nyanstallda" size="sm" w="fit-content">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('plans.page.back')}
        </Group>
      </Anchor>
      {(!valid || status === 'error') && (
        <LoadFailed
          title={t('plans.page.loadFailed')}
          message={valid ? loadError : t('plans.hireNotFound')}
          onRetry={valid ? () => void usePlanStore.getState().load(hireId) : undefined}
        />
      )}
      {valid && !plan && status === 'loading' && <Loading />}
      {plan && (
        <>
          <ArchivedBanner plan={plan} />
          <HireHeader plan={plan} />
          <Tabs defaultValue="checklist" keepMounted={false}>
            <Tabs.List aria-label={t('plans.page.tabs')}>
              <Tabs.Tab value="checklist" leftSection={<IconListCheck size={16} aria-hidden />}>
                {t('plans.page.checklist')}
              </Tabs.Tab>
              <Tabs.Tab value="schedule" leftSection={<IconCalendarWeek size={16} aria-hidden />}>
                {t('plans.page.schedule')}
              </Tabs.Tab>
              <Tabs.Tab value="hours" leftSection={<IconClockHour4 size={16} aria-hidden />}>
                {t('hours.tab')}
              </Tabs.Tab>
              <Tabs.Tab value="reflection" leftSection={<IconMessages size={16} aria-hidden />}>
                {t('hours.reflection.tab')}
              </Tabs.Tab>
              <Tabs.Tab value="history" leftSection={<IconHistory size={16} aria-hidden />}>
                {t('audit.tab')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="checklist" pt="md">
              <ChecklistTab plan={plan} />
            </Tabs.Panel>
            <Tabs.Panel value="schedule" pt="md">
              <WeekSchedule plan={plan} />
            </Tabs.Panel>
            <Tabs.Panel value="hours" pt="md">
              <HoursTab plan={plan} />
            </Tabs.Panel>
            <Tabs.Panel value="reflection" pt="md">
              <ReflectionTab plan={plan} />
            </Tabs.Panel>
            <Tabs.Panel value="history" pt="md">
              <HistoryTab plan={plan} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Stack>
  );
}
