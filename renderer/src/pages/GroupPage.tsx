import { Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArchive, IconCalendarDown, IconPencil, IconPrinter } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../components/common/BackLink';
import { Fact } from '../components/common/Fact';
import { LoadFailed, Loading } from '../components/common/LoadStates';
import { PageHeader } from '../components/common/PageHeader';
import { SectionCard } from '../components/common/SectionCard';
import { GroupFormModal } from '../components/groups/GroupFormModal';
import { MembersCard } from '../components/groups/MembersCard';
import { SessionsCard } from '../components/groups/SessionsCard';
import { useAction } from '../lib/use-action';
import { weekdayKey } from '../lib/weekdays';
import { useGroupsStore } from '../stores/groups';
import { useStaffStore } from '../stores/staff';

/** One group: its details, members and meetings, the calendar file and the attendance list. */
export function GroupPage() {
  const { t } = useTranslation();
  const groupId = Number(useParams().groupId);
  const {
    data: group,
    status,
    error,
  } = useGroupsStore((s) => (s.groupId === groupId ? s.group : { data: null, status: 'loading' as const, error: undefined }));
  const [editing, setEditing] = useState(false);
  const { busy, run } = useAction<'ics' | 'pdf' | 'archive'>();
  useEffect(() => {
    void useGroupsStore.getState().openGroup(groupId);
    void useStaffStore.getState().load();
  }, [groupId]);

  if (status === 'error' && !group)
    return <LoadFailed title={t('groups.loadFailed')} message={error} onRetry={() => void useGroupsStore.getState().openGroup(groupId)} />;
  if (!group) return <Loading />;
  const store = useGroupsStore.getState();
  const saved = (file: string | null) => (file ? t('groups.exported', { file }) : null);
  const archive = () =>
    group.archived
      ? void run('archive', () => store.setArchived(group.id, false).then(() => t('groups.saved')))
      : modals.openConfirmModal({
          title: t('groups.archive'),
          children: <Text size="sm">{t('groups.archiveConfirm', { name: group.name })}</Text>,
          labels: { confirm: t('groups.archive'), cancel: t('common.cancel') },
          confirmProps: { color: 'red' },
          onConfirm: () => void run('archive', () => store.setArchived(group.id, true).then(() => t('groups.saved'))),
        });
  return (
    <Stack className="page" gap="md">
      <BackLink to="/grupper">{t('groups.back')}</BackLink>
      <PageHeader
        title={group.name}
        intro={t(`groups.kind.${group.kind}`)}
        actions={
          <Group gap="sm">
            <Button
              variant="light"
              leftSection={<IconCalendarDown size={16} aria-hidden />}
              loading={busy === 'ics'}
              onClick={() => void run('ics', async () => saved(await store.exportCalendar(group.id)))}
            >
              {t('groups.exportIcs')}
            </Button>
            <Button
              variant="light"
              leftSection={<IconPrinter size={16} aria-hidden />}
              loading={busy === 'pdf'}
              onClick={() => void run('pdf', async () => saved(await store.printAttendance(group.id)))}
            >
              {t('groups.printAttendance')}
            </Button>
          </Group>
        }
      />
      <SectionCard headingId="group-details-title" title={t('groups.details')}>
        <Group gap="xl" align="flex-start">
          <Fact label={t('groups.columns.leader')}>{group.leader?.name ?? group.leaderName}</Fact>
          <Fact label={t('groups.fields.place')}>{group.place || '–'}</Fact>
          <Fact label={t('groups.columns.time')}>
            {t('groups.when', { weekday: t(`hours.weekdays.${weekdayKey(group.weekday)}`), time: group.time })}
          </Fact>
          <Fact label={t('groups.fields.maxMembers')}>{group.maxMembers}</Fact>
          <Fact label={t('groups.fields.meetingsPerYear')}>{group.meetingsPerYear}</Fact>
        </Group>
        <Group gap="sm">
          {!group.archived && (
            <Button variant="light" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
              {t('groups.editDetails')}
            </Button>
          )}
          <Button
            variant="subtle"
            color={group.archived ? 'blue' : 'red'}
            leftSection={<IconArchive size={16} aria-hidden />}
            loading={busy === 'archive'}
            onClick={archive}
          >
            {group.archived ? t('groups.reopen') : t('groups.archive')}
          </Button>
        </Group>
      </SectionCard>
      <MembersCard group={group} today={group.today} />
      <SessionsCard group={group} today={group.today} />
      <GroupFormModal opened={editing} group={group} onClose={() => setEditing(false)} />
    </Stack>
  );
}
