import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { IconClockPlus } from '@tabler/icons-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMinutes } from '../../../../electron/shared/rules/duration';
import { logHoursInput } from '../../../../electron/shared/schemas/hours';
import type { HoursDue } from '../../../../electron/shared/schemas/my-work';
import { dayDate } from '../../lib/dates';
import { parseDuration } from '../../lib/duration';
import { notifySaved } from '../../lib/notify';
import { useForm } from '../../lib/use-form';
import { useMyWorkStore } from '../../stores/my-work';
import { clientHint } from '../common/ClientHint';
import { DateField } from '../common/DateField';

const fieldName = (path: string) => (path === 'minutes' ? 'duration' : path);

/** "Logga 4 h": last week's usual introducer time, prefilled; the person checks it and saves. */
export function LogUsualHoursModal({ due, personId, onClose }: { due: HoursDue; personId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { values, set, errors, saving, check, save } = useForm<{ date: string; duration: string; purpose: string }>(
    { date: due.date, duration: formatMinutes(due.expectedMinutes - due.loggedMinutes), purpose: t('myWork.usualPurpose') },
    { notify: true, fieldName },
  );
  const minutes = parseDuration(values.duration);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = check(
      logHoursInput,
      { hireId: due.hireId, date: values.date, minutes: minutes ?? 1, purpose: values.purpose, personId },
      minutes === null ? { duration: t('hours.log.durationUnreadable') } : {},
    );
    if (!input) return;
    if (!(await save(() => useMyWorkStore.getState().logHours(input)))) return;
    notifySaved(t('hours.log.saved', { duration: formatMinutes(input.minutes), date: dayDate(input.date) }));
    onClose();
  }

  return (
    <Modal opened onClose={onClose} title={`${t('hours.log.title')} – ${due.hireName}`}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <DateField
            label={t('hours.log.date')}
            value={values.date}
            onChange={(iso) => set('date', iso)}
            error={errors.date}
            withAsterisk
          />
          <TextInput
            label={t('hours.log.duration')}
            value={values.duration}
            onChange={(e) => set('duration', e.currentTarget.value)}
            error={errors.duration}
            withAsterisk
            autoComplete="off"
            data-autofocus
          />
          <TextInput
            label={t('hours.log.purpose')}
            {...clientHint}
            value={values.purpose}
            onChange={(e) => set('purpose', e.currentTarget.value)}
            error={errors.purpose}
            maxLength={500}
            autoComplete="off"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving} leftSection={<IconClockPlus size={16} aria-hidden />}>
              {t('hours.log.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
