import { NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addSessionInput, moveSessionInput, type HireReflection, type ReflectionSession } from '../../../../electron/shared/schemas/hours';
import type { HirePlan } from '../../../../electron/shared/schemas/plan';
import { dayDate } from '../../lib/dates';
import { notifySaved } from '../../lib/notify';
import { useForm } from '../../lib/use-form';
import type { FieldErrors } from '../../lib/validate';
import { useReflectionStore } from '../../stores/reflection';
import { DateField } from '../common/DateField';
import { FormActions } from '../common/FormActions';
import { FormError } from '../common/FormError';
import { TimeField } from '../common/TimeField';
import { savedWithUndo } from './session-notices';

/** A session's date: a day off (weekend, holiday, the municipality's own) is warned about, never refused. */
function SessionDateField(props: {
  label: string;
  value: string;
  onChange: (iso: string) => void;
  error?: string;
  withAsterisk?: boolean;
}) {
  return <DateField {...props} dayOff="due" data-autofocus />;
}

/** Moves a planned session to another day or time. */
export function MoveForm({ session, onClose }: { session: ReflectionSession; onClose: () => void }) {
  const { t } = useTranslation();
  const { values, set, errors, formError, saving, check, save } = useForm({ date: session.date, time: session.time });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const time = values.time.trim();
    const same: FieldErrors = values.date === session.date && time === session.time ? { date: t('hours.reflection.moveDialog.same') } : {};
    const input = check(moveSessionInput, { sessionId: session.id, date: values.date, time }, same);
    if (!input || !(await save(() => useReflectionStore.getState().move(input.sessionId, input.date, input.time)))) return;
    onClose();
    savedWithUndo(t('hours.reflection.moveDialog.saved', { date: dayDate(input.date), time: input.time }), () =>
      useReflectionStore.getState().move(session.id, session.date, session.time),
    );
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <FormError error={formError} />
        <SimpleGrid cols={2}>
          <SessionDateField
            label={t('hours.reflection.moveDialog.date')}
            value={values.date}
            onChange={(iso) => set('date', iso)}
            error={errors.date}
          />
          <TimeField
            label={t('hours.reflection.moveDialog.time')}
            hint={t('hours.reflection.moveDialog.timeHint')}
            value={values.time}
            onChange={(v) => set('time', v)}
            error={errors.time}
          />
        </SimpleGrid>
        <FormActions submitLabel={t('hours.reflection.moveDialog.submit')} saving={saving} onCancel={onClose} />
      </Stack>
    </form>
  );
}

/** An extra session the programme's cadence does not give. */
export function AddForm({ plan, reflection, onClose }: { plan: HirePlan; reflection: HireReflection; onClose: () => void }) {
  const { t } = useTranslation();
  const usual = reflection.sessions.find((s) => !s.extra)?.durationMinutes ?? 90;
  const { values, set, errors, formError, saving, check, save } = useForm({
    date: plan.today < plan.hire.startDate ? plan.hire.startDate : plan.today,
    time: reflection.time,
    durationMinutes: usual as number | string,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { durationMinutes } = values;
    const input = check(addSessionInput, {
      hireId: plan.hire.id,
      date: values.date,
      time: values.time.trim(),
      durationMinutes: typeof durationMinutes === 'number' ? durationMinutes : Number.NaN,
    });
    if (!input) return;
    const { hireId: _hire, ...session } = input;
    if (!(await save(() => useReflectionStore.getState().add(session)))) return;
    onClose();
    notifySaved(t('hours.reflection.addDialog.saved', { date: dayDate(session.date), time: session.time }));
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('hours.reflection.addDialog.text')}</Text>
        <FormError error={formError} />
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <SessionDateField
            label={t('hours.reflection.addDialog.date')}
            value={values.date}
            onChange={(iso) => set('date', iso)}
            error={errors.date}
            withAsterisk
          />
          <TimeField
            label={t('hours.reflection.addDialog.time')}
            value={values.time}
            onChange={(v) => set('time', v)}
            error={errors.time}
            withAsterisk
          />
          <NumberInput
            label={t('hours.reflection.addDialog.duration')}
            value={values.durationMinutes}
            onChange={(v) => set('durationMinutes', v)}
            error={errors.durationMinutes}
            min={15}
            max={480}
            step={15}
            allowDecimal={false}
            withAsterisk
          />
        </SimpleGrid>
        <FormActions submitLabel={t('hours.reflection.addDialog.submit')} saving={saving} onCancel={onClose} />
      </Stack>
    </form>
  );
}
