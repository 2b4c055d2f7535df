import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconCopy, IconPencil, IconTrash } from '@tabler/icons-react';
import type { ComponentType } from 'react';

interface Action {
  /** The accessible name, e.g. "Redigera Nyckelkort"; also the tooltip. */
  label: string;
  onClick: () => void;
  disabled?: boolean;
  /** Why the action is not available; shown as the tooltip of a disabled button. */
  hint?: string;
}

interface Props {
  edit?: Action;
  duplicate?: Action;
  moveUp?: Action;
  moveDown?: Action;
  remove?: Action;
}

const ICONS: Record<keyof Props, ComponentType<{ size?: number; stroke?: number; 'aria-hidden'?: boolean }>> = {
  edit: IconPencil,
  duplicate: IconCopy,
  moveUp: IconArrowUp,
  moveDown: IconArrowDown,
  remove: IconTrash,
};

/** The small buttons at the end of a row: real buttons, each named after what it does to which entry. */
export function RowActions(props: Props) {
  const order: (keyof Props)[] = ['edit', 'duplicate', 'moveUp', 'moveDown', 'remove'];
  return (
    <Group gap={2} justify="flex-end" wrap="nowrap">
      {order.map((key) => {
        const action = props[key];
        if (!action) return null;
        const Icon = ICONS[key];
        return (
          // A disabled button stays focusable (aria-disabled) so its tooltip can say why.
          <Tooltip key={key} label={action.disabled && action.hint ? action.hint : action.label} openDelay={300} withinPortal>
            <ActionIcon
              variant="subtle"
              color={key === 'remove' ? 'red' : 'gray'}
              aria-label={action.label}
              aria-disabled={action.disabled || undefined}
              data-disabled={action.disabled || undefined}
              onClick={action.disabled ? undefined : action.onClick}
            >
              <Icon size={18} stroke={1.6} aria-hidden />
            </ActionIcon>
          </Tooltip>
        );
      })}
    </Group>
  );
}
