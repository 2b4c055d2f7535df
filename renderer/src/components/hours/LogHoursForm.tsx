import { Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { IconClockPlus } from '@tabler/icons-react';
import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMinutes } from '../../../../electron/shared/rules/duration';
import { logHoursInput } from '../../../../electron/shared/schemas/hours';
import type { HirePlan } from '../../../../electron/shared/schemas/plan';
import { dayDate } from '../../lib/dates';
import { parseDuration } from '../../lib/duration';
import { notifySaved } from '../../lib/notify';
import { personLabel } from '../../lib/person-options';
import { useForm } from '../../lib/use-form';
import type { FieldErrors } from '../../lib/validate';
import { useHoursStore } from '../../stores/hours';
import { useStaffStore } from '../../stores/staff';
import { clientHint, HINT_UNDER_FIELD } from '../common/ClientHint';
import { DateField } from '../common/DateField';

/** Main names the duration "minutes"; the form calls it "duration". */
const fieldName = (path: string) => (path === 'minutes' ? 'duration' : path);

/** "Logga tid": date (today), duration as typed, what it was used for, who (the introducer, or today's substitute). */
export function LogHoursForm({ plan }: { plan: HirePlan }) {
  const { t } = useTranslation();
  const { hire, today } = plan;
  const people = useStaffStore((s) => s.people.data);
  const standsIn = hire.substitute?.person ?? hire.introducer;
  const defaultPerson = standsIn ? String(standsIn.id) : null;
  const { values, set, patch, errors, saving, check, save } = useForm(
    { date: today, duration: '', purpose: '', personId: defaultPerson },
    { notify: true, fieldName },
  );
  const durationRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (useStaffStore.getState().people.status === 'idle') void useStaffStore.getState().load();
  }, []);

  // The introducer first, then everyone else in the directory (someone may stand in).
  const introducers = people.filter((p) => p.roles.includes('introducer'));
  const options = [...introducers, ...people.filter((p) => !p.roles.includes('introducer'))].map((p) => ({
    value: String(p.id),
    label: personLabel(p, people),
  }));
  if (standsIn && !options.some((o) => o.value === defaultPerson)) options.unshift({ value: String(standsIn.id), label: standsIn.name });

  const minutes = parseDuration(values.duration);
  const durationDescription =
    minutes !== null && minutes > 0 ? t('hours.log.durationMeans', { duration: formatMinutes(minutes) }) : t('hours.log.durationHint');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const unreadable: FieldErrors = !values.duration.trim()
      ? { duration: t('validation.required') }
      : minutes === null
        ? { duration: t('hours.log.durationUnreadable') }
        : {};
    const input = check(
      logHoursInput,
      {
        hireId: hire.id,
        date: values.date,
        minutes: minutes ?? 1,
        purpose: values.purpose,
        personId: values.personId ? Number(values.personId) : undefined,
      },
      unreadable,
    );
    if (!input) return;
    const { hireId: _hire, ...fields } = input;
    if (!(await save(() => useHoursStore.getState().log(fields)))) return;
    notifySaved(t('hours.log.saved', { duration: formatMinutes(fields.minutes), date: dayDate(fields.date) }));
    patch({ duration: '', purpose: '' });
    durationRef.current?.focus();
  }

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="log-hours-title">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="log-hours-title">
            {t('hours.log.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <DateField
              label={t('hours.log.date')}
              value={values.date}
              onChange={(iso) => set('date', iso)}
              error={errors.date}
              withAsterisk
            />
            <TextInput
              ref={durationRef}
              label={t('hours.log.duration')}
              description={durationDescription}
              inputWrapperOrder={HINT_UNDER_FIELD}
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
