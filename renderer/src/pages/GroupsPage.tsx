import { Anchor, Badge, Button, Checkbox, Paper, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { GroupFormModal } from '../components/groups/GroupFormModal';
import { HiddenHead } from '../components/common/HiddenHead';
import { LoadFailed, Loading } from '../components/common/LoadStates';
import { PageHeader } from '../components/common/PageHeader';
import { dayDate } from '../lib/dates';
import { weekdayKey } from '../lib/weekdays';
import { useGroupsStore } from '../stores/groups';
import { useStaffStore } from '../stores/staff';

/** Grupper: the unit's reflection groups and yrkeshandledning groups. */
export function GroupsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: groups, status, error } = useGroupsStore((s) => s.list);
  const [adding, setAdding] = useState(false);
  const [showArchived, setShowArchived] = useState(false);
  useEffect(() => {
    void useGroupsStore.getState().loadList();
    void useStaffStore.getState().load();
  }, []);
  const visible = groups.filter((g) => showArchived || !g.archived);
  return (
    <Stack className="page" gap="md">
      <PageHeader
        title={t('groups.title')}
        intro={t('groups.intro')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            {t('groups.add')}
          </Button>
        }
      />
      {status === 'error' && (
        <LoadFailed title={t('groups.loadFailed')} message={error} onRetry={() => void useGroupsStore.getState().loadList()} />
      )}
      {status === 'loading' && groups.length === 0 && <Loading />}
      {status === 'ready' && groups.length === 0 && <Text>{t('groups.empty')}</Text>}
      {groups.some((g) => g.archived) && (
        <Checkbox label={t('groups.showArchived')} checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
      )}
      {visible.length > 0 && (
        <Paper withBorder radius="md">
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Caption className="visually-hidden">{t('groups.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('groups.columns.name')}</Table.Th>
                <Table.Th>{t('groups.columns.kind')}</Table.Th>
                <Table.Th>{t('groups.columns.leader')}</Table.Th>
                <Table.Th>{t('groups.columns.time')}</Table.Th>
                <Table.Th>{t('groups.columns.members')}</Table.Th>
                <Table.Th>{t('groups.columns.next')}</Table.Th>
                <HiddenHead label={t('groups.archivedBadge')} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visible.map((g) => (
                <Table.Tr key={g.id}>
                  <Table.Td fw={600}>
                    <Anchor component={Link} to={`/grupper/${g.id}`}>
                      {g.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`groups.kind.${g.kind}`)}</Table.Td>
                  <Table.Td>{g.leader?.name ?? g.leaderName}</Table.Td>
                  <Table.Td className="nowrap">
                    {t('groups.when', { weekday: t(`hours.weekdays.${weekdayKey(g.weekday)}`), time: g.time })}
                  </Table.Td>
                  <Table.Td>{t('groups.membersOf', { count: g.memberCount, max: g.maxMembers })}</Table.Td>
                  <Table.Td className="nowrap">{g.nextSession ? dayDate(g.nextSession) : t('groups.noNext')}</Table.Td>
                  <Table.Td>{g.archived && <Badge color="gray">{t('groups.archivedBadge')}</Badge>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <GroupFormModal opened={adding} group={null} onClose={() => setAdding(false)} onSaved={(g) => void navigate(`/grupper/${g.id}`)} />
    </Stack>
  );
}
