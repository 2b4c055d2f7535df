import { Checkbox, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hireFields, type HirePlan } from '../../../../electron/shared/schemas/plan';
import { notifySaved } from '../../lib/notify';
import { personLabel, unitCoordinator, type HireRole } from '../../lib/person-options';
import { useForm } from '../../lib/use-form';
import { usePlanStore, type HireChanges } from '../../stores/plan';
import { useStaffStore } from '../../stores/staff';
import { FormActions } from '../common/FormActions';
import { FormError } from '../common/FormError';

interface Props {
  opened: boolean;
  plan: HirePlan;
  onClose: () => void;
}

const schema = hireFields.omit({ startDate: true, templateVersionId: true });

export function EditHireModal({ opened, plan, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('plans.editHire.title', { name: plan.hire.name })} size="lg">
      <EditHireForm plan={plan} onClose={onClose} />
    </Modal>
  );
}

function EditHireForm({ plan, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const { hire } = plan;
  const people = useStaffStore((s) => s.people.data);
  const { values, set, errors, formError, saving, check, save } = useForm({
    name: hire.name,
    title: hire.title,
    team: hire.team,
    managerId: hire.manager ? String(hire.manager.id) : null,
    introducerId: hire.introducer ? String(hire.introducer.id) : null,
    coordinatorId: hire.coordinator && !hire.coordinator.forUnit ? String(hire.coordinator.id) : null,
    newlyGraduated: hire.newlyGraduated,
  });

  useEffect(() => void useStaffStore.getState().load(), []);

  /** Everyone in the directory, those holding the role first. */
  const options = (role: HireRole) =>
    [...people.filter((p) => p.roles.includes(role)), ...people.filter((p) => !p.roles.includes(role))].map((p) => ({
      value: String(p.id),
      label: personLabel(p, people),
    }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const candidate = {
      ...values,
      managerId: values.managerId ? Number(values.managerId) : undefined,
      introducerId: values.introducerId ? Number(values.introducerId) : null,
      coordinatorId: values.coordinatorId ? Number(values.coordinatorId) : null,
    };
    const changes = check(schema, candidate);
    if (!changes) return;
    await save(async () => {
      await usePlanStore.getState().updateHire(changes satisfies HireChanges);
      notifySaved(t('plans.editHire.saved', { name: changes.name }));
      onClose();
    });
  }

  const text = (key: 'name' | 'title' | 'team') => ({
    label: t(`plans.editHire.fields.${key}`),
    value: values[key],
    error: errors[key],
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value),
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <FormError error={formError} />
        <TextInput {...text('name')} withAsterisk data-autofocus autoComplete="off" />
        <SimpleGrid cols={2}>
          <TextInput {...text('title')} />
          <TextInput {...text('team')} />
          <Select
            label={t('plans.editHire.fields.manager')}
            data={options('manager')}
            value={values.managerId}
            onChange={(v) => set('managerId', v)}
            error={errors.managerId}
            allowDeselect={false}
            withAsterisk
            searchable
            nothingFoundMessage={t('plans.editHire.noPeople')}
          />
          <Select
            label={t('plans.editHire.fields.introducer')}
            description={t('plans.editHire.introducerHint')}
            data={options('introducer')}
            value={values.introducerId}
            onChange={(v) => set('introducerId', v)}
            error={errors.introducerId}
            clearable
            searchable
            nothingFoundMessage={t('plans.editHire.noPeople')}
          />
          <Select
            label={t('plans.editHire.fields.coordinator')}
            description={t('hires.form.coordinatorHint')}
            placeholder={unitCoordinator(people, t)}
            data={options('coordinator')}
            value={values.coordinatorId}
            onChange={(v) => set('coordinatorId', v)}
            error={errors.coordinatorId}
            clearable
            searchable
            nothingFoundMessage={t('plans.editHire.noPeople')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('plans.editHire.fields.newlyGraduated')}
          description={t('plans.editHire.newlyGraduatedHint')}
          checked={values.newlyGraduated}
          onChange={(e) => set('newlyGraduated', e.currentTarget.checked)}
        />
        <FormActions onCancel={onClose} saving={saving} />
      </Stack>
    </form>
  );
}
