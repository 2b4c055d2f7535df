import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { HirePlan } from '../../../../electron/shared/schemas/plan';
import { useDialog } from '../../lib/use-dialog';
import { useRememberedView } from '../../lib/view-memory';
import { useSessionStore } from '../../stores/session';
import { AddItemModal } from './AddItemModal';
import { filterPredicate, FILTERS, type Filter } from './checklist-filters';
import { EditItemModal } from './EditItemModal';
import type { ItemDialog } from './ItemMenu';
import { phaseColor } from './labels';
import { NotApplicableModal } from './NotApplicableModal';
import { PhaseSection } from './PhaseSection';

export function ChecklistTab({ plan }: { plan: HirePlan }) {
  const { t } = useTranslation();
  const currentUser = useSessionStore((s) => s.currentUser);
  const [search, setSearch] = useSearchParams();
  // A link from Översikt ("3 försenade") names the filter; otherwise the one this person used last.
  const [filter, setFilter] = useRememberedView(
    'checklist',
    FILTERS,
    'all',
    FILTERS.find((f) => f === search.get('filter')),
  );
  const { dialog, open: setDialog, close: closeDialog } = useDialog<ItemDialog>();
  const userId = currentUser?.id ?? null;

  const counts = useMemo(
    () =>
      Object.fromEntries(FILTERS.map((f) => [f, plan.items.filter(filterPredicate(f, plan.today, userId)).length])) as Record<
        Filter,
        number
      >,
    [plan, userId],
  );
  const shown = useMemo(() => plan.items.filter(filterPredicate(filter, plan.today, userId)), [plan, filter, userId]);

  const choose = (value: string) => {
    setFilter(value as Filter);
    if (search.has('filter')) setSearch({}, { replace: true });
    if (value === 'mine') void useSessionStore.getState().refresh();
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <SegmentedControl
          aria-label={t('plans.checklist.filters')}
          value={filter}
          onChange={choose}
          data={FILTERS.map((f) => ({
            value: f,
            label: t('plans.checklist.filterCount', { label: t(`plans.checklist.filter.${f}`), count: counts[f] }),
          }))}
        />
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog({ kind: 'add' })}>
          {t('plans.checklist.addOwn')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('plans.checklist.shown', { count: shown.length })}
      </Text>
      {filter === 'mine' && !currentUser && <Alert color="blue">{t('plans.checklist.noUser')}</Alert>}
      {shown.length === 0 && (
        <Paper withBorder radius="md" p="lg">
          <Text>{t('plans.checklist.noMatch')}</Text>
        </Paper>
      )}
      {plan.phases.map((phase) => {
        const inPhase = shown.filter((i) => i.phaseId === phase.id);
        if (filter !== 'all' && inPhase.length === 0) return null;
        return (
          <PhaseSection
            key={phase.id}
            phase={phase}
            color={phaseColor(plan.phases, phase.id)}
            items={plan.items.filter((i) => i.phaseId === phase.id)}
            shown={inPhase}
            today={plan.today}
            onDialog={setDialog}
          />
        );
      })}
      <EditItemModal item={dialog?.kind === 'edit' ? dialog.item : null} onClose={closeDialog} />
      <NotApplicableModal item={dialog?.kind === 'notApplicable' ? dialog.item : null} onClose={closeDialog} />
      <AddItemModal opened={dialog?.kind === 'add'} plan={plan} onClose={closeDialog} />
    </Stack>
  );
}
