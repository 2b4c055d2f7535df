import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TRAINING_STATUSES, trainingFields, type Training, type TrainingStatus } from '../../../../electron/shared/schemas/competence';
import { notifySaved } from '../../lib/notify';
import { useForm } from '../../lib/use-form';
import { useCompetenceStore } from '../../stores/competence';
import { FormActions } from '../common/FormActions';

interface Props {
  /** The training to change, 'new' for a new one, null when closed. */
  editing: Training | 'new' | null;
  today: string;
  onClose: () => void;
}

/** One training: name, provider, when, the budget year it counts in, its cost and how far it has come. */
export function TrainingModal({ editing, today, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={t(editing === 'new' ? 'competence.trainings.dialogAdd' : 'competence.trainings.dialogEdit')}
    >
      {editing !== null && <TrainingForm editing={editing} today={today} onClose={onClose} />}
    </Modal>
  );
}

/** Whole numbers as typed ("4 500", "4500 kr"); anything else becomes NaN for the schema to refuse. */
const wholeNumber = (text: string) => (text.trim() === '' ? 0 : Number(text.replace(/\s|kr/gi, '')));

function TrainingForm({ editing, today, onClose }: { editing: Training | 'new'; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const start =
    editing === 'new'
      ? { name: '', provider: '', planned: '', year: today.slice(0, 4), costKr: '', status: 'planned' as TrainingStatus }
      : { ...editing, year: String(editing.year), costKr: String(editing.costKr) };
  const { values, set, errors, saving, check, save } = useForm(start, { notify: true });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = check(trainingFields, {
      name: values.name,
      provider: values.provider,
      planned: values.planned,
      year: wholeNumber(values.year),
      costKr: wholeNumber(values.costKr),
      status: values.status,
    });
    if (!fields) return;
    const store = useCompetenceStore.getState();
    if (!(await save(() => (editing === 'new' ? store.addTraining(fields) : store.updateTraining(editing.id, fields))))) return;
    notifySaved(t(editing === 'new' ? 'competence.trainings.added' : 'competence.trainings.updated', { name: fields.name }));
    onClose();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('competence.trainings.name')}
          value={values.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errors.name}
          withAsterisk
          maxLength={200}
          data-autofocus
        />
        <TextInput
          label={t('competence.trainings.provider')}
          value={values.provider}
          onChange={(e) => set('provider', e.currentTarget.value)}
          error={errors.provider}
          maxLength={200}
        />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('competence.trainings.planned')}
            description={t('competence.trainings.plannedHint')}
            value={values.planned}
            onChange={(e) => set('planned', e.currentTarget.value)}
            error={errors.planned}
            maxLength={40}
          />
          <TextInput
            label={t('competence.trainings.year')}
            value={values.year}
            onChange={(e) => set('year', e.currentTarget.value)}
            error={errors.year}
            inputMode="numeric"
            withAsterisk
          />
          <TextInput
            label={t('competence.trainings.cost')}
            value={values.costKr}
            onChange={(e) => set('costKr', e.currentTarget.value)}
            error={errors.costKr}
            inputMode="numeric"
          />
          <Select
            label={t('competence.trainings.status')}
            data={TRAINING_STATUSES.map((s) => ({ value: s, label: t(`competence.trainings.statuses.${s}`) }))}
            value={values.status}
            onChange={(v) => v && set('status', v)}
            allowDeselect={false}
          />
        </SimpleGrid>
        <FormActions onCancel={onClose} saving={saving} submitLabel={t('competence.trainings.save')} />
      </Stack>
    </form>
  );
}
