import { Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  normsSchema,
  REFLECTION_LEADER_ROLES,
  REFLECTION_PLACE_MAX,
  type Norms,
  type ReflectionLeaderRole,
} from '../../../../electron/shared/schemas/template';
import { notifySaved } from '../../lib/notify';
import { useForm } from '../../lib/use-form';
import { numberOrEmpty } from '../../lib/validate';
import { WEEKDAYS } from '../../lib/weekdays';
import { useProgramsStore } from '../../stores/programs';
import { FormProblems } from './feedback';
import { ReflectionSegments, type SegmentValues } from './ReflectionSegments';

interface Values {
  year1: number | string;
  year2: number | string;
  segments: SegmentValues[];
  weekday: string;
  time: string;
  durationMinutes: number | string;
  place: string;
  /** 'none' for nobody: a Select's values are strings. */
  leaderRole: ReflectionLeaderRole | 'none';
}

const valuesOf = (n: Norms): Values => ({
  year1: n.introducerHoursPerWeek.year1,
  year2: n.introducerHoursPerWeek.year2,
  segments: n.reflection.segments.map((s) => ({ ...s })),
  weekday: String(n.reflection.weekday),
  time: n.reflection.time,
  durationMinutes: n.reflection.durationMinutes,
  place: n.reflection.place,
  leaderRole: n.reflection.leaderRole ?? 'none',
});

const toInput = (v: Values) => ({
  introducerHoursPerWeek: { year1: numberOrEmpty(v.year1), year2: numberOrEmpty(v.year2) },
  reflection: {
    segments: v.segments.map((s) => ({
      fromMonth: numberOrEmpty(s.fromMonth),
      toMonth: numberOrEmpty(s.toMonth),
      perMonth: numberOrEmpty(s.perMonth),
    })),
    weekday: Number(v.weekday),
    time: v.time.trim(),
    durationMinutes: numberOrEmpty(v.durationMinutes),
    place: v.place.trim(),
    leaderRole: v.leaderRole === 'none' ? null : v.leaderRole,
  },
});

/** Introducer hours and the reflection cadence, saved together with one button. */
export function NormsTab({ norms }: { norms: Norms }) {
  const { t } = useTranslation();
  const { values, set, errors, formError, saving, check, save } = useForm(valuesOf(norms));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = check(normsSchema, toInput(values));
    if (!saved || !(await save(() => useProgramsStore.getState().update((c) => ({ ...c, norms: saved }))))) return;
    notifySaved(t('program.norms.saved'));
  }
  const dirty = JSON.stringify(toInput(values)) !== JSON.stringify(norms);

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="lg">
        <Paper component="section" withBorder radius="md" p="md" aria-labelledby="norms-introducer">
          <Title order={2} size="h4" id="norms-introducer">
            {t('program.norms.introducerTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('program.norms.introducerText')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} maw={520}>
            <NumberInput
              label={t('program.norms.year1')}
              min={0}
              max={40}
              step={0.5}
              decimalSeparator=","
              value={values.year1}
              onChange={(v) => set('year1', v, 'introducerHoursPerWeek.year1')}
              error={errors['introducerHoursPerWeek.year1']}
            />
            <NumberInput
              label={t('program.norms.year2')}
              min={0}
              max={40}
              step={0.5}
              decimalSeparator=","
              value={values.year2}
              onChange={(v) => set('year2', v, 'introducerHoursPerWeek.year2')}
              error={errors['introducerHoursPerWeek.year2']}
            />
          </SimpleGrid>
        </Paper>
        <Paper component="section" withBorder radius="md" p="md" aria-labelledby="norms-reflection">
          <Stack gap="sm">
            <div>
              <Title order={2} size="h4" id="norms-reflection">
                {t('program.norms.reflectionTitle')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('program.norms.reflectionText')}
              </Text>
            </div>
            <ReflectionSegments segments={values.segments} onChange={(s) => set('segments', s, 'reflection.segments')} errors={errors} />
            <SimpleGrid cols={{ base: 1, sm: 3 }} maw={720} mt="sm">
              <Select
                label={t('program.norms.weekday')}
                data={WEEKDAYS.map((d) => ({ value: d, label: t(`program.weekdays.${d}`) }))}
                value={values.weekday}
                allowDeselect={false}
                onChange={(d) => d && set('weekday', d, 'reflection.weekday')}
                error={errors['reflection.weekday']}
              />
              <TextInput
                label={t('program.norms.time')}
                description={t('program.norms.timeHint')}
                value={values.time}
                onChange={(e) => set('time', e.currentTarget.value, 'reflection.time')}
                error={errors['reflection.time']}
              />
              <NumberInput
                label={t('program.norms.duration')}
                min={15}
                max={480}
                step={15}
                allowDecimal={false}
                value={values.durationMinutes}
                onChange={(v) => set('durationMinutes', v, 'reflection.durationMinutes')}
                error={errors['reflection.durationMinutes']}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }} maw={720}>
              <TextInput
                label={t('program.norms.place')}
                description={t('program.norms.placeHint')}
                value={values.place}
                onChange={(e) => set('place', e.currentTarget.value, 'reflection.place')}
                error={errors['reflection.place']}
                maxLength={REFLECTION_PLACE_MAX}
                autoComplete="off"
              />
              <Select
                label={t('program.norms.leaderRole')}
                description={t('program.norms.leaderHint')}
                data={(['none', ...REFLECTION_LEADER_ROLES] as const).map((role) => ({
                  value: role,
                  label: t(`program.norms.leaderRoles.${role}`),
                }))}
                value={values.leaderRole}
                allowDeselect={false}
                onChange={(role) => role && set('leaderRole', role, 'reflection.leaderRole')}
                error={errors['reflection.leaderRole']}
              />
            </SimpleGrid>
          </Stack>
        </Paper>
        <FormProblems error={formError} />
        <Group>
          <Button type="submit" loading={saving} disabled={!dirty}>
            {t('program.norms.save')}
          </Button>
          {dirty && (
            <Text size="sm" c="orange.8" role="status">
              {t('program.norms.unsaved')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
