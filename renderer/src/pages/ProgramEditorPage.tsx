import { Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { useEffect } from 'react';
import { usePageTitle } from '../lib/use-page-title';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { BackLink } from '../components/common/BackLink';
import { LoadFailed } from '../components/common/LoadStates';
import { BinderPromisesWarning } from '../components/program/BinderPromisesWarning';
import { BinderTab } from '../components/program/BinderTab';
import { EditorHeader } from '../components/program/EditorHeader';
import { LoadWarning } from '../components/program/LoadWarning';
import { CheckpointsTab } from '../components/program/CheckpointsTab';
import { EvaluationTab } from '../components/program/EvaluationTab';
import { LevelsTab } from '../components/program/LevelsTab';
import { NormsTab } from '../components/program/NormsTab';
import { PhasesTab } from '../components/program/PhasesTab';
import { VersionsTab } from '../components/program/VersionsTab';
import { useProgramsStore } from '../stores/programs';

const TABS = ['faser', 'normer', 'parmen', 'kompetens', 'uppfoljning', 'utvardering', 'versioner'] as const;
type Tab = (typeof TABS)[number];
const LABELS = {
  faser: 'phases',
  normer: 'norms',
  parmen: 'binder',
  kompetens: 'competence',
  uppfoljning: 'checkIns',
  utvardering: 'evaluation',
  versioner: 'versions',
} as const;

export function ProgramEditorPage() {
  const { t } = useTranslation();
  const templateId = Number(useParams().templateId);
  const [search, setSearch] = useSearchParams();
  const { data: draft, status: draftStatus, error: draftError } = useProgramsStore((s) => s.draft);
  const openDraft = useProgramsStore((s) => s.openDraft);
  const tab: Tab = TABS.find((x) => x === search.get('flik')) ?? 'faser';
  usePageTitle(draft?.templateId === templateId ? draft.content.name : null, t(`program.tabs.${LABELS[tab]}`), t('program.title'));

  useEffect(() => void openDraft(templateId), [openDraft, templateId]);

  const back = <BackLink to="/program">{t('program.back')}</BackLink>;

  if (!draft || draft.templateId !== templateId) {
    return (
      <Stack className="page" gap="md">
        {back}
        {draftStatus === 'error' ? (
          <LoadFailed title={t('errors.loadFailed')} message={draftError} onRetry={() => void openDraft(templateId)} />
        ) : (
          <Group gap="sm">
            <Loader size="sm" />
            <Text c="dimmed">{t('program.editor.loading')}</Text>
          </Group>
        )}
      </Stack>
    );
  }

  return (
    <Stack className="page" gap="md">
      {back}
      <EditorHeader draft={draft} />
      <LoadWarning draft={draft} />
      <BinderPromisesWarning draft={draft} />
      <Tabs value={tab} onChange={(value) => setSearch(value && value !== 'faser' ? { flik: value } : {}, { replace: true })}>
        <Tabs.List mb="md">
          {TABS.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(`program.tabs.${LABELS[key]}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="faser">
          <PhasesTab content={draft.content} />
        </Tabs.Panel>
        <Tabs.Panel value="normer">
          <NormsTab norms={draft.content.norms} />
        </Tabs.Panel>
        <Tabs.Panel value="parmen">
          <BinderTab draft={draft} />
        </Tabs.Panel>
        <Tabs.Panel value="kompetens">
          <LevelsTab levels={draft.content.competence} />
        </Tabs.Panel>
        <Tabs.Panel value="uppfoljning">
          <CheckpointsTab checkpoints={draft.content.checkIns} />
        </Tabs.Panel>
        <Tabs.Panel value="utvardering">{tab === 'utvardering' && <EvaluationTab templateId={templateId} />}</Tabs.Panel>
        <Tabs.Panel value="versioner">
          <VersionsTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
