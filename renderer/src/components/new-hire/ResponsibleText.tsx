import { Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PersonRef } from '../../../../electron/shared/schemas/plan';
import type { Responsible } from '../../../../electron/shared/schemas/template';

/** "Introduktör" over "Maria Nilsson", or a warning when the role has nobody for this hire. */
export function ResponsibleText({ responsible, person }: { responsible: Responsible; person: PersonRef | null }) {
  const { t } = useTranslation();
  if (responsible.kind === 'person') return <Text size="sm">{person?.name ?? responsible.name}</Text>;
  return (
    <>
      <Text size="xs" c="dimmed">
        {t(`plans.roles.${responsible.role}`)}
      </Text>
      {person ? (
        <Text size="sm">{person.name}</Text>
      ) : (
        <Group gap={4} wrap="nowrap" c="orange.9">
          <IconAlertTriangle size={14} aria-hidden />
          <Text size="sm" fw={500}>
            {responsible.role === 'introducer' ? t('hires.review.noIntroducer') : t('hires.review.nobodyInRole')}
          </Text>
        </Group>
      )}
    </>
  );
}
