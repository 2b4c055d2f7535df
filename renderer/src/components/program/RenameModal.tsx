import { Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { templateContentSchema, type TemplateContent } from '../../../../electron/shared/schemas/template';
import { useProgramsStore } from '../../stores/programs';
import { FormProblems, notifySaved } from './feedback';
import { useEntryForm } from './useEntryForm';
import { FormActions } from '../FormActions';

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
  const initial = { name: content.name, description: content.description };
  const { values, set, errors, problems, saving, submit } = useEntryForm(nameSchema, initial, (v) => v, async (data) => {
    await useProgramsStore.getState().update((c) => ({ ...c, ...data }));
    notifySaved(t('program.entry.saved', { title: data.name }));
    onClose();
  });

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
        <FormProblems problems={problems} />
        <FormActions onCancel={onClose} saving={saving} />
      </Stack>
    </form>
  );
}
