import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { substituteFields } from '../../../../electron/shared/schemas/hours';
import { dayDate } from '../../lib/dates';
import { notifySaved } from '../../lib/notify';
import { peopleByRole } from '../../lib/person-options';
import { useForm } from '../../lib/use-form';
import { useHoursStore } from '../../stores/hours';
import { useStaffStore } from '../../stores/staff';
import { DateField } from '../common/DateField';
import { FormActions } from '../common/FormActions';

interface Props {
  opened: boolean;
  introducerId: number | null;
  today: string;
  onClose: () => void;
}

/** Names someone to stand in for the introducer from one day to another. */
export function SubstituteModal({ opened, onClose, ...props }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('hours.substitute.dialog')}>
      {opened && <SubstituteForm {...props} onClose={onClose} />}
    </Modal>
  );
}

function SubstituteForm({ introducerId, today, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const people = useStaffStore((s) => s.people.data);
  useEffect(() => void useStaffStore.getState().load(), []);
  const { values, set, errors, saving, check, save } = useForm(
    { personId: null as string | null, fromDate: today, toDate: '', note: '' },
    { notify: true },
  );
  // Introducers first; the hire's own introducer cannot stand in for themselves.
  const options = peopleByRole(
    people.filter((p) => p.id !== introducerId),
    'introducer',
    t,
  ).map((g) => ({ group: g.group, items: g.items.map((i) => ({ value: String(i.value), label: i.label })) }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = check(
      substituteFields,
      {
        personId: values.personId ? Number(values.personId) : 0,
        fromDate: values.fromDate,
        toDate: values.toDate,
        note: values.note,
      },
      values.personId ? {} : { personId: t('hours.substitute.choose') },
    );
    if (!fields) return;
    if (!(await save(() => useHoursStore.getState().addSubstitute(fields)))) return;
    const name = people.find((p) => p.id === fields.personId)?.name ?? '';
    notifySaved(t('hours.substitute.saved', { name, from: dayDate(fields.fromDate), to: dayDate(fields.toDate) }));
    onClose();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Select
          label={t('hours.substitute.person')}
          data={options}
          value={values.personId}
          onChange={(v) => set('personId', v)}
          error={errors.personId}
          withAsterisk
          searchable
          data-autofocus
        />
        <SimpleGrid cols={2}>
          <DateField
            label={t('hours.substitute.from')}
            value={values.fromDate}
            onChange={(v) => set('fromDate', v)}
            error={errors.fromDate}
            withAsterisk
          />
          <DateField
            label={t('hours.substitute.to')}
            value={values.toDate}
            onChange={(v) => set('toDate', v)}
            error={errors.toDate}
            withAsterisk
          />
        </SimpleGrid>
        <TextInput
          label={t('hours.substitute.note')}
          description={t('hours.clientHint')}
          value={values.note}
          onChange={(e) => set('note', e.currentTarget.value)}
          error={errors.note}
        />
        <FormActions onCancel={onClose} saving={saving} submitLabel={t('hours.substitute.save')} />
      </Stack>
    </form>
  );
}
