import { Autocomplete, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ownItemFields, type OwnItemFields, type PlanPhase } from '../../../../electron/shared/schemas/plan';
import { ITEM_CATEGORIES, RESPONSIBLE_ROLES, type ResponsibleRole } from '../../../../electron/shared/schemas/template';
import { useForm } from '../../lib/use-form';
import { clientHint } from '../common/ClientHint';
import { DateField } from '../common/DateField';

interface Props {
  opened: boolean;
  phases: PlanPhase[];
  onAdd: (item: OwnItemFields) => void;
  onClose: () => void;
}

export function OwnItemModal({ opened, phases, onAdd, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('hires.own.addTitle')} size="lg">
      {opened && <OwnItemForm phases={phases} onAdd={onAdd} onCancel={onClose} />}
    </Modal>
  );
}

/** An item for this hire only; dates follow the chosen phase until the user sets them. */
function OwnItemForm({ phases, onAdd, onCancel }: { phases: PlanPhase[]; onAdd: Props['onAdd']; onCancel: () => void }) {
  const { t } = useTranslation();
  const first = phases[0];
  const { values, set, patch, errors, check } = useForm({
    title: '',
    instructions: '',
    category: '',
    phaseId: first?.id ?? '',
    minutes: 60 as number | string,
    role: 'introducer' as ResponsibleRole,
    startDate: first?.startDate ?? '',
    dueDate: first?.endDate ?? '',
    datesTouched: false,
  });

  const pickPhase = (id: string) => {
    const phase = phases.find((p) => p.id === id);
    if (phase && !values.datesTouched) patch({ phaseId: id, startDate: phase.startDate, dueDate: phase.endDate }, 'phaseId');
    else set('phaseId', id);
  };
  const setStart = (iso: string) => patch({ startDate: iso, datesTouched: true }, 'startDate');
  const setDue = (iso: string) => patch({ dueDate: iso, datesTouched: true }, 'dueDate');

  function submit(event: FormEvent) {
    event.preventDefault();
    const { minutes, role, datesTouched: _touched, ...rest } = values;
    const item = check(ownItemFields, {
      ...rest,
      expectedMinutes: typeof minutes === 'number' ? minutes : undefined,
      responsible: { kind: 'role', role },
    });
    if (item) onAdd(item);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('hires.own.title')}
          withAsterisk
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={errors.title}
          data-autofocus
        />
        <SimpleGrid cols={2}>
          <Select
            label={t('hires.own.phase')}
            data={phases.map((p) => ({ value: p.id, label: p.name }))}
            value={values.phaseId}
            onChange={(id) => id && pickPhase(id)}
            error={errors.phaseId}
            allowDeselect={false}
          />
          <Autocomplete
            label={t('hires.own.category')}
            withAsterisk
            data={[...ITEM_CATEGORIES]}
            value={values.category}
            onChange={(v) => set('category', v)}
            error={errors.category}
          />
          <NumberInput
            label={t('hires.own.minutes')}
            min={0}
            max={6000}
            step={15}
            allowDecimal={false}
            value={values.minutes}
            onChange={(v) => set('minutes', v, 'expectedMinutes')}
            error={errors.expectedMinutes}
          />
          <Select
            label={t('hires.own.responsible')}
            data={RESPONSIBLE_ROLES.map((r) => ({ value: r, label: t(`plans.roles.${r}`) }))}
            value={values.role}
            onChange={(r) => r && set('role', r)}
            allowDeselect={false}
          />
          <DateField label={t('hires.own.startDate')} value={values.startDate} onChange={setStart} error={errors.startDate} />
          <DateField label={t('hires.own.dueDate')} value={values.dueDate} onChange={setDue} error={errors.dueDate} dayOff="due" />
        </SimpleGrid>
        <Textarea
          label={t('hires.own.instructions')}
          {...clientHint}
          autosize
          minRows={2}
          maxRows={6}
          value={values.instructions}
          onChange={(e) => set('instructions', e.currentTarget.value)}
          error={errors.instructions}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit">{t('hires.own.add')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
