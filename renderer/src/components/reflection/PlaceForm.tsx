import { Select, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionPlaceInput, type ReflectionSession } from '../../../../electron/shared/schemas/hours';
import { REFLECTION_PLACE_MAX } from '../../../../electron/shared/schemas/template';
import { dayDate } from '../../lib/dates';
import { peopleByRole } from '../../lib/person-options';
import { useForm } from '../../lib/use-form';
import type { FieldErrors } from '../../lib/validate';
import { useReflectionStore } from '../../stores/reflection';
import { useStaffStore } from '../../stores/staff';
import { clientHint } from '../common/ClientHint';
import { FormActions } from '../common/FormActions';
import { FormError } from '../common/FormError';
import { savedWithUndo } from './session-notices';

/** Where a session is held and who leads it (introducers first, then everyone in the directory). */
export function PlaceForm({ session, onClose }: { session: ReflectionSession; onClose: () => void }) {
  const { t } = useTranslation();
  const people = useStaffStore((s) => s.people.data);
  const { values, set, errors, formError, saving, check, save } = useForm({ place: session.place, leaderId: session.leader?.id ?? 0 });

  useEffect(() => {
    if (useStaffStore.getState().people.status === 'idle') void useStaffStore.getState().load();
  }, []);

  // A leader removed from the directory since stays selectable under their name, so the form shows who it is.
  const groups = peopleByRole(people, 'introducer', t);
  const known = people.some((p) => p.id === session.leader?.id);
  const leaders = [
    { value: 0, label: t('hours.reflection.placeDialog.noLeader') },
    ...(session.leader && !known ? [{ value: session.leader.id, label: session.leader.name }] : []),
    ...groups,
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const place = values.place.trim();
    const leaderId = values.leaderId || null;
    const same: FieldErrors =
      place === session.place && leaderId === (session.leader?.id ?? null) ? { place: t('hours.reflection.placeDialog.same') } : {};
    const input = check(sessionPlaceInput, { sessionId: session.id, place, leaderId }, same);
    if (!input || !(await save(() => useReflectionStore.getState().setPlace(input.sessionId, input.place, input.leaderId)))) return;
    onClose();
    savedWithUndo(t('hours.reflection.placeDialog.saved', { date: dayDate(session.date) }), () =>
      useReflectionStore.getState().setPlace(session.id, session.place, session.leader?.id ?? null),
    );
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('hours.reflection.placeDialog.text')}</Text>
        <FormError error={formError} />
        <TextInput
          label={t('hours.reflection.placeDialog.place')}
          placeholder={t('hours.reflection.placeDialog.placePlaceholder')}
          {...clientHint}
          value={values.place}
          onChange={(e) => set('place', e.currentTarget.value)}
          error={errors.place}
          maxLength={REFLECTION_PLACE_MAX}
          autoComplete="off"
          data-autofocus
        />
        <Select<number>
          label={t('hours.reflection.placeDialog.leader')}
          data={leaders}
          value={values.leaderId}
          onChange={(id) => set('leaderId', id ?? 0)}
          error={errors.leaderId}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('hours.reflection.placeDialog.nobodyFound')}
        />
        <FormActions submitLabel={t('hours.reflection.placeDialog.submit')} saving={saving} onCancel={onClose} />
      </Stack>
    </form>
  );
}
