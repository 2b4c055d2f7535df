import { Button, Group, Stack, Text } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { HirePlan } from '../../../../electron/shared/schemas/plan';
import { useAction } from '../../lib/use-action';
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
  const { busy, run } = useAction<'pdf'>();

  useEffect(() => void useCompetenceStore.getState().load(hire.id), [hire.id]);

  if (status === 'error' && !competence)
    return (
      <LoadFailed title={t('competence.loadFailed')} message={error} onRetry={() => void useCompetenceStore.getState().load(hire.id)} />
    );
  if (!competence) return <Loading />;
  const readOnly = plan.hire.archivedAt !== null;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={640}>
          {t('competence.intro')}
        </Text>
        <Stack gap={2} align="flex-end">
          <Button
            variant="light"
            leftSection={<IconFileTypePdf size={16} aria-hidden />}
            loading={busy === 'pdf'}
            onClick={() =>
              void run('pdf', async () => {
                const outcome = await useCompetenceStore.getState().exportPdf();
                return outcome.saved ? t('competence.exported', { fileName: outcome.fileName }) : null;
              })
            }
          >
            {t('competence.exportPdf')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('competence.exportHint')}
          </Text>
        </Stack>
      </Group>
      <LevelCard competence={competence} today={plan.today} readOnly={readOnly} />
      <MappingCard competence={competence} readOnly={readOnly} />
      <GoalsCard competence={competence} readOnly={readOnly} />
      <TrainingsCard competence={competence} today={plan.today} readOnly={readOnly} />
    </Stack>
  );
}
