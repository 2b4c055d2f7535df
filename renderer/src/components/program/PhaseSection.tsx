import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { windowLabel } from '../../../../electron/shared/rules/window-label';
import type { Item, Phase } from '../../../../electron/shared/schemas/template';
import { ItemsTable, type ItemActions } from './ItemsTable';
import { RowActions } from './RowActions';
import { ruleLanguage } from './labels';

interface Props {
  phase: Phase;
  items: Item[];
  /** The last phase cannot go: a programme has at least one. */
  onlyPhase: boolean;
  actions: ItemActions;
  onAddItem: () => void;
  onEdit: () => void;
  onRemove: () => void;
}

/** A phase: its name, window and purpose, then its items in order. */
export function PhaseSection({ phase, items, onlyPhase, actions, onAddItem, onEdit, onRemove }: Props) {
  const { t, i18n } = useTranslation();
  const language = ruleLanguage(i18n.language);
  const headingId = `fas-${phase.id}`;
  const removeBlocked = items.length > 0 ? t('program.phase.notEmpty') : onlyPhase ? t('program.phase.lastPhase') : undefined;
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Title order={2} size="h3" id={headingId}>
            {phase.name}
          </Title>
          <Text size="sm" fw={500} c="blue.8">
            {windowLabel(phase.window, language)} · {t('program.phase.itemCount', { count: items.length })}
          </Text>
        </Stack>
        <RowActions
          edit={{ label: t('program.phase.edit', { name: phase.name }), onClick: onEdit }}
          remove={{
            label: t('program.phase.remove', { name: phase.name }),
            onClick: onRemove,
            disabled: !!removeBlocked,
            hint: removeBlocked,
          }}
        />
      </Group>
      {phase.purpose && (
        <Text size="sm" c="dimmed" mb="sm" maw={820}>
          {phase.purpose}
        </Text>
      )}
      {items.length ? (
        <ItemsTable items={items} actions={actions} />
      ) : (
        <Text size="sm" c="dimmed" my="sm">
          {t('program.phase.noItems')}
        </Text>
      )}
      <Button
        mt="sm"
        size="xs"
        variant="light"
        leftSection={<IconPlus size={14} aria-hidden />}
        aria-label={t('program.item.addTo', { phase: phase.name })}
        onClick={onAddItem}
      >
        {t('program.item.add')}
      </Button>
    </Paper>
  );
}
