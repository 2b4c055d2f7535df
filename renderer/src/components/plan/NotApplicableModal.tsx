import { Modal, Stack, Text } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { setStatusInput, type PlanItemView } from '../../../../electron/shared/schemas/plan';
import { notifySaved } from '../../lib/notify';
import { useForm } from '../../lib/use-form';
import { usePlanStore } from '../../stores/plan';
import { FormActions } from '../common/FormActions';
import { FreeTextArea } from '../common/FreeTextArea';

export function NotApplicableModal({ item, onClose }: { item: PlanItemView | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={item !== null} onClose={onClose} title={t('plans.notApplicable.title')}>
      {item && <ReasonForm key={item.id} item={item} onClose={onClose} />}
    </Modal>
  );
}

function ReasonForm({ item, onClose }: { item: PlanItemView; onClose: () => void }) {
  const { t } = useTranslation();
  const { values, set, errors, saving, check, save } = useForm({ reason: '' }, { notify: true });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = check(setStatusInput, { itemId: item.id, status: 'notApplicable', reason: values.reason });
    if (!input || !(await save(() => usePlanStore.getState().setStatus(item.id, 'notApplicable', input.reason)))) return;
    notifySaved(t('plans.notApplicable.saved', { title: item.title }));
    onClose();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('plans.notApplicable.text', { title: item.title })}</Text>
        <FreeTextArea
          label={t('plans.notApplicable.reason')}
          placeholder={t('plans.notApplicable.hint')}
          value={values.reason}
          onChange={(v) => set('reason', v)}
          error={errors.reason}
          withAsterisk
        />
        <FormActions onCancel={onClose} saving={saving} submitLabel={t('plans.notApplicable.confirm')} />
      </Stack>
    </form>
  );
}
