import { Alert, Button, Code, Group, Modal, Radio, Stack, Switch, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconFolderPlus, IconFolderShare, IconRefresh, IconShieldExclamation } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../lib/use-action';
import { showError } from '../../lib/show-error';
import { notifySaved } from '../../lib/notify';
import { useSharingStore } from '../../stores/sharing';
import { SectionCard } from '../common/SectionCard';
import { SharingStatusLine } from './SharingStatusLine';

/** Inställningar › Dela med andra datorer: create or join a shared folder, see how it stands, leave. */
export function SharingCard() {
  const { t } = useTranslation();
  const status = useSharingStore((s) => s.status);
  const store = useSharingStore.getState();
  const { busy, run } = useAction<'create' | 'join' | 'check'>();
  const [joining, setJoining] = useState(false);
  const [mode, setMode] = useState<'merge' | 'folder'>('merge');
  const shared = status?.state === 'ok' || status?.state === 'away';

  const confirmLeave = () =>
    modals.openConfirmModal({
      title: t('sharing.leaveTitle'),
      children: <Text size="sm">{t('sharing.leaveText')}</Text>,
      labels: { confirm: t('sharing.leaveConfirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void store
          .leave()
          .then(() => notifySaved(t('sharing.left')))
          .catch(showError),
    });

  return (
    <SectionCard headingId="dela" title={t('sharing.title')} intro={t('sharing.intro')}>
      <Alert color="gray" variant="light" icon={<IconShieldExclamation aria-hidden />} p="xs">
        <Text size="sm">{t('sharing.notAccessControl')}</Text>
      </Alert>
      {status?.state === 'example' && <Text size="sm">{t('sharing.example')}</Text>}
      {status?.state === 'off' && (
        <>
          <Text size="sm">{t('sharing.off')}</Text>
          <Group gap="sm" align="flex-start">
            <Stack gap={4} maw={340}>
              <Button
                leftSection={<IconFolderPlus size={16} aria-hidden />}
                loading={busy === 'create'}
                onClick={() =>
                  void run('create', async () => {
                    const chosen = await store.create();
                    const folder = useSharingStore.getState().status?.folder;
                    return chosen && folder ? t('sharing.created', { folder }) : null;
                  })
                }
              >
                {t('sharing.create')}
              </Button>
              <Text size="xs" c="dimmed">
                {t('sharing.createHint')}
              </Text>
            </Stack>
            <Stack gap={4} maw={340}>
              <Button variant="light" leftSection={<IconFolderShare size={16} aria-hidden />} onClick={() => setJoining(true)}>
                {t('sharing.join')}
              </Button>
              <Text size="xs" c="dimmed">
                {t('sharing.joinHint')}
              </Text>
            </Stack>
          </Group>
        </>
      )}
      {shared && status && (
        <>
          <Text size="sm">
            {t('sharing.folder')}: <Code>{status.folder}</Code>
          </Text>
          <Text size="sm">
            {t('sharing.thisComputer')}: <strong>{status.label}</strong>.{' '}
            {status.otherDesks > 0 ? t('sharing.otherDesks', { count: status.otherDesks }) : t('sharing.noOtherDesks')}
          </Text>
          <SharingStatusLine />
          {status.setAside > 0 && (
            <Alert color="orange" role="status" p="xs">
              {t('sharing.status.setAside', { count: status.setAside })}
            </Alert>
          )}
          <Switch
            checked={status.copyToBackups}
            label={t('sharing.copyToBackups')}
            description={t('sharing.copyToBackupsHint')}
            onChange={(event) => void store.setCopyToBackups(event.currentTarget.checked).catch(showError)}
          />
          <Group gap="sm">
            <Button
              variant="light"
              leftSection={<IconRefresh size={16} aria-hidden />}
              loading={busy === 'check'}
              onClick={() => void run('check', () => store.checkNow())}
            >
              {t('sharing.checkNow')}
            </Button>
            <Button variant="subtle" color="red" onClick={confirmLeave}>
              {t('sharing.leave')}
            </Button>
          </Group>
        </>
      )}
      <Modal opened={joining} onClose={() => setJoining(false)} title={t('sharing.joinTitle')} size="lg">
        <Stack gap="md">
          <Radio.Group
            value={mode}
            onChange={(value) => setMode(value === 'folder' ? 'folder' : 'merge')}
            aria-label={t('sharing.joinTitle')}
          >
            <Stack gap="sm">
              <Radio value="merge" label={t('sharing.joinMerge')} description={t('sharing.joinMergeText')} />
              <Radio value="folder" label={t('sharing.joinFolder')} description={t('sharing.joinFolderText')} />
            </Stack>
          </Radio.Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setJoining(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              leftSection={<IconFolderShare size={16} aria-hidden />}
              loading={busy === 'join'}
              onClick={() =>
                void run('join', async () => {
                  const chosen = await store.join(mode);
                  if (!chosen) return null;
                  setJoining(false);
                  return t('sharing.joined', { folder: useSharingStore.getState().status?.folder ?? '' });
                })
              }
            >
              {t('sharing.join')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </SectionCard>
  );
}
