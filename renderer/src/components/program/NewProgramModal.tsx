import { Alert, Modal, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateDraft } from '../../../../electron/shared/schemas/template-api';
import { newTemplateInput } from '../../../../electron/shared/schemas/template-api';
import { problemsOf } from '../../lib/errors';
import { useForm } from '../../lib/use-form';
import { useProgramsStore } from '../../stores/programs';
import { FormActions } from '../common/FormActions';
import { ProblemList } from './feedback';

interface Props {
  opened: boolean;
  onClose: () => void;
  onCreated: (draft: TemplateDraft) => void;
}

export function NewProgramModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('program.create.title')} size="lg">
      {opened && <NewProgramForm onCancel={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function NewProgramForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: Props['onCreated'] }) {
  const { t } = useTranslation();
  const summaries = useProgramsStore((s) => s.summaries.data);
  const options = summaries.flatMap((s) =>
    s.versions.map((v) => ({ value: String(v.id), label: t('program.create.versionOption', { name: v.name, number: v.number }) })),
  );
  const { values, set, errors, formError, saving, check, save } = useForm({
    name: '',
    start: options.length ? ('copy' as const) : ('empty' as const),
    versionId: options[0]?.value ?? null,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fromVersionId = values.start === 'copy' && values.versionId ? Number(values.versionId) : null;
    const input = check(newTemplateInput, { name: values.name, fromVersionId });
    if (input) await save(async () => onCreated(await useProgramsStore.getState().createTemplate(input.name, input.fromVersionId)));
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        {formError && (
          <Alert color="red" role="alert">
            <ProblemList problems={problemsOf(formError)} />
          </Alert>
        )}
        <TextInput
          label={t('program.create.name')}
          withAsterisk
          data-autofocus
          autoComplete="off"
          value={values.name}
          error={errors.name}
          onChange={(e) => set('name', e.currentTarget.value)}
        />
        <Radio.Group label={t('program.create.start')} value={values.start} onChange={(v) => set('start', v === 'copy' ? 'copy' : 'empty')}>
          <Stack gap="xs" mt="xs">
            <Radio value="copy" label={t('program.create.copy')} disabled={!options.length} />
            <Radio value="empty" label={t('program.create.empty')} />
          </Stack>
        </Radio.Group>
        {values.start === 'copy' && (
          <Select
            label={t('program.create.version')}
            data={options}
            value={values.versionId}
            onChange={(v) => set('versionId', v, 'fromVersionId')}
            allowDeselect={false}
          />
        )}
        {!options.length && (
          <Text size="sm" c="dimmed">
            {t('program.create.noVersions')}
          </Text>
        )}
        <FormActions onCancel={onCancel} saving={saving} submitLabel={t('program.create.submit')} />
      </Stack>
    </form>
  );
}
