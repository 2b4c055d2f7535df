import { Alert, Button, Group, List, Modal, Stack, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmsName } from '../../../../electron/shared/schemas/privacy';
import { notifySaved } from '../../lib/notify';
import { useForm } from '../../lib/use-form';
import { usePrivacyStore } from '../../stores/privacy';

export interface ErasableHire {
  id: number;
  name: string;
}

/**
 * Erasing for good, behind a typed confirmation: the button stays disabled until the name is
 * typed as it stands, so a slip of the mouse cannot erase anyone.
 */
export function EraseHireModal({ hire, onClose, onErased }: { hire: ErasableHire | null; onClose: () => void; onErased?: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={hire !== null} onClose={onClose} title={hire ? t('privacy.eraseTitle', { name: hire.name }) : ''} size="lg">
      {hire && <EraseForm hire={hire} onClose={onClose} onErased={onErased} />}
    </Modal>
  );
}

function EraseForm({ hire, onClose, onErased }: { hire: ErasableHire; onClose: () => void; onErased?: () => void }) {
  const { t } = useTranslation();
  const { values, set, errors, saving, save } = useForm({ confirmName: '' }, { notify: true });
  const matches = confirmsName(values.confirmName, hire.name);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!matches || !(await save(() => usePrivacyStore.getState().erase(hire.id, values.confirmName)))) return;
    onClose();
    notifySaved(t('privacy.erased', { name: hire.name }), 12000);
    onErased?.();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
          <List size="sm" spacing={4}>
            <List.Item>{t('privacy.eraseText')}</List.Item>
            <List.Item>{t('privacy.eraseBackups')}</List.Item>
            <List.Item>{t('privacy.eraseExportFirst')}</List.Item>
          </List>
        </Alert>
        <TextInput
          label={t('privacy.confirmLabel')}
          description={t('privacy.confirmHint', { name: hire.name })}
          value={values.confirmName}
          onChange={(e) => set('confirmName', e.currentTarget.value)}
          error={errors.confirmName}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" leftSection={<IconTrash size={16} aria-hidden />} disabled={!matches} loading={saving}>
            {t('privacy.eraseConfirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
