import { Anchor, Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconCloudCheck, IconCloudOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localTimeOf, shortWhen } from '../../lib/dates';
import { useSharingStore } from '../../stores/sharing';

/** In the header while this computer shares: when the folder was last reached, and what waits. */
export function SharingStatusLine() {
  const { t } = useTranslation();
  const status = useSharingStore((s) => s.status);
  if (!status || status.state === 'off' || status.state === 'example') return null;
  const when = status.lastReachedAt ? shortWhen(localTimeOf(status.lastReachedAt)) : null;
  const away = status.state === 'away';
  const text = away
    ? when
      ? t('sharing.status.awaySince', { when })
      : t('sharing.status.away')
    : when
      ? t('sharing.status.ok', { when })
      : t('sharing.status.okNever');
  return (
    <Group gap={6} role="status" aria-live="polite" data-testid="sharing-status" wrap="nowrap">
      <Tooltip label={status.folder ?? ''} disabled={!status.folder}>
        <Anchor
          component={Link}
          to="/installningar"
          underline="never"
          c="inherit"
          style={{ display: 'flex', alignItems: 'center', gap: 4 }}
        >
          {away ? <IconCloudOff size={16} color="var(--mantine-color-orange-7)" aria-hidden /> : <IconCloudCheck size={16} aria-hidden />}
          <Text size="xs" c={away ? 'orange.8' : 'dimmed'} maw={away ? 420 : undefined} lineClamp={1}>
            {text}
          </Text>
        </Anchor>
      </Tooltip>
      {status.waiting > 0 && (
        <Badge size="sm" color="yellow" variant="light">
          {t('sharing.status.waiting', { count: status.waiting })}
        </Badge>
      )}
      {status.conflicts > 0 && (
        <Badge size="sm" color="red" variant="light">
          {t('sharing.status.conflicts', { count: status.conflicts })}
        </Badge>
      )}
    </Group>
  );
}
