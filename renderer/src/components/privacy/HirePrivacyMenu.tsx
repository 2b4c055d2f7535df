import { Button, Menu, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArchive, IconArchiveOff, IconChevronDown, IconFileExport, IconShieldLock, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { HirePlan } from '../../../../electron/shared/schemas/plan';
import { notifySaved } from '../../lib/notify';
import { showError } from '../../lib/show-error';
import { usePrivacyStore } from '../../stores/privacy';
import { useSettingsStore } from '../../stores/settings';
import { EraseHireModal } from './EraseHireModal';

/** "Personuppgifter" on a hire's page: export everything, archive or take back, erase. */
export function HirePrivacyMenu({ plan }: { plan: HirePlan }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { hire } = plan;
  const years = useSettingsStore((s) => s.preferences.retentionYears);
  const [erasing, setErasing] = useState(false);
  const store = usePrivacyStore.getState();

  const exportAll = () =>
    void store.exportHire(hire.id).then((outcome) => {
      if (outcome.saved) notifySaved(t('privacy.exported', { name: hire.name, fileName: outcome.fileName }));
    }, showError);

  const setArchived = (archived: boolean) =>
    void store
      .setArchived(hire.id, archived)
      .then(() => notifySaved(t(archived ? 'privacy.archived' : 'privacy.unarchived', { name: hire.name })), showError);

  const confirmArchive = () =>
    modals.openConfirmModal({
      title: t('privacy.archiveTitle', { name: hire.name }),
      children: <Text size="sm">{t('privacy.archiveText', { count: years })}</Text>,
      labels: { confirm: t('privacy.archiveConfirm'), cancel: t('common.cancel') },
      onConfirm: () => setArchived(true),
    });

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconShieldLock size={16} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            aria-label={t('privacy.menuLabel', { name: hire.name })}
          >
            {t('privacy.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconFileExport size={16} aria-hidden />} onClick={exportAll}>
            {t('privacy.export')}
          </Menu.Item>
          {hire.archivedAt ? (
            <Menu.Item leftSection={<IconArchiveOff size={16} aria-hidden />} onClick={() => setArchived(false)}>
              {t('privacy.unarchive')}
            </Menu.Item>
          ) : (
            <Menu.Item leftSection={<IconArchive size={16} aria-hidden />} disabled={!hire.finishedAt} onClick={confirmArchive}>
              {t('privacy.archive')}
              {!hire.finishedAt && (
                <Text size="xs" c="dimmed">
                  {t('privacy.archiveNeedsFinish')}
                </Text>
              )}
            </Menu.Item>
          )}
          <Menu.Divider />
          <Menu.Item color="red.8" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setErasing(true)}>
            {t('privacy.erase')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <EraseHireModal hire={erasing ? hire : null} onClose={() => setErasing(false)} onErased={() => void navigate('/nyanstallda')} />
    </>
  );
}
