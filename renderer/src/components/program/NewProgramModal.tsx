import { Alert, Modal, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateDraft } from '../../../../electron/shared/schemas/template-api';
import { newTemplateInput } from '../../../../electron/shared/schemas/template-api';
import { validate, type FieldErrors } from '../../lib/validate';
import { useProgramsStore } from '../../stores/programs';
import { problemsOf, ProblemList } from './feedback';
import { FormActions } from '../FormActions';

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
  const summaries = useProgramsStore((s) => s.summaries);
  const options = summaries.flatMap((s) =>
    s.versions.map((v) => ({ value: String(v.id), label: t('program.create.versionOption', { name: v.name, number: v.number }) })),
  );
  const [name, setName] = useState('');
  const [start, setStart] = useState<'empty' | 'copy'>(options.length ? 'copy' : 'empty');
  const [versionId, setVersionId] = useState<string | null>(options[0]?.value ?? null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fromVersionId = start === 'copy' && versionId ? Number(versionId) : null;
    const checked = validate(newTemplateInput, { name, fromVersionId }, (key) => t(key as never));
    if (!checked.ok) return setErrors(checked.errors);
    setSaving(true);
    try {
      onCreated(await useProgramsStore.getState().createTemplate(checked.data.name, checked.data.fromVersionId));
    } catch (error) {
      setProblems(problemsOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        {problems.length > 0 && (
          <Alert color="red" role="alert">
            <ProblemList problems={problems} />
          </Alert>
        )}
        <TextInput
          label={t('program.create.name')}
          withAsterisk
          data-autofocus
          autoComplete="off"
          value={name}
          error={errors.name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setErrors({});
          }}
        />
        <Radio.Group label={t('program.create.start')} value={start} onChange={(v) => setStart(v === 'copy' ? 'copy' : 'empty')}>
          <Stack gap="xs" mt="xs">
            <Radio value="copy" label={t('program.create.copy')} disabled={!options.length} />
            <Radio value="empty" label={t('program.create.empty')} />
          </Stack>
        </Radio.Group>
        {start === 'copy' && (
          <Select label={t('program.create.version')} data={options} value={versionId} onChange={setVersionId} allowDeselect={false} />
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
