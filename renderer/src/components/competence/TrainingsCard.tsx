import { ActionIcon, Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HireCompetence, Training } from '../../../../electron/shared/schemas/competence';
import { notifySaved, notifyUndo } from '../../lib/notify';
import { showError } from '../../lib/show-error';
import { useAction } from '../../lib/use-action';
import { useCompetenceStore } from '../../stores/competence';
import { SectionCard } from '../common/SectionCard';
import { TrainingModal } from './TrainingModal';
import { kronor as formatKronor } from '../../lib/kronor';

const STATUS_COLOR = { planned: 'gray', booked: 'blue', done: 'green' } as const;

interface Props {
  competence: HireCompetence;
  today: string;
  readOnly: boolean;
}

/** Trainings planned for the hire with their cost, and the programme's recommendations for the level. */
export function TrainingsCard({ competence, today, readOnly }: Props) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<Training | 'new' | null>(null);
  const { busy, run } = useAction<'recommended'>();
  const kronor = (value: number) => formatKronor(value, t, i18n.language);

  const remove = (training: Training) =>
    void useCompetenceStore
      .getState()
      .removeTraining(training.id)
      .then(
        () =>
          notifyUndo(t('competence.trainings.removed', { name: training.name }), () => {
            const { id: _id, ...fields } = training;
            useCompetenceStore
              .getState()
              .addTraining(fields)
              .then(() => notifySaved(t('competence.trainings.added', { name: training.name })), showError);
          }),
        showError,
      );

  return (
    <SectionCard
      headingId="competence-trainings"
      title={t('competence.trainings.title')}
      intro={t('competence.trainings.costSummary', { planned: kronor(competence.cost.planned), spent: kronor(competence.cost.spent) })}
    >
      {competence.recommended.length > 0 && (
        <Group gap="sm">
          <Text size="sm">
            {t('competence.trainings.recommended', {
              level: competence.level,
              names: competence.recommended.map((r) => r.name).join(', '),
            })}
          </Text>
          {!readOnly && (
            <Button
              size="compact-sm"
              variant="light"
              loading={busy === 'recommended'}
              onClick={() =>
                void run('recommended', async () => {
                  const count = competence.recommended.length;
                  await useCompetenceStore.getState().addRecommended();
                  return t('competence.trainings.addedRecommended', { count });
                })
              }
            >
              {t('competence.trainings.addRecommended', { count: competence.recommended.length })}
            </Button>
          )}
        </Group>
      )}
      {competence.trainings.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('competence.trainings.empty')}
        </Text>
      ) : (
        <Table aria-labelledby="competence-trainings">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('competence.trainings.name')}</Table.Th>
              <Table.Th>{t('competence.trainings.provider')}</Table.Th>
              <Table.Th>{t('competence.trainings.planned')}</Table.Th>
              <Table.Th>{t('competence.trainings.year')}</Table.Th>
              <Table.Th ta="right">{t('competence.trainings.cost')}</Table.Th>
              <Table.Th>{t('competence.trainings.status')}</Table.Th>
              {!readOnly && <Table.Th aria-label={t('common.edit')} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {competence.trainings.map((training) => (
              <Table.Tr key={training.id}>
                <Table.Td>{training.name}</Table.Td>
                <Table.Td>{training.provider}</Table.Td>
                <Table.Td>{training.planned}</Table.Td>
                <Table.Td>{training.year}</Table.Td>
                <Table.Td ta="right">{kronor(training.costKr)}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[training.status]} variant="light">
                    {t(`competence.trainings.statuses.${training.status}`)}
                  </Badge>
                </Table.Td>
                {!readOnly && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('competence.trainings.edit', { name: training.name })}
                        onClick={() => setEditing(training)}
                      >
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('competence.trainings.remove', { name: training.name })}
                        onClick={() => remove(training)}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {!readOnly && (
        <Group>
          <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            {t('competence.trainings.add')}
          </Button>
        </Group>
      )}
      <TrainingModal editing={editing} today={today} onClose={() => setEditing(null)} />
    </SectionCard>
  );
}
