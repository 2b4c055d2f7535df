import { Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { phaseSchema, type Phase } from '../../../../electron/shared/schemas/template';
import { notifySaved } from '../../lib/notify';
import { newId, replaceById } from '../../lib/template-edit';
import { useForm } from '../../lib/use-form';
import { useProgramsStore } from '../../stores/programs';
import { FormActions } from '../common/FormActions';
import { FormProblems } from './feedback';
import { windowInput, WindowFields, type WindowValues } from './WindowFields';

/** null: closed; a phase: editing it; 'new': adding one after the last phase. */
export type PhaseTarget = Phase | 'new' | null;

export function PhaseFormModal({ target, onClose }: { target: PhaseTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const editing = target !== null && target !== 'new' ? target : undefined;
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={editing ? t('program.phase.editTitle', { name: editing.name }) : t('program.phase.addTitle')}
      size="lg"
    >
      {target && <PhaseForm key={editing?.id ?? 'new'} editing={editing} onClose={onClose} />}
    </Modal>
  );
}

interface Values {
  name: string;
  purpose: string;
  window: WindowValues;
}

function PhaseForm({ editing, onClose }: { editing?: Phase; onClose: () => void }) {
  const { t } = useTranslation();
  const initial: Values = editing
    ? { name: editing.name, purpose: editing.purpose, window: { ...editing.window } }
    : { name: '', purpose: '', window: { unit: 'week', start: 1, end: 4 } };
  const { values, set, errors, formError, saving, check, save } = useForm(initial);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const phase = check(phaseSchema, {
      id: editing?.id ?? 'ny-fas',
      name: values.name,
      purpose: values.purpose,
      window: windowInput(values.window),
    });
    if (!phase) return;
    const place = (phases: Phase[]) =>
      editing ? replaceById(phases, phase) : [...phases, { ...phase, id: newId(phase.name, phases, 'fas') }];
    if (!(await save(() => useProgramsStore.getState().update((c) => ({ ...c, phases: place(c.phases) }))))) return;
    notifySaved(t('program.phase.saved', { name: phase.name }));
    onClose();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('program.phase.name')}
          withAsterisk
          data-autofocus
          autoComplete="off"
          value={values.name}
          error={errors.name}
          onChange={(e) => set('name', e.currentTarget.value)}
        />
        <WindowFields value={values.window} onChange={(w) => set('window', w)} errors={errors} />
        <Textarea
          label={t('program.phase.purpose')}
          description={t('program.phase.purposeHint')}
          autosize
          minRows={3}
          maxRows={10}
          value={values.purpose}
          error={errors.purpose}
          onChange={(e) => set('purpose', e.currentTarget.value)}
        />
        <FormProblems error={formError} />
        <FormActions onCancel={onClose} saving={saving} />
      </Stack>
    </form>
  );
}
