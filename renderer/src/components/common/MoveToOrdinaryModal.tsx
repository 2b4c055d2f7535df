import { Modal, Select, Stack, Text } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { moveToOrdinaryInput } from '../../../../electron/shared/schemas/groups';
import { notifySaved } from '../../lib/notify';
import { useForm } from '../../lib/use-form';
import { useGroupsStore } from '../../stores/groups';
import { DateField } from './DateField';
import { FormActions } from './FormActions';
import { FormError } from './FormError';

export interface MoveTarget {
  memberId: number;
  name: string;
  groupName: string;
  /** The day by the programme's cadence (ordinaryGroupFrom); today when the cadence has none. */
  fromDate: string;
}

interface Props {
  move: MoveTarget | null;
  /** Reflection groups to move to (open ones, not the one the hire is in). */
  groups: { id: number; name: string }[];
  onClose: () => void;
}

/**
 * "Flytta till ordinarie reflektionsgrupp" (seed 003 ~L2936): the membership in the new hires'
 * group ends the day before, the one in the chosen group begins on the day, in one change. Used
 * on the hire's Reflektion tab and in a group's member list.
 */
export function MoveToOrdinaryModal({ move, groups, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={move !== null} onClose={onClose} title={move ? t('groups.moveToOrdinaryOf', { name: move.name }) : ''}>
      {move && <MoveForm move={move} groups={groups} onClose={onClose} />}
    </Modal>
  );
}

function MoveForm({ move, groups, onClose }: { move: MoveTarget; groups: { id: number; name: string }[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { values, set, errors, formError, saving, check, save } = useForm({
    toGroupId: groups.length === 1 ? String(groups[0]!.id) : '',
    fromDate: move.fromDate,
  });
  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = check(
      moveToOrdinaryInput,
      { memberId: move.memberId, toGroupId: Number(values.toGroupId) || 0, fromDate: values.fromDate },
      values.toGroupId ? {} : { toGroupId: t('validation.required') },
    );
    if (!input) return;
    if (!(await save(() => useGroupsStore.getState().moveToOrdinary(input.memberId, input.toGroupId, input.fromDate!)))) return;
    notifySaved(t('groups.moved'));
    onClose();
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <FormError error={formError} />
        <Text size="sm">{t('groups.moveHint', { group: move.groupName, name: move.name })}</Text>
        <Select
          label={t('groups.moveTarget')}
          data={groups.map((g) => ({ value: String(g.id), label: g.name }))}
          value={values.toGroupId || null}
          onChange={(v) => set('toGroupId', v ?? '')}
          error={errors.toGroupId}
          withAsterisk
          data-autofocus
        />
        <DateField
          label={t('groups.moveFrom')}
          value={values.fromDate}
          onChange={(v) => set('fromDate', v)}
          error={errors.fromDate}
          withAsterisk
        />
        <FormActions onCancel={onClose} saving={saving} submitLabel={t('groups.move')} />
      </Stack>
    </form>
  );
}
