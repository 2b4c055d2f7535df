import { Alert, Button, Group, Text } from '@mantine/core';
import { IconArchive } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { HirePlan } from '../../../../electron/shared/schemas/plan';
import { instantDate } from '../../lib/dates';
import { notifySaved } from '../../lib/notify';
import { showError } from '../../lib/show-error';
import { usePrivacyStore } from '../../stores/privacy';

/** Says plainly that an archived plan is read-only, with the way back. */
export function ArchivedBanner({ plan }: { plan: HirePlan }) {
  const { t } = useTranslation();
  const { hire } = plan;
  if (!hire.archivedAt) return null;
  const takeBack = () =>
    void usePrivacyStore
      .getState()
      .setArchived(hire.id, false)
      .then(() => notifySaved(t('privacy.unarchived', { name: hire.name })), showError);
  return (
    <Alert color="gray" variant="light" icon={<IconArchive size={18} aria-hidden />} title={t('privacy.banner.title')}>
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t('privacy.banner.text', { date: instantDate(hire.archivedAt) })}</Text>
        <Button size="xs" variant="default" onClick={takeBack}>
          {t('privacy.unarchive')}
        </Button>
      </Group>
    </Alert>
  );
}
