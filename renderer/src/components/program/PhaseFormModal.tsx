import { Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { phaseSchema, type Phase } from '../../../../electron/shared/schemas/template';
import { newId, replaceById } from '../../lib/template-edit';
import { useProgramsStore } from '../../stores/programs';
import { FormProblems, notifySaved } from './feedback';
import { useEntryForm } from './useEntryForm';
import { windowInput, WindowFields, type WindowValues } from './WindowFields';
import { FormActions } from '../FormActions';

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
  const toInput = (v: Values) => ({ id: editing?.id ?? 'ny-fas', name: v.name, purpose: v.purpose, window: windowInput(v.window) });

  const { values, set, errors, problems, saving, submit } = useEntryForm(phaseSchema, initial, toInput, async (data) => {
    await useProgramsStore.getState().update((c) => ({
      ...c,
      phases: editing ? replaceById(c.phases, data) : [...c.phases, { ...data, id: newId(data.name, c.phases, 'fas') }],
    }));
    notifySaved(t('program.phase.saved', { name: data.name }));
    onClose();
  });

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
        <FormProblems problems={problems} />
        <FormActions onCancel={onClose} saving={saving} />
      </Stack>
    </form>
  );
}
