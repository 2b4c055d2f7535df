import { Button, Group, Input, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../../electron/shared/rules/duration';
import { documentSchema, type DocumentRef } from '../../../../electron/shared/schemas/template';
import type { AttachmentMeta } from '../../../../electron/shared/schemas/template-api';
import { problemsOf } from '../../lib/errors';
import { useForm } from '../../lib/use-form';
import { useProgramsStore } from '../../stores/programs';
import { FormActions } from '../common/FormActions';
import { FormProblems } from './feedback';

/** null: closed; a document: editing it; 'new': adding one. */
export type DocumentTarget = DocumentRef | 'new' | null;

interface Props {
  target: DocumentTarget;
  attachments: AttachmentMeta[];
  onSave: (doc: DocumentRef, isNew: boolean) => Promise<unknown>;
  onClose: () => void;
}

export function DocumentFormModal({ target, attachments, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const editing = target !== null && target !== 'new' ? target : undefined;
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={editing ? t('program.document.editTitle', { title: editing.title }) : t('program.document.addTitle')}
      size="lg"
    >
      {target && (
        <DocumentForm
          key={editing?.id ?? 'new'}
          editing={editing}
          meta={metaFor(editing?.attachmentId ?? null, attachments)}
          onSave={onSave}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

/** The attachment's name and size; a stored id is kept even if its details are unknown. */
function metaFor(id: string | null, attachments: AttachmentMeta[]): AttachmentMeta | null {
  if (!id) return null;
  return attachments.find((a) => a.id === id) ?? { id, fileName: 'PDF', mediaType: 'application/pdf', size: 0 };
}

interface Values {
  title: string;
  location: string;
  attachment: AttachmentMeta | null;
}

function DocumentForm({
  editing,
  meta,
  onSave,
  onClose,
}: { editing?: DocumentRef; meta: AttachmentMeta | null } & Omit<Props, 'target' | 'attachments'>) {
  const { t } = useTranslation();
  const [attachProblems, setAttachProblems] = useState<string[]>([]);
  const { values, set, errors, formError, saving, check, save } = useForm<Values>({
    title: editing?.title ?? '',
    location: editing?.location ?? '',
    attachment: meta,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const doc = check(documentSchema, {
      id: editing?.id ?? 'nytt',
      title: values.title,
      location: values.location,
      attachmentId: values.attachment?.id ?? null,
    });
    if (doc && (await save(() => onSave(doc, !editing)))) onClose();
  }

  async function attach() {
    setAttachProblems([]);
    try {
      const chosen = await useProgramsStore.getState().attachDocument();
      if (chosen) set('attachment', chosen, 'attachmentId');
    } catch (error) {
      setAttachProblems(problemsOf(error));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('program.document.title')}
          withAsterisk
          data-autofocus
          autoComplete="off"
          value={values.title}
          error={errors.title}
          onChange={(e) => set('title', e.currentTarget.value)}
        />
        <TextInput
          label={t('program.document.location')}
          description={t('program.document.locationHint')}
          autoComplete="off"
          value={values.location}
          error={errors.location}
          onChange={(e) => set('location', e.currentTarget.value)}
        />
        <Input.Wrapper label={t('program.document.attachment')} error={attachProblems.join(' ') || errors.attachmentId}>
          <Group gap="sm" mt={4}>
            <IconPaperclip size={16} aria-hidden />
            <Text size="sm" c={values.attachment ? undefined : 'dimmed'}>
              {values.attachment
                ? t('program.document.attachmentInfo', { fileName: values.attachment.fileName, size: formatBytes(values.attachment.size) })
                : t('program.document.noAttachment')}
            </Text>
          </Group>
          <Group gap="sm" mt="xs">
            <Button size="xs" variant="light" onClick={() => void attach()}>
              {values.attachment ? t('program.document.replace') : t('program.document.attach')}
            </Button>
            {values.attachment && (
              <Button size="xs" variant="subtle" color="red" onClick={() => set('attachment', null, 'attachmentId')}>
                {t('program.document.removeAttachment')}
              </Button>
            )}
          </Group>
        </Input.Wrapper>
        <FormProblems error={formError} />
        <FormActions onCancel={onClose} saving={saving} />
      </Stack>
    </form>
  );
}
