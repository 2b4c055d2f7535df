import { ActionIcon, Button, Group } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface Props {
  /** Whether something is recorded: then the button edits it and it can be removed. */
  recorded: boolean;
  labels: { fill: string; edit: string; fillLabel: string; editLabel: string; remove: string };
  onOpen: () => void;
  onRemove: () => void;
  /** Shown before the buttons (a print button). */
  children?: ReactNode;
  /** Nothing to fill in yet: only `children`. */
  canFill?: boolean;
}

/** A row's "Fyll i" or "Ändra" and, once recorded, its remove icon: check-ins and phase evaluations alike. */
export function RecordActions({ recorded, labels, onOpen, onRemove, children, canFill = true }: Props) {
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      {children}
      {canFill && (
        <Button
          size="compact-sm"
          variant={recorded ? 'subtle' : 'light'}
          leftSection={<IconPencil size={14} aria-hidden />}
          aria-label={recorded ? labels.editLabel : labels.fillLabel}
          onClick={onOpen}
        >
          {recorded ? labels.edit : labels.fill}
        </Button>
      )}
      {recorded && (
        <ActionIcon variant="subtle" color="red" aria-label={labels.remove} onClick={onRemove}>
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      )}
    </Group>
  );
}
