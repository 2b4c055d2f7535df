import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowsDiff } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictValue, HireConflict } from '../../../../electron/shared/schemas/sharing';
import { localTimeOf, shortWhen } from '../../lib/dates';
import { useAction } from '../../lib/use-action';
import { useSharingStore } from '../../stores/sharing';

function ValueText({ value }: { value: ConflictValue }) {
  const { t } = useTranslation();
  if (value.status) {
    return (
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {t(`plans.status.${value.status}`)}
          {value.reason ? ` – ${value.reason}` : ''}
        </Text>
        {value.by && value.at && (
          <Text size="xs" c="dimmed">
            {t('sharing.conflicts.by', { name: value.by, when: shortWhen(localTimeOf(value.at)) })}
          </Text>
        )}
      </Stack>
    );
  }
  return (
    <Text size="sm" fw={600} style={{ whiteSpace: 'pre-wrap' }}>
      {value.text || t('sharing.conflicts.empty')}
    </Text>
  );
}

function ConflictCard({ hireId, conflict }: { hireId: number; conflict: HireConflict }) {
  const { t } = useTranslation();
  const { busy, run } = useAction<string>();
  const title = conflict.itemTitle ?? t('sharing.conflicts.hireDetails');
  return (
    <Paper withBorder p="sm" radius="sm">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {title}
          {conflict.field
            ? ` · ${t('sharing.conflicts.field', { field: t(`sharing.conflicts.fields.${conflict.field}`, { defaultValue: conflict.field }) })}`
            : ''}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: conflict.values.length }} spacing="sm">
          {conflict.values.map((value, index) => (
            <Paper key={index} bg="white" withBorder p="xs" radius="sm">
              <Stack gap={6} align="flex-start">
                <ValueText value={value} />
                <Text size="xs" c="dimmed">
                  {t('sharing.conflicts.from', { desk: value.desk })}
                </Text>
                <Button
                  size="compact-sm"
                  variant="light"
                  aria-label={`${t('sharing.conflicts.keep')}: ${title}, ${value.status ? t(`plans.status.${value.status}`) : value.text || t('sharing.conflicts.empty')}`}
                  loading={busy === String(index)}
                  onClick={() =>
                    void run(String(index), async () => {
                      await useSharingStore.getState().resolve(hireId, conflict.ref, index);
                      return t('sharing.conflicts.resolved');
                    })
                  }
                >
                  {t('sharing.conflicts.keep')}
                </Button>
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

/** On the hire page when two computers changed the same detail: both values, who, and a click to keep one. */
export function ConflictsPanel({ hireId }: { hireId: number }) {
  const { t } = useTranslation();
  const conflicts = useSharingStore((s) => (s.conflicts.hireId === hireId ? s.conflicts.list : []));
  const state = useSharingStore((s) => s.status?.state);
  useEffect(() => {
    void useSharingStore.getState().loadConflicts(hireId);
  }, [hireId, state]);
  if (!conflicts.length) return null;
  return (
    <Paper
      component="section"
      aria-labelledby="conflicts-heading"
      withBorder
      p="md"
      radius="md"
      bg="orange.0"
      style={{ borderColor: 'var(--mantine-color-orange-4)' }}
    >
      <Stack gap="sm">
        <Group gap="xs">
          <IconArrowsDiff size={20} color="var(--mantine-color-orange-8)" aria-hidden />
          <Title order={2} size="h5" id="conflicts-heading">
            {t('sharing.conflicts.title')}
          </Title>
        </Group>
        <Text size="sm">{t('sharing.conflicts.intro')}</Text>
        {conflicts.map((conflict) => (
          <ConflictCard
            key={`${conflict.ref.collection}-${conflict.ref.key}-${conflict.ref.field ?? ''}`}
            hireId={hireId}
            conflict={conflict}
          />
        ))}
      </Stack>
    </Paper>
  );
}
