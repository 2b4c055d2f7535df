import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInStatus, CheckInView } from '../../../../electron/shared/schemas/check-ins';
import type { HirePlan } from '../../../../electron/shared/schemas/plan';
import { dayDate } from '../../lib/dates';
import { useCheckInsStore } from '../../stores/check-ins';
import { confirmRemoval } from '../common/confirm-removal';
import { HiddenHead } from '../common/HiddenHead';
import { RecordActions } from '../common/RecordActions';
import { LoadFailed, Loading } from '../common/LoadStates';
import { CheckInModal } from './CheckInModal';

const STATUS_COLOR: Record<CheckInStatus, string> = { held: 'teal', late: 'red', due: 'orange', upcoming: 'gray' };

function confirmRemove(checkIn: CheckInView, t: TFunction) {
  const { id, heldBy: _heldBy, ...kept } = checkIn.record!;
  confirmRemoval({
    title: t('checkIns.confirmTitle'),
    text: t('checkIns.confirmText', { label: checkIn.label }),
    removed: t('checkIns.removed'),
    remove: () => useCheckInsStore.getState().remove(id),
    // Put back as it was; the items it added to the plan were never taken away.
    undo: () =>
      useCheckInsStore
        .getState()
        .save(checkIn.checkpointId, { ...kept, toPlan: false })
        .then(() => t('checkIns.restored')),
  });
}

/** "Uppföljning": the programme's check-ins with their days, what each talk said, and the form. */
export function CheckInsTab({ plan }: { plan: HirePlan }) {
  const { t } = useTranslation();
  const { hire } = plan;
  const checkIns = useCheckInsStore((s) => (s.hireId === hire.id ? s.checkIns.data : null));
  const { status, error } = useCheckInsStore((s) => s.checkIns);
  const [open, setOpen] = useState<CheckInView | null>(null);
  // The start date decides the days: read again when it changed on another tab.
  useEffect(() => void useCheckInsStore.getState().load(hire.id), [hire.id, hire.startDate]);

  if (status === 'error' && !checkIns)
    return <LoadFailed title={t('checkIns.loadFailed')} message={error} onRetry={() => void useCheckInsStore.getState().load(hire.id)} />;
  if (!checkIns || status === 'loading') return <Loading />;
  const readOnly = hire.archivedAt !== null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="check-ins-title">
      <Stack gap={2} mb="sm">
        <Title order={2} size="h4" id="check-ins-title">
          {t('checkIns.title')}
        </Title>
        <Text size="sm" c="dimmed" maw={720}>
          {t('checkIns.intro')}
        </Text>
      </Stack>
      {checkIns.length === 0 ? (
        <Text size="sm">{t('checkIns.empty')}</Text>
      ) : (
        <Table verticalSpacing={8} fz="sm">
          <Table.Caption className="visually-hidden">{t('checkIns.caption', { name: hire.name })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('checkIns.columns.checkIn')}</Table.Th>
              <Table.Th w={150}>{t('checkIns.columns.date')}</Table.Th>
              <Table.Th w={170}>{t('checkIns.columns.status')}</Table.Th>
              <Table.Th w={140}>{t('checkIns.columns.answers')}</Table.Th>
              <Table.Th>{t('checkIns.columns.actions')}</Table.Th>
              <HiddenHead label={t('hours.entries.columns.actions')} w={150} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {checkIns.map((c) => (
              <Table.Tr key={c.checkpointId}>
                <Table.Td fw={600}>{c.label}</Table.Td>
                {/* A held check-in shows the day it was held; the others the day they fall on. */}
                <Table.Td className="nowrap">{dayDate(c.record?.heldOn ?? c.dueDate)}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[c.status]} variant="light">
                    {t(`checkIns.status.${c.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{c.record ? t('checkIns.answers', { workload: c.record.workload, support: c.record.support }) : ''}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{c.record?.actions.join(' · ')}</Table.Td>
                <Table.Td ta="right">
                  {!readOnly && (
                    <RecordActions
                      recorded={c.record !== null}
                      labels={{
                        fill: t('checkIns.fill'),
                        edit: t('checkIns.edit'),
                        fillLabel: t('checkIns.fillLabel', { label: c.label }),
                        editLabel: t('checkIns.editLabel', { label: c.label }),
                        remove: t('checkIns.remove', { label: c.label }),
                      }}
                      onOpen={() => setOpen(c)}
                      onRemove={() => confirmRemove(c, t)}
                    />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <CheckInModal checkIn={open} hireName={hire.name} today={plan.today} onClose={() => setOpen(null)} />
    </Paper>
  );
}
