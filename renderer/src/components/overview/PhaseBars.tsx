import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PhaseProgress } from '../../../../electron/shared/schemas/plan';

/** One labelled bar per phase: "Vecka 1–4: 12 av 30 klara". */
export function PhaseBars({ progress }: { progress: PhaseProgress[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {progress.map((phase) => {
        const label = t('hires.progress.phase', { phase: phase.name, done: phase.done, total: phase.total });
        const percent = phase.total === 0 ? 0 : Math.round((phase.done / phase.total) * 100);
        return (
          <div key={phase.phaseId}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="xs" fw={500} truncate>
                {phase.name}
              </Text>
              <Text size="xs" c="dimmed" className="nowrap">
                {t('hires.progress.doneOf', { done: phase.done, total: phase.total })}
              </Text>
            </Group>
            <Progress value={percent} size="md" color={percent === 100 ? 'teal' : 'blue'} aria-label={label} mt={2} />
          </div>
        );
      })}
    </Stack>
  );
}
