import { Alert, Anchor, Autocomplete, Paper, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dayDate, isIsoDate, weekNumber } from '../../lib/dates';
import { peopleByRole, teamsOf, unitCoordinator } from '../../lib/person-options';
import type { FieldErrors } from '../../lib/validate';
import { useHiresStore } from '../../stores/hires';
import { useStaffStore } from '../../stores/staff';
import { DateField } from '../common/DateField';
import type { HireDraft } from './hire-draft';

interface Props {
  draft: HireDraft;
  errors: FieldErrors;
  onChange: <K extends keyof HireDraft>(key: K, value: HireDraft[K]) => void;
}

/** Step 1: who the new hire is, when they start, who looks after them, which programme. */
export function HireForm({ draft, errors, onChange }: Props) {
  const { t } = useTranslation();
  const people = useStaffStore((s) => s.people.data);
  const noStaff = useStaffStore((s) => s.people.status === 'ready' && s.people.data.length === 0);
  const programmes = useHiresStore((s) => s.programmes.data);
  const text = (key: 'name' | 'title') => ({
    label: t(`hires.fields.${key}`),
    value: draft[key],
    error: errors[key],
    onChange: (e: { currentTarget: { value: string } }) => onChange(key, e.currentTarget.value),
    autoComplete: 'off',
  });
  const validDate = isIsoDate(draft.startDate);

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        {noStaff && (
          <Alert color="orange" title={t('hires.form.noStaffTitle')}>
            {t('hires.form.noStaffText')}{' '}
            <Anchor component={Link} to="/personal" inherit>
              {t('hires.who.goToStaff')}
            </Anchor>
          </Alert>
        )}
        <SimpleGrid cols={2} spacing="lg">
          <TextInput {...text('name')} withAsterisk data-autofocus />
          <TextInput {...text('title')} />
          <Autocomplete
            label={t('hires.fields.team')}
            description={t('hires.form.teamHint')}
            data={teamsOf(people)}
            value={draft.team}
            error={errors.team}
            onChange={(value) => onChange('team', value)}
          />
          <DateField
            label={t('hires.fields.startDate')}
            withAsterisk
            value={draft.startDate}
            onChange={(iso) => onChange('startDate', iso)}
            error={errors.startDate}
            dayOff="start"
            description={
              validDate
                ? t('hires.form.startsOn', { date: dayDate(draft.startDate), week: weekNumber(draft.startDate) })
                : t('hires.form.dateHint')
            }
          />
          <Select<number>
            label={t('hires.fields.manager')}
            withAsterisk
            placeholder={t('hires.form.choosePerson')}
            data={peopleByRole(people, 'manager', t)}
            value={draft.managerId}
            onChange={(id) => onChange('managerId', id)}
            error={errors.managerId}
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('hires.form.nobodyFound')}
          />
          <Select<number>
            label={t('hires.fields.introducer')}
            description={t('hires.form.introducerHint')}
            data={[{ value: 0, label: t('hires.form.noIntroducer') }, ...peopleByRole(people, 'introducer', t)]}
            value={draft.introducerId ?? 0}
            onChange={(id) => onChange('introducerId', id ? id : null)}
            error={errors.introducerId}
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('hires.form.nobodyFound')}
          />
          <Select<number>
            label={t('hires.fields.coordinator')}
            description={t('hires.form.coordinatorHint')}
            data={[{ value: 0, label: unitCoordinator(people, t) }, ...peopleByRole(people, 'coordinator', t)]}
            value={draft.coordinatorId ?? 0}
            onChange={(id) => onChange('coordinatorId', id ? id : null)}
            error={errors.coordinatorId}
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('hires.form.nobodyFound')}
          />
          <Radio.Group
            label={t('hires.fields.experience')}
            description={t('hires.form.experienceHint')}
            value={draft.newlyGraduated ? 'new' : 'experienced'}
            onChange={(value) => onChange('newlyGraduated', value === 'new')}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="new" label={t('hires.form.newlyGraduated')} />
              <Radio value="experienced" label={t('hires.form.experienced')} />
            </Stack>
          </Radio.Group>
          <Select<number>
            label={t('hires.fields.programme')}
            withAsterisk
            description={programmes.length === 0 ? t('hires.form.noProgrammes') : t('hires.form.programmeHint')}
            data={programmes.map((v) => ({
              value: v.id,
              label: t('hires.form.programmeVersion', { name: v.content.name, version: v.number }),
            }))}
            value={draft.templateVersionId}
            onChange={(id) => onChange('templateVersionId', id)}
            error={errors.templateVersionId}
            allowDeselect={false}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
