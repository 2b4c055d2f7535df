import { Alert, Button, Group, Loader, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DateChange, HirePlan } from '../../../../electron/shared/schemas/plan';
import { longDate, shortDate, weekNumber } from '../../lib/dates';
import { messageOf } from '../../lib/errors';
import { useAction } from '../../lib/use-action';
import { usePlanStore } from '../../stores/plan';
import { DateField } from '../common/DateField';

interface Props {
  opened: boolean;
  plan: HirePlan;
  onClose: () => void;
}

export function StartDateModal({ opened, plan, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('plans.startDate.title', { name: plan.hire.name })} size="lg">
      <StartDateForm plan={plan} onClose={onClose} />
    </Modal>
  );
}

type Preview = { date: string; changes: DateChange[] } | { date: string; error: string };

/** Shows what moves before anything is saved; saving is possible only for the date previewed. */
function StartDateForm({ plan, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const current = plan.hire.startDate;
  const [date, setDate] = useState(current);
  const [preview, setPreview] = useState<Preview | null>(null);
  const { busy, run } = useAction<'save'>();

  useEffect(() => {
    if (!date || date === current) return;
    let stale = false;
    usePlanStore
      .getState()
      .previewStartDate(date)
      .then(
        (changes) => !stale && setPreview({ date, changes }),
        (error: unknown) => !stale && setPreview({ date, error: messageOf(error) }),
      );
    return () => {
      stale = true;
    };
  }, [date, current]);

  const shown = preview?.date === date ? preview : null;
  const changes = shown && 'changes' in shown ? shown.changes : null;
  const range = (w: { startDate: string; dueDate: string }) =>
    w.startDate === w.dueDate
      ? shortDate(w.dueDate, plan.today)
      : `${shortDate(w.startDate, plan.today)} – ${shortDate(w.dueDate, plan.today)}`;

  const save = () =>
    run('save', async () => {
      await usePlanStore.getState().changeStartDate(date);
      onClose();
      return t('plans.startDate.saved', { date: longDate(date), count: changes?.length ?? 0 });
    });

  return (
    <Stack gap="md">
      <Text size="sm">
        {t('plans.startDate.current', { date: `${longDate(current)} (${t('plans.header.week', { week: weekNumber(current) })})` })}
      </Text>
      <DateField
        label={t('plans.startDate.label')}
        description={date ? `${longDate(date)}, ${t('plans.header.week', { week: weekNumber(date) })}` : t('plans.startDate.hint')}
        value={date}
        onChange={setDate}
        data-autofocus
        dayOff="start"
      />
      <Text size="sm" c="dimmed">
        {t('plans.startDate.explain')}
      </Text>
      <div aria-live="polite">
        {date === current && <Text size="sm">{t('plans.startDate.same')}</Text>}
        {date && date !== current && !shown && (
          <Group gap="xs">
            <Loader size="xs" aria-hidden />
            <Text size="sm">{t('plans.startDate.calculating')}</Text>
          </Group>
        )}
        {shown && 'error' in shown && (
          <Alert color="red" role="alert">
            {shown.error}
          </Alert>
        )}
        {changes && changes.length === 0 && <Text size="sm">{t('plans.startDate.noChanges')}</Text>}
        {changes && changes.length > 0 && (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('plans.startDate.changes', { count: changes.length })}
            </Text>
            <ScrollArea.Autosize mah={300} type="auto" scrollbars="y" offsetScrollbars="y">
              <Table striped verticalSpacing={4} fz="sm" aria-label={t('plans.startDate.changes', { count: changes.length })}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('plans.startDate.columns.item')}</Table.Th>
                    <Table.Th>{t('plans.startDate.columns.from')}</Table.Th>
                    <Table.Th>{t('plans.startDate.columns.to')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {changes.map((c) => (
                    <Table.Tr key={c.itemId}>
                      <Table.Td>{c.title}</Table.Td>
                      <Table.Td className="nowrap" c="dimmed">
                        {range(c.from)}
                      </Table.Td>
                      <Table.Td className="nowrap" fw={600}>
                        {range(c.to)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          </Stack>
        )}
      </div>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void save()} loading={busy !== null} disabled={!changes}>
          {t('plans.startDate.save')}
        </Button>
      </Group>
    </Stack>
  );
}
