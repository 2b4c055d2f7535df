import { Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInStatus } from '../../../../electron/shared/schemas/check-ins';
import type { PhaseEvaluationView } from '../../../../electron/shared/schemas/phase-evaluations';
import type { HirePlan } from '../../../../electron/shared/schemas/plan';
import { dayDate } from '../../lib/dates';
import { notifySaved } from '../../lib/notify';
import { showError } from '../../lib/show-error';
import { printEvaluationForm, useEvaluationsStore } from '../../stores/evaluations';
import { confirmRemoval } from '../common/confirm-removal';
import { HiddenHead } from '../common/HiddenHead';
import { RecordActions } from '../common/RecordActions';
import { LoadFailed, Loading } from '../common/LoadStates';
import { PhaseEvaluationModal } from './PhaseEvaluationModal';

export const EVALUATION_COLOR: Record<CheckInStatus, string> = { held: 'teal', late: 'red', due: 'orange', upcoming: 'gray' };

function confirmRemove(phase: PhaseEvaluationView, t: TFunction) {
  const { id, enteredBy: _enteredBy, ...kept } = phase.record!;
  confirmRemoval({
    title: t('evaluations.confirmTitle'),
    text: t('evaluations.confirmText', { phase: phase.phaseName }),
    removed: t('evaluations.removed'),
    remove: () => useEvaluationsStore.getState().remove(id),
    undo: () =>
      useEvaluationsStore
        .getState()
        .save(phase.phaseId, kept)
        .then(() => t('evaluations.restored')),
  });
}

async function print(hireId: number, phase: PhaseEvaluationView, t: TFunction) {
  try {
    const outcome = await printEvaluationForm(hireId, phase.phaseId);
    if (outcome.saved) notifySaved(t('evaluations.printed', { fileName: outcome.fileName }));
  } catch (error) {
    showError(error);
  }
}

/** The hire's phase evaluations on the Uppföljning tab: each phase's last day, the answers, the form and the paper form. */
export function PhaseEvaluationsCard({ plan }: { plan: HirePlan }) {
  const { t } = useTranslation();
  const { hire } = plan;
  const phases = useEvaluationsStore((s) => (s.hireId === hire.id ? s.evaluations.data : null));
  const { status, error } = useEvaluationsStore((s) => s.evaluations);
  const [open, setOpen] = useState<PhaseEvaluationView | null>(null);
  useEffect(() => void useEvaluationsStore.getState().load(hire.id), [hire.id, hire.startDate]);

  if (status === 'error' && !phases)
    return (
      <LoadFailed title={t('evaluations.loadFailed')} message={error} onRetry={() => void useEvaluationsStore.getState().load(hire.id)} />
    );
  if (!phases || status === 'loading') return <Loading />;
  const readOnly = hire.archivedAt !== null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="evaluations-title">
      <Stack gap={2} mb="sm">
        <Title order={2} size="h4" id="evaluations-title">
          {t('evaluations.title')}
        </Title>
        <Text size="sm" c="dimmed" maw={720}>
          {t('evaluations.intro')}
        </Text>
      </Stack>
      <Table verticalSpacing={8} fz="sm">
        <Table.Caption className="visually-hidden">{t('evaluations.caption', { name: hire.name })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('evaluations.columns.phase')}</Table.Th>
            <Table.Th w={150}>{t('evaluations.columns.date')}</Table.Th>
            <Table.Th w={150}>{t('evaluations.columns.status')}</Table.Th>
            <Table.Th w={230}>{t('evaluations.columns.answered')}</Table.Th>
            <HiddenHead label={t('hours.entries.columns.actions')} w={290} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {phases.map((p) => (
            <Table.Tr key={p.phaseId}>
              <Table.Td fw={600}>{p.phaseName}</Table.Td>
              <Table.Td className="nowrap">{dayDate(p.dueDate)}</Table.Td>
              <Table.Td>
                <Badge color={EVALUATION_COLOR[p.status]} variant="light">
                  {t(`evaluations.status.${p.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {p.record &&
                  t(p.record.source === 'paper' ? 'evaluations.onPaper' : 'evaluations.answeredOn', { date: dayDate(p.record.answeredOn) })}
              </Table.Td>
              <Table.Td ta="right">
                <RecordActions
                  recorded={p.record !== null}
                  canFill={!readOnly && p.startDate <= plan.today}
                  labels={{
                    fill: t('evaluations.fill'),
                    edit: t('evaluations.edit'),
                    fillLabel: t('evaluations.fillLabel', { phase: p.phaseName }),
                    editLabel: t('evaluations.editLabel', { phase: p.phaseName }),
                    remove: t('evaluations.remove', { phase: p.phaseName }),
                  }}
                  onOpen={() => setOpen(p)}
                  onRemove={() => confirmRemove(p, t)}
                >
                  {!p.record && (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      leftSection={<IconPrinter size={14} aria-hidden />}
                      aria-label={t('evaluations.printLabel', { phase: p.phaseName })}
                      onClick={() => void print(hire.id, p, t)}
                    >
                      {t('evaluations.print')}
                    </Button>
                  )}
                </RecordActions>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <PhaseEvaluationModal
        phase={open}
        hireName={hire.name}
        today={plan.today}
        onSave={(phaseId, fields) => useEvaluationsStore.getState().save(phaseId, fields)}
        onClose={() => setOpen(null)}
      />
    </Paper>
  );
}
