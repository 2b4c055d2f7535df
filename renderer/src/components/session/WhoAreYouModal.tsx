import { Button, Checkbox, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { contract } from '../../../../electron/shared/contract';
import { notifySaved } from '../../lib/notify';
import { personLabel } from '../../lib/person-options';
import { useForm } from '../../lib/use-form';
import { useHiresStore } from '../../stores/hires';
import { useSessionStore } from '../../stores/session';
import { useSettingsStore } from '../../stores/settings';
import { useStaffStore } from '../../stores/staff';
import { FormError } from '../common/FormError';

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
  const people = useStaffStore((s) => s.people.data);
  const lastUserId = useSettingsStore((s) => s.preferences.lastUserId);
  const account = useSessionStore((s) => s.account);
  const currentHire = useSessionStore((s) => s.currentHire);
  const [kind, setKind] = useState<'staff' | 'hire'>(currentHire ? 'hire' : 'staff');
  const hires = useHiresStore((s) => s.lists.active.data);
  const [hireId, setHireId] = useState<number | null>(currentHire?.id ?? null);
  const [hireError, setHireError] = useState<string>();
  useEffect(() => {
    if (kind === 'hire') void useHiresStore.getState().load('active');
  }, [kind]);
  const { values, set, errors, formError, saving, check, save } = useForm<{ personId: number | null; remember: boolean }>({
    personId: null,
    remember: true,
  });

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
          >
            {t('hires.who.goToStaff')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const known = (id: number | null | undefined) => (id != null && people.some((p) => p.id === id) ? id : null);
  const value = values.personId ?? known(currentUser?.id) ?? known(lastUserId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (kind === 'hire') {
      if (hireId === null) return setHireError(t('hires.who.pickHire'));
      await save(async () => {
        const hire = await useSessionStore.getState().chooseHire(hireId, values.remember);
        notifySaved(t('hires.who.changed', { name: hire.name }));
        void navigate('/min-introduktion');
      });
      return;
    }
    const input = check(
      contract['session:set-current-user'].input,
      { personId: value ?? undefined, remember: values.remember },
      value === null ? { personId: t('hires.who.pickSomeone') } : {},
    );
    if (!input) return;
    await save(async () => {
      const person = await useSessionStore.getState().choose(input.personId, input.remember);
      notifySaved(t('hires.who.changed', { name: person.name }));
    });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('hires.who.text')}</Text>
        <FormError error={formError} />
        <SegmentedControl
          aria-label={t('hires.who.staffOrHire')}
          value={kind}
          onChange={(v) => setKind(v)}
          data={[
            { value: 'staff', label: t('hires.who.staff') },
            { value: 'hire', label: t('hires.who.hire') },
          ]}
        />
        {kind === 'hire' ? (
          <Select<number>
            label={t('hires.who.hireName')}
            data={hires.map((h) => ({ value: h.id, label: h.name }))}
            value={hireId}
            onChange={(id) => {
              setHireId(id);
              setHireError(undefined);
            }}
            error={hireError}
            searchable
            openOnFocus={false}
            allowDeselect={false}
            nothingFoundMessage={t('hires.who.nobodyFound')}
          />
        ) : (
          <Select<number>
            label={t('hires.who.person')}
            data={people.map((p) => ({ value: p.id, label: personLabel(p, people) }))}
            value={value}
            onChange={(id) => set('personId', id)}
            error={errors.personId}
            searchable
            // Opening the list on focus would cover "Inte nu" as soon as the dialog appears.
            openOnFocus={false}
            allowDeselect={false}
            nothingFoundMessage={t('hires.who.nobodyFound')}
            data-autofocus
          />
        )}
        {account && (
          <Checkbox
            label={t('hires.who.remember', { account: account.account })}
            description={t('hires.who.notAccessControl')}
            checked={values.remember}
            onChange={(e) => set('remember', e.currentTarget.checked)}
          />
        )}
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
