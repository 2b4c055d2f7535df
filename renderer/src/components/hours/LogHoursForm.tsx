import { Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconClockPlus } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { logHoursInput } from '../../../../electron/shared/schemas/hours';
import type { HirePlan } from '../../../../electron/shared/schemas/plan';
import { ApiError } from '../../api';
import { dayDate } from '../../lib/dates';
import { showError } from '../../lib/show-error';
import { validate, type FieldErrors } from '../../lib/validate';
import { useHoursStore } from '../../stores/hours';
import { useStaffStore } from '../../stores/staff';
import { DateField } from '../plan/DateField';
import { clientHint } from './ClientHint';
import { formatMinutes, parseDuration } from './duration';

/** Main names the duration "minutes"; the form calls it "duration". */
const fieldOf = (key: string) => (key === 'minutes' ? 'duration' : key);

/** "Logga tid": date (today), duration as typed, what it was used for, who (the introducer). */
export function LogHoursForm({ plan }: { plan: HirePlan }) {
  const { t } = useTranslation();
  const { hire, today } = plan;
  const people = useStaffStore((s) => s.people);
  const defaultPerson = hire.introducer ? String(hire.introducer.id) : null;
  const [values, setValues] = useState({ date: today, duration: '', purpose: '', personId: defaultPerson });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const durationRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (useStaffStore.getState().status === 'idle') void useStaffStore.getState().load();
  }, []);

  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors(({ [key]: _cleared, ...rest }) => rest);
  };

  // The introducer first, then everyone else in the directory (someone may stand in).
  const introducers = people.filter((p) => p.roles.includes('introducer'));
  const options = [...introducers, ...people.filter((p) => !p.roles.includes('introducer'))].map((p) => ({ value: String(p.id), label: p.name }));
  if (hire.introducer && !options.some((o) => o.value === defaultPerson)) options.unshift({ value: String(hire.introducer.id), label: hire.introducer.name });

  const minutes = parseDuration(values.duration);
  const durationDescription = minutes !== null && minutes > 0 ? t('hours.log.durationMeans', { duration: formatMinutes(minutes) }) : t('hours.log.durationHint');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!values.duration.trim()) found.duration = t('validation.required');
    else if (minutes === null) found.duration = t('hours.log.durationUnreadable');
    const checked = validate(
      logHoursInput,
      { hireId: hire.id, date: values.date, minutes: minutes ?? 1, purpose: values.purpose, personId: values.personId ? Number(values.personId) : undefined },
      (key) => t(key as never),
    );
    if (!checked.ok) for (const [key, text] of Object.entries(checked.errors)) found[fieldOf(key)] ??= key === 'personId' ? t('validation.required') : text;
    if (!checked.ok || Object.keys(found).length > 0) return setErrors(found);
    const { hireId: _hire, ...fields } = checked.data;
    setSaving(true);
    try {
      await useHoursStore.getState().log(fields);
      notifications.show({ color: 'green', message: t('hours.log.saved', { duration: formatMinutes(fields.minutes), date: dayDate(fields.date) }) });
      setValues((v) => ({ ...v, duration: '', purpose: '' }));
      setErrors({});
      durationRef.current?.focus();
    } catch (error) {
      if (error instanceof ApiError && error.payload.fields) {
        setErrors(Object.fromEntries(Object.entries(error.payload.fields).map(([key, text]) => [fieldOf(key), text])));
      } else {
        showError(error);
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="log-hours-title">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="log-hours-title">
            {t('hours.log.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <DateField label={t('hours.log.date')} value={values.date} onChange={(iso) => set('date', iso)} error={errors.date} withAsterisk />
            <TextInput
              ref={durationRef}
              label={t('hours.log.duration')}
              description={durationDescription}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              value={values.duration}
              onChange={(e) => set('duration', e.currentTarget.value)}
              error={errors.duration}
              withAsterisk
              autoComplete="off"
            />
          </SimpleGrid>
          <TextInput
            label={t('hours.log.purpose')}
            placeholder={t('hours.log.purposePlaceholder')}
            {...clientHint}
            value={values.purpose}
            onChange={(e) => set('purpose', e.currentTarget.value)}
            error={errors.purpose}
            maxLength={500}
            autoComplete="off"
          />
          <Select
            label={t('hours.log.person')}
            data={options}
            value={values.personId}
            onChange={(v) => set('personId', v)}
            error={errors.personId}
            allowDeselect={false}
            searchable
            withAsterisk
          />
          <Group justify="flex-end">
            <Button type="submit" loading={saving} leftSection={<IconClockPlus size={16} aria-hidden />}>
              {t('hours.log.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
