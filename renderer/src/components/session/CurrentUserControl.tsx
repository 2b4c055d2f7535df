import { Badge, Button, Group, Text } from '@mantine/core';
import { IconUserCircle, IconUserQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../stores/session';
import { useStaffStore } from '../../stores/staff';

/** The header's "Inloggad som: …" / "Välj vem du är"; opens the picker. */
export function CurrentUserControl() {
  const { t } = useTranslation();
  const currentUser = useSessionStore((s) => s.currentUser);
  const loaded = useSessionStore((s) => s.loaded);
  const people = useStaffStore((s) => s.people.data);
  const account = useSessionStore((s) => s.account);
  const currentHire = useSessionStore((s) => s.currentHire);
  const staffReady = useStaffStore((s) => s.people.status === 'ready');
  if (!loaded) return null;
  if (currentHire)
    return (
      <Button
        variant="subtle"
        color="gray"
        leftSection={<IconUserCircle size={18} aria-hidden />}
        onClick={() => useSessionStore.getState().openPicker()}
      >
        {t('myWork.own.whoIs', { name: currentHire.name })}
      </Button>
    );

  const { openPicker } = useSessionStore.getState();
  // Someone removed from the staff list is no longer accepted by main as the one working.
  const user = currentUser && (!staffReady || people.some((p) => p.id === currentUser.id)) ? currentUser : null;
  if (user) {
    // Working in another name than the one this computer account remembers: said plainly.
    const other = account !== null && account.rememberedId !== null && account.rememberedId !== user.id;
    return (
      <Group gap={6} wrap="nowrap">
        {other && (
          <Badge color="orange" variant="light" title={t('hires.who.otherThanAccountHint', { account: account.account })}>
            {t('hires.who.otherThanAccount')}
          </Badge>
        )}
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconUserCircle size={18} aria-hidden />}
          onClick={openPicker}
          title={t('hires.who.change')}
        >
          {t('hires.who.signedInAs', { name: user.name })}
        </Button>
      </Group>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap">
      {staffReady && people.length === 0 && (
        <Text size="xs" c="dimmed" id="who-hint">
          {t('hires.who.addStaffFirst')}
        </Text>
      )}
      <Button
        variant="light"
        color="orange"
        c="orange.9"
        leftSection={<IconUserQuestion size={18} aria-hidden />}
        onClick={openPicker}
        aria-describedby={people.length === 0 ? 'who-hint' : undefined}
      >
        {t('hires.who.choose')}
      </Button>
    </Group>
  );
}
