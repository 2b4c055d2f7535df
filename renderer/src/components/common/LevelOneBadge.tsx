import { Badge } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { HireView } from '../../../../electron/shared/schemas/plan';

/**
 * The Nivå-1 protection (seed 003 ~L2992): no complex cases alone, a co-handler. Shown for every
 * hire at Nivå 1 whatever their background, orange while nobody is named.
 */
export function LevelOneBadge({ hire }: { hire: Pick<HireView, 'competence' | 'finishedAt'> }) {
  const { t } = useTranslation();
  if (hire.competence.level !== 1 || hire.finishedAt) return null;
  const { coHandler } = hire.competence;
  return (
    <Badge
      color={coHandler ? 'blue' : 'orange'}
      c={coHandler ? undefined : 'orange.9'}
      variant="light"
      tt="none"
      leftSection={<IconShieldCheck size={12} aria-hidden />}
    >
      {coHandler ? t('competence.protection.badge', { name: coHandler.name }) : t('competence.protection.badgeMissing')}
    </Badge>
  );
}
