import { Alert, Checkbox, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hireFields, type HirePlan } from '../../../../electron/shared/schemas/plan';
import { ApiError } from '../../api';
import { validate, type FieldErrors } from '../../lib/validate';
import { usePlanStore, type HireChanges } from '../../stores/plan';
import { useStaffStore } from '../../stores/staff';
import { showSaved } from './feedback';
import { FormActions } from '../FormActions';

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
  const people = useStaffStore((s) => s.people);
  const [values, setValues] = useState({
    name: hire.name,
    title: hire.title,
    team: hire.team,
    managerId: hire.manager ? String(hire.manager.id) : null,
    introducerId: hire.introducer ? String(hire.introducer.id) : null,
    newlyGraduated: hire.newlyGraduated,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);

  useEffect(() => void useStaffStore.getState().load(), []);

  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors(({ [key]: _cleared, ...rest }) => rest);
  };
  /** Everyone in the directory, those holding the role first. */
  const options = (role: 'manager' | 'introducer') =>
    [...people.filter((p) => p.roles.includes(role)), ...people.filter((p) => !p.roles.includes(role))].map((p) => ({
      value: String(p.id),
      label: p.name,
    }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const candidate = {
      ...values,
      managerId: values.managerId ? Number(values.managerId) : undefined,
      introducerId: values.introducerId ? Number(values.introducerId) : null,
    };
    const checked = validate(schema, candidate, (key) => t(key as never));
    if (!checked.ok) return setErrors(checked.errors);
    setSaving(true);
    try {
      await usePlanStore.getState().updateHire(checked.data satisfies HireChanges);
      showSaved(t('plans.editHire.saved', { name: checked.data.name }));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.payload.fields) setErrors(error.payload.fields);
      setFormError(error instanceof Error ? error.message : t('plans.page.saveFailed'));
    } finally {
      setSaving(false);
    }
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
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
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
