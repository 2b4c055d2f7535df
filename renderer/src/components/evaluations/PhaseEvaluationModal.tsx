import { Modal, Radio, Group, Stack, Table, Text, Textarea } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EVALUATION_QUESTIONS,
  phaseEvaluationFields,
  type PhaseEvaluationFields,
  type PhaseEvaluationView,
} from '../../../../electron/shared/schemas/phase-evaluations';
import { notifySaved } from '../../lib/notify';
import { useForm } from '../../lib/use-form';
import { DateField } from '../common/DateField';
import { FormActions } from '../common/FormActions';

interface Props {
  phase: PhaseEvaluationView | null;
  /** The hire's name when someone else (the manager) fills it in with them; none in the hire's own view. */
  hireName?: string;
  today: string;
  onSave: (phaseId: string, fields: PhaseEvaluationFields) => Promise<unknown>;
  onClose: () => void;
}

/** The new hire's evaluation of a phase: five statements on one scale, and two questions. */
export function PhaseEvaluationModal({ phase, hireName, today, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const title = phase
    ? hireName
      ? t('evaluations.dialogFor', { phase: phase.phaseName, name: hireName })
      : t('evaluations.dialog', { phase: phase.phaseName })
    : '';
  return (
    <Modal opened={phase !== null} onClose={onClose} size="xl" title={title}>
      {phase && <EvaluationForm phase={phase} today={today} askSource={hireName !== undefined} onSave={onSave} onClose={onClose} />}
    </Modal>
  );
}

const SCALE = ['1', '2', '3', '4', '5'];
type Scores = Record<(typeof EVALUATION_QUESTIONS)[number], string>;

function EvaluationForm({
  phase,
  today,
  askSource,
  onSave,
  onClose,
}: {
  phase: PhaseEvaluationView;
  today: string;
  askSource: boolean;
  onSave: Props['onSave'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const record = phase.record;
  const { values, set, errors, saving, check, save } = useForm(
    {
      answeredOn: record?.answeredOn ?? (phase.dueDate < today ? phase.dueDate : today),
      source: record?.source ?? 'app',
      scores: Object.fromEntries(EVALUATION_QUESTIONS.map((q) => [q, record ? String(record.scores[q]) : ''])) as Scores,
      good: record?.good ?? '',
      improve: record?.improve ?? '',
    },
    { notify: true },
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = check(phaseEvaluationFields, {
      ...values,
      scores: Object.fromEntries(EVALUATION_QUESTIONS.map((q) => [q, Number(values.scores[q]) || 0])),
    });
    if (!fields || !(await save(() => onSave(phase.phaseId, fields)))) return;
    notifySaved(t('evaluations.saved'));
    onClose();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Group align="flex-start" grow>
          <DateField
            label={t('evaluations.answeredOnLabel')}
            value={values.answeredOn}
            onChange={(v) => set('answeredOn', v)}
            error={errors.answeredOn}
            withAsterisk
            data-autofocus
          />
          {askSource && (
            <Radio.Group label={t('evaluations.source')} value={values.source} onChange={(v) => set('source', v)}>
              <Stack gap={6} mt="xs">
                <Radio value="app" label={t('evaluations.sources.app')} />
                <Radio value="paper" label={t('evaluations.sources.paper')} />
              </Stack>
            </Radio.Group>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('evaluations.scaleHint')}
        </Text>
        <Table verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('evaluations.form.statement')}</Table.Th>
              <Table.Th w={230}>
                {t('evaluations.form.notAtAll')} – {t('evaluations.form.fully')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {EVALUATION_QUESTIONS.map((q) => (
              <Table.Tr key={q}>
                <Table.Td id={`evaluation-${q}`}>{t(`evaluations.questions.${q}`)}</Table.Td>
                <Table.Td>
                  <Radio.Group
                    aria-labelledby={`evaluation-${q}`}
                    value={values.scores[q]}
                    onChange={(v) => set('scores', { ...values.scores, [q]: v }, `scores.${q}`)}
                    error={errors[`scores.${q}`]}
                  >
                    <Group gap="sm" wrap="nowrap">
                      {SCALE.map((n) => (
                        <Radio key={n} value={n} label={n} aria-label={`${t(`evaluations.short.${q}`)}: ${n}`} />
                      ))}
                    </Group>
                  </Radio.Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Textarea
          label={t('evaluations.good')}
          description={t('hours.clientHint')}
          autosize
          minRows={2}
          value={values.good}
          onChange={(e) => set('good', e.currentTarget.value)}
          error={errors.good}
        />
        <Textarea
          label={t('evaluations.improve')}
          description={t('hours.clientHint')}
          autosize
          minRows={2}
          value={values.improve}
          onChange={(e) => set('improve', e.currentTarget.value)}
          error={errors.improve}
        />
        <FormActions onCancel={onClose} saving={saving} submitLabel={t('evaluations.save')} />
      </Stack>
    </form>
  );
}
