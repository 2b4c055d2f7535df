import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePlanStore } from '../../stores/plan';
import { useSessionStore } from '../../stores/session';
import { useSettingsStore } from '../../stores/settings';
import { useStaffStore } from '../../stores/staff';

/** "Vem är du?": at start when nobody is chosen, and from the header control. */
export function WhoAreYouModal() {
  const { t } = useTranslation();
  const opened = useSessionStore((s) => s.pickerOpen);
  const { closePicker } = useSessionStore.getState();
  return (
    <Modal opened={opened} onClose={closePicker} title={t('hires.who.title')} size="md">
      {opened && <WhoAreYouForm onClose={closePicker} />}
    </Modal>
  );
}

function WhoAreYouForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const askedAtStart = useSessionStore((s) => s.askedAtStart);
  const currentUser = useSessionStore((s) => s.currentUser);
  const people = useStaffStore((s) => s.people);
  const lastUserId = useSettingsStore((s) => s.preferences.lastUserId);
  const [chosen, setChosen] = useState<number | null>(null);
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  if (people.length === 0) {
    return (
      <Stack gap="md">
        <Text size="sm">{t('hires.who.noStaffText')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button
            onClick={() => {
              onClose();
              void navigate('/personal');
            }}
          >{t('hires.who.goToStaff')}</Button>
        </Group>
      </Stack>
    );
  }

  const known = (id: number | null | undefined) => (id != null && people.some((p) => p.id === id) ? id : null);
  const value = chosen ?? known(currentUser?.id) ?? known(lastUserId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (value === null) return setError(t('hires.who.pickSomeone'));
    setSaving(true);
    try {
      const person = await useSessionStore.getState().choose(value);
      void usePlanStore.getState().refreshUser();
      notifications.show({ color: 'green', message: t('hires.who.changed', { name: person.name }) });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('hires.who.text')}</Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Select<number>
          label={t('hires.who.person')}
          data={people.map((p) => ({ value: p.id, label: p.name }))}
          value={value}
          onChange={(id) => {
            setChosen(id);
            setError(undefined);
          }}
          searchable
          // Opening the list on focus would cover "Inte nu" as soon as the dialog appears.
          openOnFocus={false}
          allowDeselect={false}
          nothingFoundMessage={t('hires.who.nobodyFound')}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {askedAtStart ? t('hires.who.notNow') : t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('hires.who.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
