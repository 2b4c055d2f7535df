import { Modal, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateItemInput, type PlanItemView } from '../../../../electron/shared/schemas/plan';
import { notifySaved } from '../../lib/notify';
import { useForm } from '../../lib/use-form';
import { usePlanStore } from '../../stores/plan';
import { clientHint } from '../common/ClientHint';
import { DateField } from '../common/DateField';
import { FormActions } from '../common/FormActions';
import { FormError } from '../common/FormError';

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
  const { values, set, errors, formError, saving, check, save } = useForm({
    note: item.note,
    startDate: item.startDate,
    dueDate: item.dueDate,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = check(updateItemInput, { itemId: item.id, ...values });
    if (!input) return;
    await save(async () => {
      await usePlanStore.getState().updateItem(input);
      notifySaved(t('plans.editItem.saved', { title: item.title }));
      onClose();
    });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <FormError error={formError} />
        <Text fw={600}>{item.title}</Text>
        {item.instructions && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
            {item.instructions}
          </Text>
        )}
        <SimpleGrid cols={2}>
          <DateField
            label={t('plans.editItem.startDate')}
            value={values.startDate}
            onChange={(v) => set('startDate', v)}
            error={errors.startDate}
            withAsterisk
          />
          <DateField
            label={t('plans.editItem.dueDate')}
            value={values.dueDate}
            onChange={(v) => set('dueDate', v)}
            error={errors.dueDate}
            withAsterisk
            dayOff="due"
          />
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
