import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ApiError } from '../api';
import { i18n } from '../i18n';
import { useSessionStore } from '../stores/session';

/** True when main refused because nobody has said who is working. */
export const needsUser = (error: unknown) => error instanceof ApiError && error.payload.code === 'no-user';

/** Main's Swedish message as it is; when it asks who you are, the notification offers the choice. */
export function showError(error: unknown) {
  const text = error instanceof Error ? error.message : String(error);
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
