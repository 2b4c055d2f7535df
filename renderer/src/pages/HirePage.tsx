import { ConflictsPanel } from '../components/sharing/ConflictsPanel';
import { Stack, Tabs } from '@mantine/core';
import {
  IconCalendarWeek,
  IconCertificate,
  IconMessageCircleCheck,
  IconClockHour4,
  IconHistory,
  IconListCheck,
  IconMessages,
} from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { usePageTitle } from '../lib/use-page-title';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { HistoryTab } from '../components/audit/HistoryTab';
import { BinderExportButtons } from '../components/binder/BinderExportButtons';
import { BackLink } from '../components/common/BackLink';
import { LoadFailed, Loading } from '../components/common/LoadStates';
import { HoursTab } from '../components/hours/HoursTab';
import { CheckInsTab } from '../components/check-ins/CheckInsTab';
import { PhaseEvaluationsCard } from '../components/evaluations/PhaseEvaluationsCard';
import { CompetenceTab } from '../components/competence/CompetenceTab';
import { ChecklistTab } from '../components/plan/ChecklistTab';
import { HireHeader } from '../components/plan/HireHeader';
import { WeekSchedule } from '../components/plan/WeekSchedule';
import { ArchivedBanner } from '../components/privacy/ArchivedBanner';
import { HirePrivacyMenu } from '../components/privacy/HirePrivacyMenu';
import { ReflectionTab } from '../components/reflection/ReflectionTab';
import { usePlanStore } from '../stores/plan';
import type { HirePlan } from '../../../electron/shared/schemas/plan';

/** Uppföljning: the manager's check-ins, then the hire's own evaluations of the phases. */
function FollowUpTab({ plan }: { plan: HirePlan }) {
  return (
    <Stack gap="md">
      <CheckInsTab plan={plan} />
      <PhaseEvaluationsCard plan={plan} />
    </Stack>
  );
}

/** The hire's tabs in the order they are shown; each panel gets the loaded plan. */
const TABS = [
  { value: 'checklist', label: 'plans.page.checklist', Icon: IconListCheck, Panel: ChecklistTab },
  { value: 'schedule', label: 'plans.page.schedule', Icon: IconCalendarWeek, Panel: WeekSchedule },
  { value: 'hours', label: 'hours.tab', Icon: IconClockHour4, Panel: HoursTab },
  { value: 'reflection', label: 'hours.reflection.tab', Icon: IconMessages, Panel: ReflectionTab },
  { value: 'competence', label: 'competence.tab', Icon: IconCertificate, Panel: CompetenceTab },
  { value: 'check-ins', label: 'checkIns.tab', Icon: IconMessageCircleCheck, Panel: FollowUpTab },
  { value: 'history', label: 'audit.tab', Icon: IconHistory, Panel: HistoryTab },
] as const;

/** One new hire's introduction: who and when, the checklist, the week-by-week schedule, introducer time and reflection. */
export function HirePage() {
  const { t } = useTranslation();
  const hireId = Number(useParams().hireId);
  const valid = Number.isInteger(hireId) && hireId > 0;
  const plan = usePlanStore((s) => (s.plan.data?.hire.id === hireId ? s.plan.data : null));
  const { status, error: loadError } = usePlanStore((s) => s.plan);
  const [tab, setTab] = useState<string>('checklist');
  usePageTitle(plan?.hire.name, t(TABS.find((x) => x.value === tab)!.label));

  useEffect(() => {
    if (valid) void usePlanStore.getState().load(hireId);
  }, [valid, hireId]);

  return (
    <Stack className="page" gap="md">
      <BackLink to="/nyanstallda">{t('plans.page.back')}</BackLink>
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
          <ConflictsPanel hireId={plan.hire.id} />
          <HireHeader plan={plan} moreActions={<HirePrivacyMenu plan={plan} />} exports={<BinderExportButtons hireId={plan.hire.id} />} />
          <Tabs value={tab} onChange={(value) => setTab(value ?? 'checklist')} keepMounted={false}>
            <Tabs.List aria-label={t('plans.page.tabs')}>
              {TABS.map(({ value, label, Icon }) => (
                <Tabs.Tab key={value} value={value} leftSection={<Icon size={16} aria-hidden />}>
                  {t(label)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {TABS.map(({ value, Panel }) => (
              <Tabs.Panel key={value} value={value} pt="md">
                <Panel plan={plan} />
              </Tabs.Panel>
            ))}
          </Tabs>
        </>
      )}
    </Stack>
  );
}
