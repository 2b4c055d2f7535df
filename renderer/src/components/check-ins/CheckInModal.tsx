import { Checkbox, Group, Modal, Radio, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkInFields, type CheckInView } from '../../../../electron/shared/schemas/check-ins';
import { notifySaved } from '../../lib/notify';
import { useForm } from '../../lib/use-form';
import { useCheckInsStore } from '../../stores/check-ins';
import { DateField } from '../common/DateField';
import { FormActions } from '../common/FormActions';

interface Props {
  checkIn: CheckInView | null;
  hireName: string;
  today: string;
  onClose: () => void;
}

/** The talk as the manager writes it down with the hire: two scales, two questions, what they agreed. */
export function CheckInModal({ checkIn, hireName, today, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={checkIn !== null}
      onClose={onClose}
      size="lg"
      title={checkIn ? t('checkIns.dialog', { label: checkIn.label, name: hireName }) : ''}
    >
      {checkIn && <CheckInForm checkIn={checkIn} today={today} onClose={onClose} />}
    </Modal>
  );
}

const SCALE = ['1', '2', '3', '4', '5'];

function CheckInForm({ checkIn, today, onClose }: { checkIn: CheckInView; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const record = checkIn.record;
  const { values, set, errors, saving, check, save } = useForm(
    {
      heldOn: record?.heldOn ?? (checkIn.dueDate < today ? checkIn.dueDate : today),
      workload: record ? String(record.workload) : '',
      support: record ? String(record.support) : '',
      works: record?.works ?? '',
      change: record?.change ?? '',
      actions: record?.actions.join('\n') ?? '',
      toPlan: !record,
    },
    { notify: true },
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = check(checkInFields, {
      heldOn: values.heldOn,
      workload: Number(values.workload) || 0,
      support: Number(values.support) || 0,
      works: values.works,
      change: values.change,
      actions: values.actions
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      toPlan: values.toPlan,
    });
    if (!fields || !(await save(() => useCheckInsStore.getState().save(checkIn.checkpointId, fields)))) return;
    const added = fields.toPlan ? fields.actions.length : 0;
    notifySaved(added ? t('checkIns.savedWithItems', { count: added }) : t('checkIns.saved'));
    onClose();
  }

  const scale = (key: 'workload' | 'support') => (
    <Radio.Group
      label={t(`checkIns.${key}`)}
      description={t(`checkIns.${key}Hint`)}
      value={values[key]}
      onChange={(v) => set(key, v)}
      error={errors[key]}
      withAsterisk
    >
      <Group gap="md" mt="xs">
        {SCALE.map((n) => (
          <Radio key={n} value={n} label={n} />
        ))}
      </Group>
    </Radio.Group>
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <DateField
          label={t('checkIns.heldOn')}
          value={values.heldOn}
          onChange={(v) => set('heldOn', v)}
          error={errors.heldOn}
          withAsterisk
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {scale('workload')}
          {scale('support')}
        </SimpleGrid>
        <Textarea
          label={t('checkIns.works')}
          description={t('hours.clientHint')}
          autosize
          minRows={2}
          value={values.works}
          onChange={(e) => set('works', e.currentTarget.value)}
          error={errors.works}
        />
        <Textarea
          label={t('checkIns.change')}
          description={t('hours.clientHint')}
          autosize
          minRows={2}
          value={values.change}
          onChange={(e) => set('change', e.currentTarget.value)}
          error={errors.change}
        />
        <Textarea
          label={t('checkIns.actions')}
          description={`${t('checkIns.actionsHint')} ${t('hours.clientHint')}`}
          autosize
          minRows={2}
          value={values.actions}
          onChange={(e) => set('actions', e.currentTarget.value)}
          error={errors.actions ?? Object.entries(errors).find(([k]) => k.startsWith('actions.'))?.[1]}
        />
        <Checkbox label={t('checkIns.toPlan')} checked={values.toPlan} onChange={(e) => set('toPlan', e.currentTarget.checked)} />
        <FormActions onCancel={onClose} saving={saving} submitLabel={t('checkIns.save')} />
      </Stack>
    </form>
  );
}
