import { Badge, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PersonRef } from '../../../../electron/shared/schemas/plan';

/** The introducer's name, or a warning that nobody is named yet (a plan must say so). */
export function IntroducerBadge({ introducer }: { introducer: PersonRef | null }) {
  const { t } = useTranslation();
  if (introducer) return <Text size="sm">{introducer.name}</Text>;
  return (
    <Badge color="orange" variant="light" c="orange.9" tt="none" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
      {t('hires.missingIntroducer')}
    </Badge>
  );
}
