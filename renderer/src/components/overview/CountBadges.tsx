import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HireSummary } from '../../../../electron/shared/schemas/plan';
import { LevelOneBadge } from '../common/LevelOneBadge';

/** "3 försenade", "5 ej uppföljda": each a link to the hire's checklist with that filter on; and the Nivå-1 flag. */
export function CountBadges({ hire }: { hire: HireSummary }) {
  const { t } = useTranslation();
  const badge = (count: number, filter: 'late' | 'notFollowedUp', color: string, label: string, linkLabel: string) =>
    count > 0 ? (
      <Badge
        component={Link}
        to={`/nyanstallda/${hire.id}?filter=${filter}`}
        color={color}
        variant="filled"
        tt="none"
        aria-label={linkLabel}
        style={{ cursor: 'pointer' }}
      >
        {label}
      </Badge>
    ) : (
      <Badge color="gray" variant="light" tt="none">
        {label}
      </Badge>
    );
  return (
    <>
      {badge(hire.late, 'late', 'red', t('hires.counts.late', { count: hire.late }), t('hires.overview.lateLink', { name: hire.name }))}
      {badge(
        hire.notFollowedUp,
        'notFollowedUp',
        'orange',
        t('hires.counts.notFollowedUp', { count: hire.notFollowedUp }),
        t('hires.overview.notFollowedUpLink', { name: hire.name }),
      )}
      <LevelOneBadge hire={hire} />
    </>
  );
}
