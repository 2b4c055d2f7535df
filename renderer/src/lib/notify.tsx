import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { i18n } from './i18n';

/** A change went through: the green notification that says what was saved. */
export const notifySaved = (message: string, autoClose?: number) => void notifications.show({ color: 'green', message, autoClose });

/** A notification with one action button ("Ångra", "Öppna") that closes it when pressed. */
export function notifyWithAction({
  message,
  actionLabel,
  onAction,
  color,
  autoClose = 10000,
}: {
  message: string;
  actionLabel: string;
  onAction: () => void;
  color?: string;
  autoClose?: number;
}): void {
  const id = notifications.show({
    color,
    autoClose,
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            onAction();
          }}
        >
          {actionLabel}
        </Button>
      </Group>
    ),
  });
}

/** A saved change with "Ångra" for ten seconds. */
export const notifyUndo = (message: string, undo: () => void, color?: string, autoClose?: number) =>
  notifyWithAction({ message, actionLabel: i18n.t('common.undo'), onAction: undo, color, autoClose });
