import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useSessionStore } from '../stores/session';
import { messageOf, needsUser } from './errors';
import { i18n } from './i18n';

/** Main's Swedish message as it is; when it asks who you are, the notification offers the choice. */
export function showError(error: unknown) {
  const text = messageOf(error);
  if (!needsUser(error)) return void notifications.show({ color: 'red', message: text, autoClose: 8000 });
  const id = notifications.show({
    color: 'orange',
    autoClose: 10000,
    message: (
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{text}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            useSessionStore.getState().openPicker();
          }}
        >
          {i18n.t('hires.who.choose')}
        </Button>
      </Stack>
    ),
  });
}
