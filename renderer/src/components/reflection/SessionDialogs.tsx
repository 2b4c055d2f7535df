import { Modal, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { addSessionInput, cancelSessionInput, holdSessionInput, moveSessionInput, type HireReflection, type ReflectionSession } from '../../../../electron/shared/schemas/hours';
import type { HirePlan } from '../../../../electron/shared/schemas/plan';
import { ApiError } from '../../api';
import { dayDate } from '../../lib/dates';
import { showError } from '../../lib/show-error';
import { validate, type FieldErrors } from '../../lib/validate';
import { useReflectionStore } from '../../stores/reflection';
import { clientHint } from '../hours/ClientHint';
import { DateField } from '../plan/DateField';
import { notifyUndo } from '../../lib/notify';
import { FormActions } from '../FormActions';
import { FormError } from '../FormError';

export type SessionDialog = { kind: 'hold' | 'move' | 'cancel'; session: ReflectionSession } | { kind: 'add' };

const UNDER: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error'];

/** Makes a session planned again, with main's answer as the notification. */
export function reopenSession(session: ReflectionSession, t: TFunction) {
  useReflectionStore
    .getState()
    .reopen(session.id)
    .then(() => notifications.show({ color: 'green', message: t('hours.reflection.reopened', { date: dayDate(session.date) }) }), showError);
}

/** A saved change, with "Ångra" that puts the session back as it was. */
function savedWithUndo(message: string, undo: () => Promise<unknown>) {
  notifyUndo(message, () => void undo().catch(showError), 'teal');
}

/** The shared form body: validates with the contract schema, shows main's field messages, reports the rest. */
function useSessionForm<S extends z.ZodType>(schema: S) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const clear = (key: string) => setErrors(({ [key]: _cleared, ...rest }) => rest);
  /** Value, change handler and error of a field; a change clears that field's error. */
  const bind = <T,>(key: string, value: T, setValue: (v: T) => void) => ({
    value,
    onChange: (v: T) => {
      setValue(v);
      clear(key);
    },
    error: errors[key],
  });
  /** The same for a text input, whose change is an event. */
  const text = (key: string, value: string, setValue: (v: string) => void) => {
    const bound = bind(key, value, setValue);
    return { ...bound, onChange: (e: { currentTarget: { value: string } }) => bound.onChange(e.currentTarget.value) };
  };
  const submit = async (values: unknown, save: (data: z.output<S>) => Promise<unknown>, extra: FieldErrors = {}) => {
    const checked = validate(schema, values, (key) => t(key as never));
    const found = { ...extra, ...(checked.ok ? {} : checked.errors) };
    if (!checked.ok || Object.keys(found).length > 0) return void setErrors(found);
    setSaving(true);
    setFormError(undefined);
    try {
      await save(checked.data);
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.payload.fields) setErrors(error.payload.fields);
      else if (error instanceof ApiError && error.payload.code === 'no-user') showError(error);
      else setFormError(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };
  return { bind, text, formError, saving, submit };
}

/** A date field that warns, without refusing, when the chosen day is a Saturday or Sunday. */
function SessionDateField({ value, onChange, ...rest }: { label: string; value: string; onChange: (iso: string) => void; error?: string; withAsterisk?: boolean }) {
  const { t } = useTranslation();
  const weekend = value && isWeekend(value) ? <Text component="span" size="xs" c="orange.9">{t('hours.reflection.moveDialog.weekend')}</Text> : undefined;
  return <DateField {...rest} value={value} onChange={onChange} description={weekend} data-autofocus />;
}

function HoldForm({ session, plan, onClose }: { session: ReflectionSession; plan: HirePlan; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useSessionForm(holdSessionInput);
  const [attendees, setAttendees] = useState(session.attendees || [plan.hire.name, plan.hire.introducer?.name].filter(Boolean).join(', '));
  const [theme, setTheme] = useState(session.theme);
  const date = dayDate(session.date);
  const wasCancelled = session.status === 'cancelled' ? session.cancelReason : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await form.submit({ sessionId: session.id, attendees, theme }, (d) => useReflectionStore.getState().markHeld(d.sessionId, d.attendees, d.theme));
    if (!saved) return;
    onClose();
    const store = useReflectionStore.getState();
    savedWithUndo(t('hours.reflection.holdDialog.saved', { date }), () => (wasCancelled ? store.cancel(session.id, wasCancelled) : store.reopen(session.id)));
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <FormError text={form.formError} />
        <Textarea
          label={t('hours.reflection.holdDialog.attendees')}
          placeholder={t('hours.reflection.holdDialog.attendeesPlaceholder')}
          {...clientHint}
          {...form.text('attendees', attendees, setAttendees)}
          autosize
          minRows={2}
          maxLength={500}
          data-autofocus
        />
        <TextInput
          label={t('hours.reflection.holdDialog.theme')}
          placeholder={t('hours.reflection.holdDialog.themePlaceholder')}
          {...clientHint}
          {...form.text('theme', theme, setTheme)}
          maxLength={500}
          autoComplete="off"
        />
        <FormActions submitLabel={t('hours.reflection.holdDialog.submit')} saving={form.saving} onCancel={onClose} />
      </Stack>
    </form>
  );
}

const isWeekend = (iso: string) => [0, 6].includes(dayjs(iso).day());

function MoveForm({ session, onClose }: { session: ReflectionSession; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useSessionForm(moveSessionInput);
  const [date, setDate] = useState(session.date);
  const [time, setTime] = useState(session.time);
  const from = { date: session.date, time: session.time };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const same: FieldErrors = date === session.date && time.trim() === session.time ? { date: t('hours.reflection.moveDialog.same') } : {};
    const saved = await form.submit({ sessionId: session.id, date, time: time.trim() }, (d) => useReflectionStore.getState().move(d.sessionId, d.date, d.time), same);
    if (!saved) return;
    onClose();
    savedWithUndo(
      t('hours.reflection.moveDialog.saved', { date: dayDate(date), time: time.trim() }),
      () => useReflectionStore.getState().move(session.id, from.date, from.time),
    );
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <FormError text={form.formError} />
        <SimpleGrid cols={2}>
          <SessionDateField label={t('hours.reflection.moveDialog.date')} {...form.bind('date', date, setDate)} />
          <TextInput
            label={t('hours.reflection.moveDialog.time')}
            description={t('hours.reflection.moveDialog.timeHint')}
            inputWrapperOrder={UNDER}
            {...form.text('time', time, setTime)}
            autoComplete="off"
          />
        </SimpleGrid>
        <FormActions submitLabel={t('hours.reflection.moveDialog.submit')} saving={form.saving} onCancel={onClose} />
      </Stack>
    </form>
  );
}

function CancelForm({ session, onClose }: { session: ReflectionSession; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useSessionForm(cancelSessionInput);
  const [reason, setReason] = useState('');
  const date = dayDate(session.date);
  const held = session.status === 'held' ? session : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await form.submit({ sessionId: session.id, reason }, (d) => useReflectionStore.getState().cancel(d.sessionId, d.reason));
    if (!saved) return;
    onClose();
    const store = useReflectionStore.getState();
    savedWithUndo(t('hours.reflection.cancelDialog.saved', { date }), () => (held ? store.markHeld(held.id, held.attendees, held.theme) : store.reopen(session.id)));
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <FormError text={form.formError} />
        <Textarea
          label={t('hours.reflection.cancelDialog.reason')}
          placeholder={t('hours.reflection.cancelDialog.reasonPlaceholder')}
          {...clientHint}
          {...form.text('reason', reason, setReason)}
          withAsterisk
          autosize
          minRows={2}
          maxLength={500}
          data-autofocus
        />
        <FormActions submitLabel={t('hours.reflection.cancelDialog.submit')} saving={form.saving} onCancel={onClose} />
      </Stack>
    </form>
  );
}

function AddForm({ plan, reflection, onClose }: { plan: HirePlan; reflection: HireReflection; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useSessionForm(addSessionInput);
  const usual = reflection.sessions.find((s) => !s.extra)?.durationMinutes ?? 90;
  const [date, setDate] = useState(plan.today < plan.hire.startDate ? plan.hire.startDate : plan.today);
  const [time, setTime] = useState(reflection.time);
  const [duration, setDuration] = useState<number | string>(usual);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const values = { hireId: plan.hire.id, date, time: time.trim(), durationMinutes: typeof duration === 'number' ? duration : Number.NaN };
    const saved = await form.submit(values, ({ hireId: _hire, ...session }) => useReflectionStore.getState().add(session));
    if (!saved) return;
    onClose();
    notifications.show({ color: 'green', message: t('hours.reflection.addDialog.saved', { date: dayDate(date), time: time.trim() }) });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('hours.reflection.addDialog.text')}</Text>
        <FormError text={form.formError} />
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <SessionDateField label={t('hours.reflection.addDialog.date')} {...form.bind('date', date, setDate)} withAsterisk />
          <TextInput
            label={t('hours.reflection.addDialog.time')}
            {...form.text('time', time, setTime)}
            withAsterisk
            autoComplete="off"
          />
          <NumberInput
            label={t('hours.reflection.addDialog.duration')}
            {...form.bind('durationMinutes', duration, setDuration)}
            min={15}
            max={480}
            step={15}
            allowDecimal={false}
            withAsterisk
          />
        </SimpleGrid>
        <FormActions submitLabel={t('hours.reflection.addDialog.submit')} saving={form.saving} onCancel={onClose} />
      </Stack>
    </form>
  );
}

