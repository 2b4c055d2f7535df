import { Autocomplete, Checkbox, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMinutes } from '../../../../electron/shared/rules/duration';
import { ITEM_CATEGORIES, itemSchema, type Item, type TemplateContent } from '../../../../electron/shared/schemas/template';
import { notifySaved } from '../../lib/notify';
import { addToPhase, newId, replaceById } from '../../lib/template-edit';
import { useForm } from '../../lib/use-form';
import { useProgramsStore } from '../../stores/programs';
import { FormActions } from '../common/FormActions';
import { AppliesToFields } from './AppliesToFields';
import { FormProblems } from './feedback';
import { blankItem, itemInput, itemValues } from './item-values';
import { ResponsibleFields } from './ResponsibleFields';
import { WindowFields } from './WindowFields';

/** null: closed; an item: editing it; a phase id: adding an item to that phase. */
export type ItemTarget = { item: Item } | { phaseId: string } | null;

interface Props {
  target: ItemTarget;
  content: TemplateContent;
  onClose: () => void;
}

export function ItemFormModal({ target, content, onClose }: Props) {
  const { t } = useTranslation();
  const editing = target && 'item' in target ? target.item : undefined;
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={editing ? t('program.item.editTitle', { title: editing.title }) : t('program.item.addTitle')}
      size="xl"
    >
      {target && <ItemForm key={editing?.id ?? 'new'} target={target} content={content} onClose={onClose} />}
    </Modal>
  );
}

function ItemForm({ target, content, onClose }: { target: NonNullable<ItemTarget>; content: TemplateContent; onClose: () => void }) {
  const { t } = useTranslation();
  const editing = 'item' in target ? target.item : undefined;
  const phase = content.phases.find((p) => p.id === ('phaseId' in target ? target.phaseId : editing?.phaseId));
  const initial = editing ? itemValues(editing) : blankItem(phase?.id ?? '', phase?.window ?? { unit: 'week', start: 1, end: 1 });

  const { values, set, patch, errors, formError, saving, check, save } = useForm(initial);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const item = check(itemSchema, itemInput(values));
    if (!item) return;
    const { update } = useProgramsStore.getState();
    const saved = editing
      ? await save(() => update((c) => ({ ...c, items: replaceById(c.items, { ...item, id: editing.id }) })))
      : await save(() => update((c) => ({ ...c, items: addToPhase(c.items, { ...item, id: newId(item.title, c.items) }) })));
    if (!saved) return;
    notifySaved(t(editing ? 'program.item.saved' : 'program.item.added', { title: item.title }));
    onClose();
  }

  const categories = [...new Set([...ITEM_CATEGORIES, ...content.items.map((i) => i.category)])];
  const teams = [...new Set(content.items.flatMap((i) => (i.appliesTo.kind === 'team' ? [i.appliesTo.team] : [])))];
  const minutes = typeof values.expectedMinutes === 'number' ? values.expectedMinutes : Number.NaN;

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('program.item.fields.title')}
          withAsterisk
          data-autofocus
          autoComplete="off"
          value={values.title}
          error={errors.title}
          onChange={(e) => set('title', e.currentTarget.value)}
        />
        <SimpleGrid cols={2}>
          <Select
            label={t('program.item.fields.phase')}
            data={content.phases.map((p) => ({ value: p.id, label: p.name }))}
            value={values.phaseId}
            allowDeselect={false}
            onChange={(phaseId) => phaseId && set('phaseId', phaseId)}
            error={errors.phaseId}
          />
          <Autocomplete
            label={t('program.item.fields.category')}
            description={t('program.item.hints.category')}
            withAsterisk
            data={categories}
            value={values.category}
            onChange={(category) => set('category', category)}
            error={errors.category}
          />
        </SimpleGrid>
        <WindowFields value={values.window} onChange={(w) => set('window', w)} errors={errors} />
        <SimpleGrid cols={2}>
          <NumberInput
            label={t('program.item.fields.expectedMinutes')}
            description={
              Number.isInteger(minutes) && minutes >= 0
                ? t('program.item.hints.expectedMinutes', { duration: formatMinutes(minutes) })
                : ' '
            }
            withAsterisk
            min={0}
            step={15}
            value={values.expectedMinutes}
            onChange={(v) => set('expectedMinutes', v)}
            error={errors.expectedMinutes}
          />
          <Checkbox
            mt={32}
            label={t('program.item.fields.required')}
            description={t('program.item.hints.required')}
            checked={values.required}
            onChange={(e) => set('required', e.currentTarget.checked)}
          />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <ResponsibleFields values={values} onChange={(changes) => patch(changes, 'responsible')} errors={errors} />
          <AppliesToFields values={values} onChange={(changes) => patch(changes, 'appliesTo')} errors={errors} teams={teams} />
        </SimpleGrid>
        <Textarea
          label={t('program.item.fields.instructions')}
          autosize
          minRows={3}
          maxRows={10}
          value={values.instructions}
          error={errors.instructions}
          onChange={(e) => set('instructions', e.currentTarget.value)}
        />
        <FormProblems error={formError} />
        <FormActions onCancel={onClose} saving={saving} />
      </Stack>
    </form>
  );
}
