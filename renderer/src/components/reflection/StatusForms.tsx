import { Alert, Checkbox, Stack, TextInput } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelSessionInput, holdSessionInput, type ReflectionSession } from '../../../../electron/shared/schemas/hours';
import type { HirePlan } from '../../../../electron/shared/schemas/plan';
import { dayDate } from '../../lib/dates';
import { useForm } from '../../lib/use-form';
import type { FieldErrors } from '../../lib/validate';
import { useReflectionStore } from '../../stores/reflection';
import { clientHint } from '../common/ClientHint';
import { FormActions } from '../common/FormActions';
import { FormError } from '../common/FormError';
import { FreeTextArea } from '../common/FreeTextArea';
import { savedWithUndo } from './session-notices';

/** Marks a session held, with who took part and what it was about. */
export function HoldForm({ session, plan, onClose }: { session: ReflectionSession; plan: HirePlan; onClose: () => void }) {
  const { t } = useTranslation();
  const { values, set, errors, formError, saving, check, save } = useForm({
    attendees: session.attendees || [plan.hire.name, plan.hire.introducer?.name].filter(Boolean).join(', '),
    theme: session.theme,
    confirmFuture: false,
  });
  const date = dayDate(session.date);
  const wasCancelled = session.status === 'cancelled' ? session.cancelReason : null;
  // A session ahead marked held is usually a slip of the menu; it takes a deliberate tick.
  const future = session.date > plan.today;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const unconfirmed: FieldErrors =
      future && !values.confirmFuture ? { confirmFuture: t('hours.reflection.holdDialog.confirmFutureRequired') } : {};
    const input = check(holdSessionInput, { sessionId: session.id, attendees: values.attendees, theme: values.theme }, unconfirmed);
    if (!input || !(await save(() => useReflectionStore.getState().markHeld(input.sessionId, input.attendees, input.theme)))) return;
    onClose();
    const store = useReflectionStore.getState();
    savedWithUndo(t('hours.reflection.holdDialog.saved', { date }), () =>
      wasCancelled ? store.cancel(session.id, wasCancelled) : store.reopen(session.id),
    );
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <FormError error={formError} />
        {future && (
          <Alert color="yellow" p="xs">
            {t('hours.reflection.holdDialog.future', { date })}
          </Alert>
        )}
        {future && (
          <Checkbox
            label={t('hours.reflection.holdDialog.confirmFuture')}
            checked={values.confirmFuture}
            onChange={(e) => set('confirmFuture', e.currentTarget.checked)}
            error={errors.confirmFuture}
          />
        )}
        <FreeTextArea
          label={t('hours.reflection.holdDialog.attendees')}
          placeholder={t('hours.reflection.holdDialog.attendeesPlaceholder')}
          value={values.attendees}
          onChange={(v) => set('attendees', v)}
          error={errors.attendees}
        />
        <TextInput
          label={t('hours.reflection.holdDialog.theme')}
          placeholder={t('hours.reflection.holdDialog.themePlaceholder')}
          {...clientHint}
          value={values.theme}
          onChange={(e) => set('theme', e.currentTarget.value)}
          error={errors.theme}
          maxLength={500}
          autoComplete="off"
        />
        <FormActions submitLabel={t('hours.reflection.holdDialog.submit')} saving={saving} onCancel={onClose} />
      </Stack>
    </form>
  );
}

/** Cancels a session, with the reason. */
export function CancelForm({ session, onClose }: { session: ReflectionSession; onClose: () => void }) {
  const { t } = useTranslation();
  const { values, set, errors, formError, saving, check, save } = useForm({ reason: '' });
  const date = dayDate(session.date);
  const held = session.status === 'held' ? session : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = check(cancelSessionInput, { sessionId: session.id, reason: values.reason });
    if (!input || !(await save(() => useReflectionStore.getState().cancel(input.sessionId, input.reason)))) return;
    onClose();
    const store = useReflectionStore.getState();
    savedWithUndo(t('hours.reflection.cancelDialog.saved', { date }), () =>
      held ? store.markHeld(held.id, held.attendees, held.theme) : store.reopen(session.id),
    );
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <FormError error={formError} />
        <FreeTextArea
          label={t('hours.reflection.cancelDialog.reason')}
          placeholder={t('hours.reflection.cancelDialog.reasonPlaceholder')}
          value={values.reason}
          onChange={(v) => set('reason', v)}
          error={errors.reason}
          withAsterisk
        />
        <FormActions submitLabel={t('hours.reflection.cancelDialog.submit')} saving={saving} onCancel={onClose} />
      </Stack>
    </form>
  );
}
