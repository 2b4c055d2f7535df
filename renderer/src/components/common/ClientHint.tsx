import { Group, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * The standing reminder under every free-text field in hours and reflection (given as the field's
 * description, so it is read out with the field): no client information belongs there. It is
 * always shown, so it looks like a hint; red or orange would read as an error the user made.
 */
export function ClientHint() {
  const { t } = useTranslation();
  return (
    <Group component="span" gap={4} wrap="nowrap" c="dimmed" data-hint="client">
      <IconInfoCircle size={13} aria-hidden style={{ flexShrink: 0 }} />
      <Text component="span" size="xs" inherit>
        {t('hours.clientHint')}
      </Text>
    </Group>
  );
}

/** Puts the description (the hint) under the field rather than between label and field. */
export const HINT_UNDER_FIELD: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error'];

/** Spread into a TextInput/Textarea for free text. */
export const clientHint = { description: <ClientHint />, inputWrapperOrder: HINT_UNDER_FIELD };
