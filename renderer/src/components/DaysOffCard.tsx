import { Button, Group, Table, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayOff } from '../../../electron/shared/rules/calendar';
import { contract } from '../../../electron/shared/contract';
import { ApiError } from '../api';
import { dayDate, weekNumber } from '../lib/dates';
import { showError } from '../lib/show-error';
import { validate, type FieldErrors } from '../lib/validate';
import { useDaysOffStore } from '../stores/days-off';
import { DateField } from './plan/DateField';
import { SectionCard } from './SectionCard';

/** Egna lediga dagar: the municipality's own days off, which plans skip like public holidays. */
export function DaysOffCard() {
  const { t } = useTranslation();
  const days = useDaysOffStore((s) => s.days);
  const status = useDaysOffStore((s) => s.status);
  const { load, save, remove } = useDaysOffStore.getState();
  const [date, setDate] = useState('');
  const [label, setLabel] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => void load(), [load]);

  async function add(event: FormEvent) {
    event.preventDefault();
    const checked = validate(contract['settings:save-day-off'].input, { date, label }, (key) => t(key as never));
    if (!checked.ok) return setErrors(checked.errors);
    setSaving(true);
    try {
      await save(checked.data);
      notifications.show({ color: 'green', message: t('hires.daysOff.added', { label: checked.data.label, date: dayDate(checked.data.date) }) });
      setDate('');
      setLabel('');
    } catch (error) {
      if (error instanceof ApiError && error.payload.fields) setErrors(error.payload.fields);
      showError(error);
    } finally {
      setSaving(false);
    }
  }

  const confirmRemove = (day: DayOff) =>
    modals.openConfirmModal({
      title: t('hires.daysOff.removeTitle', { label: day.label }),
      children: <Text size="sm">{t('hires.daysOff.removeText', { label: day.label, date: dayDate(day.date) })}</Text>,
      labels: { confirm: t('common.remove'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void remove(day.date).then(
          () => notifications.show({ color: 'green', message: t('hires.daysOff.removed', { label: day.label }) }),
          showError,
        ),
    });

  return (
    <SectionCard headingId="days-off-heading" title={t('hires.daysOff.title')} intro={t('hires.daysOff.intro')}>
      {status === 'ready' && days.length === 0 && <Text size="sm">{t('hires.daysOff.none')}</Text>}
      {days.length > 0 && (
        <Table verticalSpacing="xs" aria-labelledby="days-off-heading" maw={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('hires.daysOff.date')}</Table.Th>
              <Table.Th>{t('hires.daysOff.label')}</Table.Th>
              <Table.Th>
                <span className="visually-hidden">{t('common.remove')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {days.map((day) => (
              <Table.Tr key={day.date}>
                <Table.Td className="nowrap">
                  {dayDate(day.date)} ({t('hires.dates.week', { week: weekNumber(day.date) })})
                </Table.Td>
                <Table.Td>{day.label}</Table.Td>
                <Table.Td align="right">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    aria-label={t('hires.daysOff.remove', { label: day.label, date: dayDate(day.date) })}
                    onClick={() => confirmRemove(day)}
                  >
                    {t('common.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form onSubmit={(e) => void add(e)} noValidate aria-label={t('hires.daysOff.addForm')}>
        <Group align="flex-start" gap="sm" mt="xs">
          <DateField label={t('hires.daysOff.date')} value={date} onChange={(iso) => {
              setDate(iso);
              setErrors({});
            }} error={errors.date} />
          <TextInput
            label={t('hires.daysOff.label')}
            placeholder={t('hires.daysOff.labelHint')}
            value={label}
            onChange={(e) => {
              setLabel(e.currentTarget.value);
              setErrors({});
            }}
            error={errors.label}
            w={280}
          />
          <Button type="submit" mt={25} loading={saving} leftSection={<IconPlus size={16} aria-hidden />}>
            {t('hires.daysOff.add')}
          </Button>
        </Group>
      </form>
    </SectionCard>
  );
}
