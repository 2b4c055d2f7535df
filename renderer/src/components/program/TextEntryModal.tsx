import { Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent } from 'react';
import type { z } from 'zod';
import { useForm } from '../../lib/use-form';
import { FormActions } from '../common/FormActions';
import { FormProblems } from './feedback';

export interface TextField {
  key: string;
  label: string;
  description?: string;
  required?: boolean;
  textarea?: boolean;
  type?: 'tel' | 'email';
}

interface Props<S extends z.ZodType> {
  /** Closed when null; otherwise the values the form starts from (an id of '' means new). */
  initial: Record<string, string> | null;
  title: string;
  fields: TextField[];
  schema: S;
  onSave: (data: z.output<S>) => Promise<unknown>;
  onClose: () => void;
}

/** A modal form of text fields for one binder entry (a booklet section, a contact). */
export function TextEntryModal<S extends z.ZodType>({ initial, title, onClose, ...rest }: Props<S>) {
  return (
    <Modal opened={initial !== null} onClose={onClose} title={title} size="lg">
      {initial && <TextEntryForm key={initial.id} initial={initial} onClose={onClose} {...rest} />}
    </Modal>
  );
}

function TextEntryForm<S extends z.ZodType>({
  initial,
  fields,
  schema,
  onSave,
  onClose,
}: Omit<Props<S>, 'title' | 'initial'> & { initial: Record<string, string> }) {
  const { values, set, errors, formError, saving, check, save } = useForm(initial);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const entry = check(schema, { ...values, id: values.id || 'ny' });
    if (entry && (await save(() => onSave(entry)))) onClose();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        {fields.map((f, index) => {
          const common = {
            label: f.label,
            description: f.description,
            withAsterisk: f.required,
            value: values[f.key] ?? '',
            error: errors[f.key],
            'data-autofocus': index === 0 || undefined,
            onChange: (e: { currentTarget: { value: string } }) => set(f.key, e.currentTarget.value),
          };
          return f.textarea ? (
            <Textarea key={f.key} {...common} autosize minRows={6} maxRows={16} />
          ) : (
            <TextInput key={f.key} {...common} type={f.type} autoComplete="off" />
          );
        })}
        <FormProblems error={formError} />
        <FormActions onCancel={onClose} saving={saving} />
      </Stack>
    </form>
  );
}
