import { Autocomplete, Modal, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { shiftDays } from '../../../../electron/shared/rules/days';
import { ownItemFields, type HirePlan } from '../../../../electron/shared/schemas/plan';
import { ITEM_CATEGORIES, RESPONSIBLE_ROLES, type ResponsibleRole } from '../../../../electron/shared/schemas/template';
import { notifySaved } from '../../lib/notify';
import { useForm } from '../../lib/use-form';
import { usePlanStore } from '../../stores/plan';
import { clientHint } from '../common/ClientHint';
import { DateField } from '../common/DateField';
import { FormActions } from '../common/FormActions';
import { FormError } from '../common/FormError';

interface Props {
  opened: boolean;
  plan: HirePlan;
  onClose: () => void;
}

export function AddItemModal({ opened, plan, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('plans.addItem.title')} size="lg">
      <AddItemForm plan={plan} onClose={onClose} />
    </Modal>
  );
}

/** Individual planning: an item only this hire gets, dated by hand. */
function AddItemForm({ plan, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const { today, phases } = plan;
  const phaseNow = phases.find((p) => p.startDate <= today && p.endDate >= today) ?? phases[0];
  const { values, set, errors, formError, saving, check, save } = useForm({
    title: '',
    phaseId: phaseNow?.id ?? '',
    category: '',
    expectedMinutes: 60 as number | string,
    role: 'manager' as ResponsibleRole,
    instructions: '',
    startDate: today,
    dueDate: shiftDays(today, 14),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { role, expectedMinutes, ...rest } = values;
    const item = check(ownItemFields, {
      ...rest,
      expectedMinutes: typeof expectedMinutes === 'number' ? expectedMinutes : NaN,
      responsible: { kind: 'role', role },
    });
    if (!item) return;
    await save(async () => {
      const added = await usePlanStore.getState().addItem(item);
      notifySaved(t('plans.addItem.added', { title: added.title }));
      onClose();
    });
  }

  const label = (key: 'title' | 'phase' | 'category' | 'expectedMinutes' | 'responsible' | 'instructions' | 'startDate' | 'dueDate') =>
    t(`plans.addItem.fields.${key}`);

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <FormError error={formError} />
        <Text size="sm" c="dimmed">
          {t('plans.addItem.intro', { name: plan.hire.name })}
        </Text>
        <TextInput
          label={label('title')}
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={errors.title}
          withAsterisk
          data-autofocus
          autoComplete="off"
        />
        <SimpleGrid cols={2}>
          <Select
            label={label('phase')}
            data={phases.map((p) => ({ value: p.id, label: p.name }))}
            value={values.phaseId}
            onChange={(v) => set('phaseId', v ?? '')}
            error={errors.phaseId}
            allowDeselect={false}
            withAsterisk
          />
          <Autocomplete
            label={label('category')}
            data={[...ITEM_CATEGORIES]}
            value={values.category}
            onChange={(v) => set('category', v)}
            error={errors.category}
            withAsterisk
          />
          <NumberInput
            label={label('expectedMinutes')}
            value={values.expectedMinutes}
            onChange={(v) => set('expectedMinutes', v)}
            error={errors.expectedMinutes}
            min={0}
            max={6000}
            step={15}
            allowDecimal={false}
            withAsterisk
          />
          <Select
            label={label('responsible')}
            data={RESPONSIBLE_ROLES.map((r) => ({ value: r, label: t(`plans.roles.${r}`) }))}
            value={values.role}
            onChange={(v) => set('role', v ?? 'manager', 'responsible')}
            error={errors['responsible.role'] ?? errors.responsible}
            allowDeselect={false}
            withAsterisk
          />
          <DateField
            label={label('startDate')}
            value={values.startDate}
            onChange={(v) => set('startDate', v)}
            error={errors.startDate}
            withAsterisk
          />
          <DateField
            label={label('dueDate')}
            value={values.dueDate}
            onChange={(v) => set('dueDate', v)}
            error={errors.dueDate}
            withAsterisk
            dayOff="due"
          />
        </SimpleGrid>
        <Textarea
          label={label('instructions')}
          {...clientHint}
          value={values.instructions}
          onChange={(e) => set('instructions', e.currentTarget.value)}
          error={errors.instructions}
          autosize
          minRows={2}
          maxRows={8}
        />
        <FormActions onCancel={onClose} saving={saving} submitLabel={t('plans.addItem.submit')} />
      </Stack>
    </form>
  );
}
