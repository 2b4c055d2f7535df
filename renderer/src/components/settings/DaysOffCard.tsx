import { Button, Group, Table, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../electron/shared/contract';
import type { DayOff } from '../../../../electron/shared/rules/calendar';
import { dayDate, weekNumber } from '../../lib/dates';
import { notifySaved } from '../../lib/notify';
import { showError } from '../../lib/show-error';
import { useForm } from '../../lib/use-form';
import { useDaysOffStore } from '../../stores/days-off';
import { DateField } from '../common/DateField';
import { HiddenHead } from '../common/HiddenHead';
import { SectionCard } from '../common/SectionCard';

/** Egna lediga dagar: the municipality's own days off, which plans skip like public holidays. */
export function DaysOffCard() {
  const { t } = useTranslation();
  const { data: days, status } = useDaysOffStore((s) => s.days);
  const { load, save, remove } = useDaysOffStore.getState();
  const form = useForm({ date: '', label: '' }, { notify: true });

  useEffect(() => void load(), [load]);

  async function add(event: FormEvent) {
    event.preventDefault();
    const day = form.check(contract['settings:save-day-off'].input, form.values);
    if (!day || !(await form.save(() => save(day)))) return;
    notifySaved(t('hires.daysOff.added', { label: day.label, date: dayDate(day.date) }));
    form.patch({ date: '', label: '' });
  }

  const confirmRemove = (day: DayOff) =>
    modals.openConfirmModal({
      title: t('hires.daysOff.removeTitle', { label: day.label }),
      children: <Text size="sm">{t('hires.daysOff.removeText', { label: day.label, date: dayDate(day.date) })}</Text>,
      labels: { confirm: t('common.remove'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void remove(day.date).then(() => notifySaved(t('hires.daysOff.removed', { label: day.label })), showError),
    });

  return (
    <SectionCard headingId="days-off-heading" title={t('hires.daysOff.title')} intro={t('hires.daysOff.intro')}>
      <Text size="sm" maw={720}>
        {t('hires.daysOff.reexport')}
      </Text>
      {status === 'ready' && days.length === 0 && <Text size="sm">{t('hires.daysOff.none')}</Text>}
      {days.length > 0 && (
        <Table verticalSpacing="xs" aria-labelledby="days-off-heading" maw={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('hires.daysOff.date')}</Table.Th>
              <Table.Th>{t('hires.daysOff.label')}</Table.Th>
              <HiddenHead label={t('common.remove')} />
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
          <DateField
            label={t('hires.daysOff.date')}
            value={form.values.date}
            onChange={(iso) => form.set('date', iso)}
            error={form.errors.date}
          />
          <TextInput
            label={t('hires.daysOff.label')}
            placeholder={t('hires.daysOff.labelHint')}
            value={form.values.label}
            onChange={(e) => form.set('label', e.currentTarget.value)}
            error={form.errors.label}
            w={280}
          />
          <Button type="submit" mt={25} loading={form.saving} leftSection={<IconPlus size={16} aria-hidden />}>
            {t('hires.daysOff.add')}
          </Button>
        </Group>
      </form>
    </SectionCard>
  );
}
