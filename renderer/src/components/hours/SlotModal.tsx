import { Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { introducerSlotInput } from '../../../../electron/shared/schemas/hours';
import { ApiError } from '../../api';
import { showError } from '../../lib/show-error';
import { validate, type FieldErrors } from '../../lib/validate';
import { useHoursStore } from '../../stores/hours';
import { FormActions } from '../FormActions';

export const WEEKDAYS = ['1', '2', '3', '4', '5'] as const;

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
  const [weekday, setWeekday] = useState(String(slot.weekday));
  const [time, setTime] = useState(slot.time);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(introducerSlotInput, { hireId, weekday: Number(weekday), time: time.trim() }, (key) => t(key as never));
    if (!checked.ok) return setErrors(checked.errors);
    setSaving(true);
    try {
      await useHoursStore.getState().setSlot(checked.data.weekday, checked.data.time);
      const when = t('hours.slot.value', { weekdays: t(`hours.weekdaysPlural.${weekday as (typeof WEEKDAYS)[number]}`), time: checked.data.time });
      notifications.show({ color: 'green', message: t('hours.slot.saved', { when }) });
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.payload.fields) setErrors(error.payload.fields);
      else showError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('hours.slot.text')}</Text>
        <SimpleGrid cols={2}>
          <Select
            label={t('hours.slot.weekday')}
            data={WEEKDAYS.map((d) => ({ value: d, label: t(`hours.weekdays.${d}`) }))}
            value={weekday}
            onChange={(v) => v && setWeekday(v)}
            allowDeselect={false}
            error={errors.weekday}
            data-autofocus
          />
          <TextInput
            label={t('hours.slot.time')}
            description={t('hours.slot.timeHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={time}
            onChange={(e) => {
              setTime(e.currentTarget.value);
              setErrors({});
            }}
            error={errors.time}
            autoComplete="off"
          />
        </SimpleGrid>
        <FormActions onCancel={onClose} saving={saving} submitLabel={t('hours.slot.save')} />
      </Stack>
    </form>
  );
}
