import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CadenceMet } from '../../../../electron/shared/rules/groups';
import type { HirePlan } from '../../../../electron/shared/schemas/plan';
import { dayDate } from '../../lib/dates';
import { useGroupsStore } from '../../stores/groups';
import { MoveToOrdinaryModal, type MoveTarget } from '../common/MoveToOrdinaryModal';

const MET_COLOR: Record<CadenceMet, string> = { individual: 'teal', group: 'grape', missing: 'red', upcoming: 'gray' };

/**
 * The hire's groups and, per slot of the programme's reflection cadence, whether an individual
 * session or a group session met it ("Grupp: X" / "Enskild" / "Saknas"), with the month-12 move.
 */
export function HireGroupsCard({ plan }: { plan: HirePlan }) {
  const { t } = useTranslation();
  const { hire, today } = plan;
  const groups = useGroupsStore((s) => (s.hireId === hire.id ? s.hire.data : null));
  const [moving, setMoving] = useState<MoveTarget | null>(null);
  useEffect(() => void useGroupsStore.getState().loadHire(hire.id), [hire.id, hire.startDate]);
  if (!groups) return null;
  const counts = (met: CadenceMet) => groups.cadence.filter((s) => s.met === met).length;
  const readOnly = hire.archivedAt !== null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="hire-groups-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="hire-groups-title">
          {t('groups.hireGroups')}
        </Title>
        {groups.memberships.length === 0 ? (
          <Text size="sm">{t('groups.hireNoGroups')}</Text>
        ) : (
          <Stack gap={4}>
            {groups.memberships.map((m) => (
              <Group key={m.memberId} gap="sm">
                <Text size="sm" fw={m.active ? 600 : undefined} c={m.active ? undefined : 'dimmed'}>
                  {m.groupName} · {t(`groups.kind.${m.kind}`)} · {dayDate(m.fromDate)} –{' '}
                  {m.toDate ? dayDate(m.toDate) : t('groups.ongoing')}
                </Text>
                {!readOnly && m.kind === 'reflection' && m.active && m.toDate === null && groups.reflectionGroups.length > 0 && (
                  <Button
                    size="compact-sm"
                    variant="light"
                    leftSection={<IconArrowRight size={14} aria-hidden />}
                    onClick={() =>
                      setMoving({ memberId: m.memberId, name: hire.name, groupName: m.groupName, fromDate: groups.ordinaryFrom ?? today })
                    }
                  >
                    {t('groups.moveToOrdinary')}
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        )}
        {groups.cadence.length > 0 && (
          <>
            <Title order={3} size="h5">
              {t('groups.cadence')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('groups.cadenceSummary', { individual: counts('individual'), group: counts('group'), missing: counts('missing') })}
            </Text>
            <Table verticalSpacing={4} fz="sm" maw={720}>
              <Table.Caption className="visually-hidden">{t('groups.cadenceCaption', { name: hire.name })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={80}>{t('groups.cadenceColumns.month')}</Table.Th>
                  <Table.Th>{t('groups.cadenceColumns.date')}</Table.Th>
                  <Table.Th>{t('groups.cadenceColumns.met')}</Table.Th>
                  <Table.Th>{t('groups.cadenceColumns.on')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {groups.cadence.map((slot) => (
                  <Table.Tr key={slot.date}>
                    <Table.Td>{slot.month}</Table.Td>
                    <Table.Td className="nowrap">{dayDate(slot.date)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={MET_COLOR[slot.met]} tt="none">
                        {t(`groups.met.${slot.met}`, { name: slot.groupName ?? '' })}
                      </Badge>
                    </Table.Td>
                    <Table.Td className="nowrap">{slot.on ? dayDate(slot.on) : ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
      <MoveToOrdinaryModal move={moving} groups={groups.reflectionGroups} onClose={() => setMoving(null)} />
    </Paper>
  );
}
