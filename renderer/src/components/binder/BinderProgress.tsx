import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useBinderStore, type BinderProgress as Progressed } from '../../stores/binder';

/**
 * The share of the whole binder done: layout is most of the time (measured: ~80 % of an 82-page
 * binder), reading the plan and saving little, drawing attached documents the rest.
 */
export function binderShare(progress: Progressed | null): number {
  if (!progress) return 0;
  const part = progress.total > 0 ? progress.done / progress.total : 0;
  switch (progress.step) {
    case 'gather':
      return 2;
    case 'layout':
      return 5 + part * 80;
    case 'attachments':
      return progress.done === 0 && progress.total > 0 ? 4 : 85 + part * 12;
    case 'save':
      return 98;
  }
}

/** While a binder is made: what it is doing, how far it has come, and a way to stop it. */
export function BinderProgress({ hireId }: { hireId: number }) {
  const { t } = useTranslation();
  const exporting = useBinderStore((s) => s.exporting);
  if (exporting?.hireId !== hireId || exporting.cancelled) return null;
  const { progress } = exporting;
  const label = progress ? t(`binder.progress.${progress.step}`, { done: progress.done, total: progress.total }) : t('binder.exporting');
  return (
    <Stack gap={4} maw={420}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" aria-live="polite">
          {label}
        </Text>
        <Button size="compact-sm" variant="default" onClick={() => void useBinderStore.getState().cancelExport()}>
          {t('binder.cancel')}
        </Button>
      </Group>
      <Progress value={binderShare(progress)} aria-label={t('binder.progress.label')} size="sm" />
    </Stack>
  );
}
