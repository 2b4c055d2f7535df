import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { modals } from '@mantine/modals';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmsName, type EraseOutcome } from '../../../../electron/shared/schemas/privacy';
import { longWhen } from '../../lib/dates';
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
      {hire && (
        <EraseForm
          hire={hire}
          onErased={(outcome) => {
            onClose();
            // A modal of its own, so it stays when the page that asked for the erase goes away: the
            // user must learn which files still hold the person.
            const id = modals.open({
              title: t('privacy.erasedTitle', { name: hire.name }),
              size: 'lg',
              children: <EraseResult outcome={outcome} onClose={() => modals.close(id)} />,
            });
            onErased?.();
          }}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

/** What the erase did to the file, and which backups still hold the person, by name. */
function EraseResult({ outcome, onClose }: { outcome: EraseOutcome; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color={outcome.scrub === 'done' ? 'green' : 'orange'} variant="light" role="status">
        <Text size="sm">{t(`privacy.scrub.${outcome.scrub}`)}</Text>
      </Alert>
      {outcome.copies.length === 0 ? (
        <Text size="sm">{t('privacy.copiesNone')}</Text>
      ) : (
        <Stack gap={4}>
          <Text size="sm">{t('privacy.copiesIntro', { count: outcome.copies.length, folder: outcome.folder })}</Text>
          <List size="sm" spacing={2}>
            {outcome.copies.map((copy) => (
              <List.Item key={copy.name}>
                {t('privacy.copyLine', { name: copy.name, kind: t(`backup.kinds.${copy.kind}`), when: longWhen(copy.takenAt) })}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      <Group justify="flex-end">
        <Button onClick={onClose} data-autofocus>
          {t('common.close')}
        </Button>
      </Group>
    </Stack>
  );
}

function EraseForm({ hire, onClose, onErased }: { hire: ErasableHire; onClose: () => void; onErased: (outcome: EraseOutcome) => void }) {
  const { t } = useTranslation();
  const { values, set, errors, saving, save } = useForm({ confirmName: '' }, { notify: true });
  const matches = confirmsName(values.confirmName, hire.name);

  async function submit(event: FormEvent) {
    event.preventDefault();
    let outcome: EraseOutcome | undefined;
    if (!matches || !(await save(async () => (outcome = await usePrivacyStore.getState().erase(hire.id, values.confirmName))))) return;
    if (outcome) onErased(outcome);
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
