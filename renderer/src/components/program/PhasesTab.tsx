import { Button, Group, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item, Phase, TemplateContent } from '../../../../electron/shared/schemas/template';
import { duplicateItem, move, removeById, restoreAt, samePhase } from '../../lib/template-edit';
import { useProgramsStore } from '../../stores/programs';
import { confirmRemoval, runEdit } from './feedback';
import { ItemFormModal, type ItemTarget } from './ItemFormModal';
import type { ItemActions } from './ItemsTable';
import { PhaseFormModal, type PhaseTarget } from './PhaseFormModal';
import { PhaseSection } from './PhaseSection';

const update = (change: (c: TemplateContent) => TemplateContent) => useProgramsStore.getState().update(change);

/** Phases in order, each with its items; every change is saved at once. */
export function PhasesTab({ content }: { content: TemplateContent }) {
  const { t } = useTranslation();
  const [itemTarget, setItemTarget] = useState<ItemTarget>(null);
  const [phaseTarget, setPhaseTarget] = useState<PhaseTarget>(null);

  const actions: ItemActions = {
    edit: (item) => setItemTarget({ item }),
    duplicate: (item) =>
      void runEdit(
        () => update((c) => duplicateItem(c, item.id, t('program.item.copySuffix')).content),
        t('program.item.duplicated', { title: item.title }),
      ),
    move: (item, step) => void runEdit(() => update((c) => ({ ...c, items: move(c.items, item.id, step, samePhase) }))),
    remove: (item: Item) => {
      const index = content.items.findIndex((i) => i.id === item.id);
      confirmRemoval({
        title: t('program.item.removeTitle', { title: item.title }),
        text: t('program.item.removeText'),
        removedMessage: t('program.item.removed', { title: item.title }),
        remove: () => update((c) => ({ ...c, items: removeById(c.items, item.id) })),
        undo: () => update((c) => ({ ...c, items: restoreAt(c.items, item, index) })),
      });
    },
  };

  const removePhase = (phase: Phase) => {
    const index = content.phases.findIndex((p) => p.id === phase.id);
    confirmRemoval({
      title: t('program.phase.removeTitle', { name: phase.name }),
      text: t('program.phase.removeText'),
      removedMessage: t('program.phase.removed', { name: phase.name }),
      remove: () => update((c) => ({ ...c, phases: removeById(c.phases, phase.id) })),
      undo: () => update((c) => ({ ...c, phases: restoreAt(c.phases, phase, index) })),
    });
  };

  return (
    <Stack gap="lg">
      {content.phases.map((phase) => (
        <PhaseSection
          key={phase.id}
          phase={phase}
          items={content.items.filter((i) => i.phaseId === phase.id)}
          onlyPhase={content.phases.length === 1}
          actions={actions}
          onAddItem={() => setItemTarget({ phaseId: phase.id })}
          onEdit={() => setPhaseTarget(phase)}
          onRemove={() => removePhase(phase)}
        />
      ))}
      <Group>
        <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setPhaseTarget('new')}>
          {t('program.phase.add')}
        </Button>
      </Group>
      <ItemFormModal target={itemTarget} content={content} onClose={() => setItemTarget(null)} />
      <PhaseFormModal target={phaseTarget} onClose={() => setPhaseTarget(null)} />
    </Stack>
  );
}
