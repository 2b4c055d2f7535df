import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { clientHint } from '../hours/ClientHint';
import type { PlanItemView } from '../../../../electron/shared/schemas/plan';
import { usePlanStore } from '../../stores/plan';
import { showError, showSaved } from './feedback';
import { FormActions } from '../FormActions';

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
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return setError(t('validation.reasonRequired'));
    setSaving(true);
    try {
      await usePlanStore.getState().setStatus(item.id, 'notApplicable', reason.trim());
      showSaved(t('plans.notApplicable.saved', { title: item.title }));
      onClose();
    } catch (failure) {
      showError(failure);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('plans.notApplicable.text', { title: item.title })}</Text>
        <Textarea
          label={t('plans.notApplicable.reason')}
          placeholder={t('plans.notApplicable.hint')}
          {...clientHint}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setError(undefined);
          }}
          error={error}
          withAsterisk
          autosize
          minRows={2}
          maxLength={500}
          data-autofocus
        />
        <FormActions onCancel={onClose} saving={saving} submitLabel={t('plans.notApplicable.confirm')} />
      </Stack>
    </form>
  );
}
