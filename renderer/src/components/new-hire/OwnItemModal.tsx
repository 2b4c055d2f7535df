import { Autocomplete, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { clientHint } from '../hours/ClientHint';
import { ownItemFields, type OwnItemFields, type PlanPhase } from '../../../../electron/shared/schemas/plan';
import { ITEM_CATEGORIES, RESPONSIBLE_ROLES, type ResponsibleRole } from '../../../../electron/shared/schemas/template';
import { validate, type FieldErrors } from '../../lib/validate';
import { DateField } from '../plan/DateField';

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
  const [title, setTitle] = useState('');
  const [instructions, setInstructions] = useState('');
  const [category, setCategory] = useState('');
  const [phaseId, setPhaseId] = useState(first?.id ?? '');
  const [minutes, setMinutes] = useState<number | string>(60);
  const [role, setRole] = useState<ResponsibleRole>('introducer');
  const [dates, setDates] = useState({ startDate: first?.startDate ?? '', dueDate: first?.endDate ?? '', touched: false });
  const [errors, setErrors] = useState<FieldErrors>({});

  const pickPhase = (id: string) => {
    setPhaseId(id);
    const phase = phases.find((p) => p.id === id);
    if (phase && !dates.touched) setDates({ startDate: phase.startDate, dueDate: phase.endDate, touched: false });
  };
  const setDate = (key: 'startDate' | 'dueDate', iso: string) => setDates((d) => ({ ...d, [key]: iso, touched: true }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const expectedMinutes = typeof minutes === 'number' ? minutes : Number.NaN;
    const item = { title, instructions, category, phaseId, expectedMinutes, responsible: { kind: 'role' as const, role }, ...dates };
    const { touched: _touched, ...fields } = item;
    const checked = validate(ownItemFields, fields, (key) => t(key as never));
    if (!checked.ok) {
      setErrors({ ...checked.errors, ...(Number.isNaN(expectedMinutes) && { expectedMinutes: t('validation.required') }) });
      return;
    }
    onAdd(checked.data);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput label={t('hires.own.title')} withAsterisk value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} data-autofocus />
        <SimpleGrid cols={2}>
          <Select
            label={t('hires.own.phase')}
            data={phases.map((p) => ({ value: p.id, label: p.name }))}
            value={phaseId}
            onChange={(id) => id && pickPhase(id)}
            error={errors.phaseId}
            allowDeselect={false}
          />
          <Autocomplete label={t('hires.own.category')} withAsterisk data={[...ITEM_CATEGORIES]} value={category} onChange={setCategory} error={errors.category} />
          <NumberInput
            label={t('hires.own.minutes')}
            min={0}
            max={6000}
            step={15}
            allowDecimal={false}
            value={minutes}
            onChange={setMinutes}
            error={errors.expectedMinutes}
          />
          <Select
            label={t('hires.own.responsible')}
            data={RESPONSIBLE_ROLES.map((r) => ({ value: r, label: t(`plans.roles.${r}`) }))}
            value={role}
            onChange={(r) => r && setRole(r)}
            allowDeselect={false}
          />
          <DateField label={t('hires.own.startDate')} value={dates.startDate} onChange={(iso) => setDate('startDate', iso)} error={errors.startDate} />
          <DateField label={t('hires.own.dueDate')} value={dates.dueDate} onChange={(iso) => setDate('dueDate', iso)} error={errors.dueDate} />
        </SimpleGrid>
        <Textarea label={t('hires.own.instructions')} {...clientHint} autosize minRows={2} maxRows={6} value={instructions} onChange={(e) => setInstructions(e.currentTarget.value)} error={errors.instructions} />
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
