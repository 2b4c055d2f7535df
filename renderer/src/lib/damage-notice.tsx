import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getApi, unwrap } from '../api';
import { i18n } from './i18n';
import { showError } from './show-error';

const NOTICE_ID = 'database-damage-found';

/**
 * Stays until acted on: the background check found damage in the open file. Going to recovery
 * closes the file in main; the page then starts over on the recovery screen.
 */
export function showDamageNotice(): void {
  notifications.show({
    id: NOTICE_ID,
    color: 'red',
    autoClose: false,
    withCloseButton: true,
    message: (
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{i18n.t('recovery.damageFound')}</Text>
        <Button
          size="compact-sm"
          color="red"
          onClick={() =>
            void unwrap(getApi().app.showRecovery())
              .then(() => window.location.reload())
              .catch(showError)
          }
        >
          {i18n.t('recovery.showRecovery')}
        </Button>
      </Stack>
    ),
  });
}
