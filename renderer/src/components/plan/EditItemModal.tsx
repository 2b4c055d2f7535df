import { Modal, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { clientHint } from '../hours/ClientHint';
import { updateItemInput, type PlanItemView } from '../../../../electron/shared/schemas/plan';
import { validate } from '../../lib/validate';
import { useFieldForm } from '../../lib/use-field-form';
import { usePlanStore } from '../../stores/plan';
import { DateField } from './DateField';
import { showSaved } from './feedback';
import { FormActions } from '../FormActions';
import { FormError } from '../FormError';

export function EditItemModal({ item, onClose }: { item: PlanItemView | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={item !== null} onClose={onClose} title={t('plans.editItem.title')} size="lg">
      {item && <EditItemForm key={item.id} item={item} onClose={onClose} />}
    </Modal>
  );
}

function EditItemForm({ item, onClose }: { item: PlanItemView; onClose: () => void }) {
  const { t } = useTranslation();
  const { values, set, errors, setErrors, formError, saving, save } = useFieldForm({ note: item.note, startDate: item.startDate, dueDate: item.dueDate });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(updateItemInput, { itemId: item.id, ...values }, (key) => t(key as never));
    if (!checked.ok) return setErrors(checked.errors);
    await save(async () => {
      await usePlanStore.getState().updateItem(checked.data);
      showSaved(t('plans.editItem.saved', { title: item.title }));
      onClose();
    }, t('plans.page.saveFailed'));
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <FormError text={formError} />
        <Text fw={600}>{item.title}</Text>
        {item.instructions && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
            {item.instructions}
          </Text>
        )}
        <SimpleGrid cols={2}>
          <DateField label={t('plans.editItem.startDate')} value={values.startDate} onChange={(v) => set('startDate', v)} error={errors.startDate} withAsterisk />
          <DateField label={t('plans.editItem.dueDate')} value={values.dueDate} onChange={(v) => set('dueDate', v)} error={errors.dueDate} withAsterisk />
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {t('plans.editItem.kept')}
        </Text>
        <Textarea
          label={t('plans.editItem.note')}
          {...clientHint}
          value={values.note}
          onChange={(e) => set('note', e.currentTarget.value)}
          error={errors.note}
          autosize
          minRows={3}
          maxRows={10}
          data-autofocus
        />
        <FormActions onCancel={onClose} saving={saving} />
      </Stack>
    </form>
  );
}
