import { Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { HirePlan } from '../../../../electron/shared/schemas/plan';
import { useCompetenceStore } from '../../stores/competence';
import { LoadFailed, Loading } from '../common/LoadStates';
import { GoalsCard } from './GoalsCard';
import { LevelCard } from './LevelCard';
import { MappingCard } from './MappingCard';
import { TrainingsCard } from './TrainingsCard';

/** "Kompetens": the competence plan the manager keeps with the hire (seed 003 ~L2940–3031). */
export function CompetenceTab({ plan }: { plan: HirePlan }) {
  const { t } = useTranslation();
  const { hire } = plan;
  const competence = useCompetenceStore((s) => (s.hireId === hire.id ? s.plan.data : null));
  const { status, error } = useCompetenceStore((s) => s.plan);

  useEffect(() => void useCompetenceStore.getState().load(hire.id), [hire.id]);

  if (status === 'error' && !competence)
    return (
      <LoadFailed title={t('competence.loadFailed')} message={error} onRetry={() => void useCompetenceStore.getState().load(hire.id)} />
    );
  if (!competence) return <Loading />;
  const readOnly = plan.hire.archivedAt !== null;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('competence.intro')}
      </Text>
      <LevelCard competence={competence} today={plan.today} readOnly={readOnly} />
      <MappingCard competence={competence} readOnly={readOnly} />
      <GoalsCard competence={competence} readOnly={readOnly} />
      <TrainingsCard competence={competence} today={plan.today} readOnly={readOnly} />
    </Stack>
  );
}
