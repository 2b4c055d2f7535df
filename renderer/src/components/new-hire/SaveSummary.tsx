import { Alert, Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HireFields, PlanPreview } from '../../../../electron/shared/schemas/plan';
import { dayDate, weekNumber } from '../../lib/dates';
import { useHiresStore } from '../../stores/hires';
import { useSessionStore } from '../../stores/session';
import { WhoFirstAlert } from './WhoFirstAlert';
import { useStaffStore } from '../../stores/staff';
import { IntroducerBadge } from '../common/IntroducerBadge';

interface Props {
  fields: HireFields;
  preview: PlanPreview;
  leftOutCount: number;
  ownCount: number;
  error?: string;
}

/** Step 3: what will be saved, and anything that stops or weakens it. */
export function SaveSummary({ fields, preview, leftOutCount, ownCount, error }: Props) {
  const { t } = useTranslation();
  const people = useStaffStore((s) => s.people.data);
  const programme = useHiresStore((s) => s.programmes.data.find((v) => v.id === fields.templateVersionId));
  const currentUser = useSessionStore((s) => s.currentUser);
  const nameOf = (id: number | null) => people.find((p) => p.id === id) ?? null;
  const introducer = nameOf(fields.introducerId);
  const row = (label: string, value: ReactNode) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {typeof value === 'string' ? <Text size="sm">{value}</Text> : value}
    </div>
  );

  return (
    <Stack gap="md">
      {error && (
        <Alert color="red" role="alert" title={t('hires.new.saveFailed')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{error}</Text>
            {!currentUser && (
              <Button size="xs" variant="white" onClick={() => useSessionStore.getState().openPicker()}>
                {t('hires.who.choose')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      {!error && <WhoFirstAlert />}
      <Paper withBorder radius="md" p="lg">
        <Title order={2} size="h4" mb="md">
          {t('hires.new.summaryTitle', { name: fields.name })}
        </Title>
        <SimpleGrid cols={3} spacing="lg">
          {row(
            t('hires.fields.startDate'),
            `${dayDate(fields.startDate)} (${t('hires.dates.week', { week: weekNumber(fields.startDate) })})`,
          )}
          {row(t('hires.fields.team'), fields.team || t('common.none'))}
          {row(t('hires.fields.title'), fields.title || t('common.none'))}
          {row(t('hires.fields.manager'), nameOf(fields.managerId)?.name ?? t('common.none'))}
          {row(t('hires.fields.introducer'), <IntroducerBadge introducer={introducer} />)}
          {row(t('hires.fields.experience'), fields.newlyGraduated ? t('hires.form.newlyGraduated') : t('hires.form.experienced'))}
          {row(
            t('hires.fields.programme'),
            programme ? t('hires.form.programmeVersion', { name: programme.content.name, version: programme.number }) : '',
          )}
          {row(
            t('hires.new.items'),
            `${t('hires.new.fromProgramme', { count: preview.items.length - leftOutCount })}, ${t('hires.new.own', { count: ownCount })}`,
          )}
          {row(t('hires.new.leftOut'), t('hires.new.leftOutCounts', { count: leftOutCount + preview.leftOut.length }))}
        </SimpleGrid>
      </Paper>
      <Text size="sm" c="dimmed">
        {t('hires.new.saveHint')}
      </Text>
    </Stack>
  );
}
