import { Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { templateContentSchema, type TemplateContent } from '../../../../electron/shared/schemas/template';
import { notifySaved } from '../../lib/notify';
import { useForm } from '../../lib/use-form';
import { useProgramsStore } from '../../stores/programs';
import { FormActions } from '../common/FormActions';
import { FormProblems } from './feedback';

const nameSchema = templateContentSchema.pick({ name: true, description: true });

interface Props {
  opened: boolean;
  content: TemplateContent;
  onClose: () => void;
}

export function RenameModal({ opened, content, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('program.editor.renameTitle')} size="lg">
      {opened && <RenameForm content={content} onClose={onClose} />}
    </Modal>
  );
}

function RenameForm({ content, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const { values, set, errors, formError, saving, check, save } = useForm({ name: content.name, description: content.description });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const names = check(nameSchema, values);
    if (!names || !(await save(() => useProgramsStore.getState().update((c) => ({ ...c, ...names }))))) return;
    notifySaved(t('program.entry.saved', { title: names.name }));
    onClose();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('program.editor.name')}
          withAsterisk
          data-autofocus
          value={values.name}
          error={errors.name}
          onChange={(e) => set('name', e.currentTarget.value)}
        />
        <Textarea
          label={t('program.editor.description')}
          description={t('program.editor.descriptionHint')}
          autosize
          minRows={3}
          maxRows={10}
          value={values.description}
          error={errors.description}
          onChange={(e) => set('description', e.currentTarget.value)}
        />
        <FormProblems error={formError} />
        <FormActions onCancel={onClose} saving={saving} />
      </Stack>
    </form>
  );
}
