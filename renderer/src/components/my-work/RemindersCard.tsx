import { Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reminderSettingsInput, type ReminderChoice } from '../../../../electron/shared/schemas/my-work';
import { useMyWorkStore } from '../../stores/my-work';
import { notifySaved } from '../../lib/notify';
import { showError } from '../../lib/show-error';
import { useForm } from '../../lib/use-form';
import { useSessionStore } from '../../stores/session';
import { SectionCard } from '../common/SectionCard';

/** The person working's own reminders: on or off, the time of day, only late; and starting at login. */
export function RemindersCard() {
  const { t } = useTranslation();
  const user = useSessionStore((s) => s.currentUser);
  return (
    <SectionCard headingId="reminders-heading" title={t('myWork.reminders.title')} intro={t('myWork.reminders.intro')}>
      {!user ? (
        <Text size="sm" c="dimmed">
          {t('myWork.pickFirst')}
        </Text>
      ) : (
        <RemindersLoader key={user.id} />
      )}
    </SectionCard>
  );
}

/** Reads the person's settings once; keyed by the person, so another person starts afresh. */
function RemindersLoader() {
  const [loaded, setLoaded] = useState<ReminderChoice | null>(null);
  useEffect(() => void useMyWorkStore.getState().reminders().then(setLoaded, showError), []);
  return loaded && <RemindersForm initial={loaded} />;
}

function RemindersForm({ initial }: { initial: ReminderChoice }) {
  const { t } = useTranslation();
  const { values, set, errors, saving, check, save } = useForm(initial, { notify: true });
  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = check(reminderSettingsInput, values);
    if (!input) return;
    if (await save(() => useMyWorkStore.getState().saveReminders(input))) notifySaved(t('myWork.reminders.saved'));
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Checkbox
          label={t('myWork.reminders.enabled')}
          checked={values.enabled}
          onChange={(e) => set('enabled', e.currentTarget.checked)}
        />
        <Group align="flex-start">
          <TextInput
            label={t('myWork.reminders.time')}
            value={values.time}
            onChange={(e) => set('time', e.currentTarget.value)}
            error={errors.time}
            disabled={!values.enabled}
            w={120}
            autoComplete="off"
          />
        </Group>
        <Checkbox
          label={t('myWork.reminders.onlyLate')}
          checked={values.onlyLate}
          disabled={!values.enabled}
          onChange={(e) => set('onlyLate', e.currentTarget.checked)}
        />
        <Checkbox
          label={t('myWork.reminders.openAtLogin')}
          description={t('myWork.reminders.openAtLoginHint')}
          checked={values.openAtLogin}
          onChange={(e) => set('openAtLogin', e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
