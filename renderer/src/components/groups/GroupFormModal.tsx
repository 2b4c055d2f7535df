import { Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REFLECTION_MEETINGS, SUPERVISION_MEETINGS, SUPERVISION_SIZE } from '../../../../electron/shared/rules/groups';
import { groupFields, type GroupDetail, type GroupKind } from '../../../../electron/shared/schemas/groups';
import { notifySaved } from '../../lib/notify';
import { useForm } from '../../lib/use-form';
import { weekdayKey, WEEKDAYS } from '../../lib/weekdays';
import { useGroupsStore } from '../../stores/groups';
import { useStaffStore } from '../../stores/staff';
import { FormActions } from '../common/FormActions';
import { FormError } from '../common/FormError';
import { TimeField } from '../common/TimeField';

/** What a new group of each kind starts with (seed 002 ~L302: yrkeshandledning 6–8, about 10 a year). */
const SUGGESTED: Record<GroupKind, { maxMembers: number; meetingsPerYear: number; durationMinutes: number }> = {
  reflection: { maxMembers: 10, meetingsPerYear: REFLECTION_MEETINGS, durationMinutes: 90 },
  supervision: { maxMembers: SUPERVISION_SIZE.max, meetingsPerYear: SUPERVISION_MEETINGS, durationMinutes: 120 },
};

interface Props {
  opened: boolean;
  /** The group to change; null makes a new one. */
  group: GroupDetail | null;
  onClose: () => void;
  onSaved?: (group: GroupDetail) => void;
}

export function GroupFormModal({ opened, group, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} size="lg" title={group ? t('groups.details') : t('groups.newGroup')}>
      {opened && <GroupForm group={group} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function GroupForm({ group, onClose, onSaved }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const people = useStaffStore((s) => s.people.data);
  const { values, set, patch, errors, formError, saving, check, save } = useForm(
    () => ({
      kind: group?.kind ?? 'reflection',
      name: group?.name ?? '',
      leaderId: group?.leader ? String(group.leader.id) : '',
      leaderName: group?.leaderName ?? '',
      place: group?.place ?? '',
      weekday: weekdayKey(group?.weekday ?? 3),
      time: group?.time ?? '13:00',
      durationMinutes: group?.durationMinutes ?? SUGGESTED.reflection.durationMinutes,
      maxMembers: group?.maxMembers ?? SUGGESTED.reflection.maxMembers,
      meetingsPerYear: group?.meetingsPerYear ?? SUGGESTED.reflection.meetingsPerYear,
    }),
    { fieldName: (path) => path.replace(/^group\./, '') },
  );
  const field = (key: string) => errors[key];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = check(groupFields, {
      ...values,
      leaderId: values.leaderId ? Number(values.leaderId) : null,
      weekday: Number(values.weekday),
      durationMinutes: Number(values.durationMinutes),
      maxMembers: Number(values.maxMembers),
      meetingsPerYear: Number(values.meetingsPerYear),
    });
    if (!fields) return;
    let saved: GroupDetail | null = null;
    if (!(await save(async () => (saved = await useGroupsStore.getState().saveGroup(group?.id ?? null, fields))))) return;
    notifySaved(t('groups.saved'));
    onClose();
    if (saved) onSaved?.(saved);
  }

  // A new group takes the suggestions of its kind; a group that exists keeps what it has.
  const chooseKind = (kind: GroupKind) =>
    group ? set('kind', kind) : patch({ kind, ...SUGGESTED[kind] }, 'kind', 'maxMembers', 'meetingsPerYear', 'durationMinutes');
  const options = people.map((p) => ({ value: String(p.id), label: p.name }));

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <FormError error={formError} />
        <Select
          label={t('groups.fields.kind')}
          data={(['reflection', 'supervision'] as const).map((k) => ({ value: k, label: t(`groups.kind.${k}`) }))}
          value={values.kind}
          onChange={(v) => v && chooseKind(v)}
          allowDeselect={false}
          withAsterisk
        />
        <TextInput
          label={t('groups.fields.name')}
          value={values.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={field('name')}
          withAsterisk
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('groups.fields.leaderId')}
            data={options}
            value={values.leaderId || null}
            onChange={(v) => patch({ leaderId: v ?? '' }, 'leaderId')}
            error={field('leaderId')}
            searchable
            clearable
          />
          <TextInput
            label={t('groups.fields.leaderName')}
            description={t('groups.fields.leaderNameHint')}
            value={values.leaderName}
            onChange={(e) => patch({ leaderName: e.currentTarget.value }, 'leaderName', 'leaderId')}
            error={field('leaderName')}
            disabled={values.leaderId !== ''}
          />
        </SimpleGrid>
        <TextInput
          label={t('groups.fields.place')}
          value={values.place}
          onChange={(e) => set('place', e.currentTarget.value)}
          error={field('place')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('groups.fields.weekday')}
            data={WEEKDAYS.map((d) => ({ value: d, label: t(`hours.weekdays.${d}`) }))}
            value={values.weekday}
            onChange={(v) => v && set('weekday', weekdayKey(Number(v)))}
            error={field('weekday')}
            allowDeselect={false}
          />
          <TimeField label={t('groups.fields.time')} value={values.time} onChange={(v) => set('time', v)} error={field('time')} />
          <NumberInput
            label={t('groups.fields.durationMinutes')}
            value={values.durationMinutes}
            onChange={(v) => set('durationMinutes', Number(v))}
            error={field('durationMinutes')}
            min={15}
            max={480}
            step={15}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('groups.fields.maxMembers')}
            description={values.kind === 'supervision' ? t('groups.fields.maxMembersHint') : undefined}
            value={values.maxMembers}
            onChange={(v) => set('maxMembers', Number(v))}
            error={field('maxMembers')}
            min={2}
            max={40}
          />
          <NumberInput
            label={t('groups.fields.meetingsPerYear')}
            description={values.kind === 'supervision' ? t('groups.fields.meetingsPerYearHint') : undefined}
            value={values.meetingsPerYear}
            onChange={(v) => set('meetingsPerYear', Number(v))}
            error={field('meetingsPerYear')}
            min={1}
            max={52}
          />
        </SimpleGrid>
        <FormActions onCancel={onClose} saving={saving} submitLabel={t('groups.save')} />
      </Stack>
    </form>
  );
}
