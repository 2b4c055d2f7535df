import { Stack, TextInput } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelSessionInput, holdSessionInput, type ReflectionSession } from '../../../../electron/shared/schemas/hours';
import type { HirePlan } from '../../../../electron/shared/schemas/plan';
import { dayDate } from '../../lib/dates';
import { useForm } from '../../lib/use-form';
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
  });
  const date = dayDate(session.date);
  const wasCancelled = session.status === 'cancelled' ? session.cancelReason : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = check(holdSessionInput, { sessionId: session.id, ...values });
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
