import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../stores/session';

/** The plan is saved with the name of whoever is working: say so before the form is filled in, not at the end. */
export function WhoFirstAlert() {
  const { t } = useTranslation();
  const currentUser = useSessionStore((s) => s.currentUser);
  if (currentUser) return null;
  return (
    <Alert color="orange" title={t('hires.new.whoFirstTitle')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('hires.new.whoFirst')}</Text>
        <Button size="xs" variant="white" onClick={() => useSessionStore.getState().openPicker()}>
          {t('hires.who.choose')}
        </Button>
      </Stack>
    </Alert>
  );
}
