import { Modal, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { introducerSlotInput } from '../../../../electron/shared/schemas/hours';
import { notifySaved } from '../../lib/notify';
import { useForm } from '../../lib/use-form';
import { weekdayKey, WEEKDAYS } from '../../lib/weekdays';
import { useHoursStore } from '../../stores/hours';
import { FormActions } from '../common/FormActions';
import { TimeField } from '../common/TimeField';

interface Props {
  opened: boolean;
  hireId: number;
  hireName: string;
  slot: { weekday: number; time: string };
  onClose: () => void;
}

/** When the weekly introducer time is booked in the calendar. */
export function SlotModal({ opened, onClose, ...props }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('hours.slot.title', { name: props.hireName })}>
      {opened && <SlotForm {...props} onClose={onClose} />}
    </Modal>
  );
}

function SlotForm({ hireId, slot, onClose }: Omit<Props, 'opened' | 'hireName'>) {
  const { t } = useTranslation();
  const { values, set, errors, saving, check, save } = useForm({ weekday: weekdayKey(slot.weekday), time: slot.time }, { notify: true });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = check(introducerSlotInput, { hireId, weekday: Number(values.weekday), time: values.time.trim() });
    if (!input || !(await save(() => useHoursStore.getState().setSlot(input.weekday, input.time)))) return;
    const when = t('hours.slot.value', { weekdays: t(`hours.weekdaysPlural.${values.weekday}`), time: input.time });
    notifySaved(t('hours.slot.saved', { when }));
    onClose();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('hours.slot.text')}</Text>
        <SimpleGrid cols={2}>
          <Select
            label={t('hours.slot.weekday')}
            data={WEEKDAYS.map((d) => ({ value: d, label: t(`hours.weekdays.${d}`) }))}
            value={values.weekday}
            onChange={(v) => v && set('weekday', weekdayKey(Number(v)))}
            allowDeselect={false}
            error={errors.weekday}
            data-autofocus
          />
          <TimeField
            label={t('hours.slot.time')}
            hint={t('hours.slot.timeHint')}
            value={values.time}
            onChange={(v) => set('time', v)}
            error={errors.time}
          />
        </SimpleGrid>
        <FormActions onCancel={onClose} saving={saving} submitLabel={t('hours.slot.save')} />
      </Stack>
    </form>
  );
}