/** One modal for whichever session dialog is open. */
export function SessionDialogs({ dialog: open, plan, reflection, onClose }: { dialog: SessionDialog | null; plan: HirePlan; reflection: HireReflection; onClose: () => void }) {
  const { t } = useTranslation();
  // The last dialog stays rendered while the modal fades out, so its title does not blink away.
  const [last, setLast] = useState(open);
  if (open && open !== last) setLast(open);
  const dialog = open ?? last;
  let title = '';
  let body: ReactNode = null;
  if (dialog?.kind === 'add') {
    title = t('hours.reflection.addDialog.title');
    body = <AddForm plan={plan} reflection={reflection} onClose={onClose} />;
  } else if (dialog) {
    const date = dayDate(dialog.session.date);
    const key = `${dialog.kind}-${dialog.session.id}`;
    if (dialog.kind === 'hold') {
      title = t('hours.reflection.holdDialog.title', { date });
      body = <HoldForm key={key} session={dialog.session} plan={plan} onClose={onClose} />;
    } else if (dialog.kind === 'move') {
      title = t('hours.reflection.moveDialog.title', { date });
      body = <MoveForm key={key} session={dialog.session} onClose={onClose} />;
    } else {
      title = t('hours.reflection.cancelDialog.title', { date });
      body = <CancelForm key={key} session={dialog.session} onClose={onClose} />;
    }
  }
  return (
    <Modal opened={open !== null} onClose={onClose} title={title} size={dialog?.kind === 'add' ? 'lg' : 'md'}>
      {body}
    </Modal>
  );
}
