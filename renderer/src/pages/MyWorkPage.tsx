import { Alert, Anchor, Badge, Button, Group, List, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconCalendarDown, IconClockPlus, IconPrinter } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMinutes } from '../../../electron/shared/rules/duration';
import { filteredWork, WORK_GROUPS } from '../../../electron/shared/rules/my-work';
import type { HoursDue, MyTask, MyWork } from '../../../electron/shared/schemas/my-work';
import { getApi, unwrap } from '../api';
import { LoadFailed, Loading } from '../components/common/LoadStates';
import { PageHeader } from '../components/common/PageHeader';
import { SectionCard } from '../components/common/SectionCard';
import { LogUsualHoursModal } from '../components/my-work/LogUsualHoursModal';
import { TaskTable } from '../components/my-work/TaskTable';
import { dayDate } from '../lib/dates';
import { notifyWithAction } from '../lib/notify';
import { showError } from '../lib/show-error';
import { useAction } from '../lib/use-action';
import { useMyWorkStore } from '../stores/my-work';
import { useSessionStore } from '../stores/session';

/** The list as a printed page and as calendar events, through main's save dialog. */
const EXPORTS = [
  { kind: 'pdf', icon: IconPrinter, label: 'myWork.exportPdf' },
  { kind: 'ics', icon: IconCalendarDown, label: 'myWork.exportIcs' },
] as const;

/** Mina uppgifter: what is the person's to do across every running introduction, late first. */
export function MyWorkPage() {
  const { t } = useTranslation();
  const user = useSessionStore((s) => s.currentUser);
  const { data: work, status, error } = useMyWorkStore((s) => s.work);
  const hireId = useMyWorkStore((s) => s.hireId);
  const [busy, setBusy] = useState<number | null>(null);
  const [logging, setLogging] = useState<HoursDue | null>(null);
  const exports = useAction<'pdf' | 'ics'>();

  useEffect(() => {
    if (user) void useMyWorkStore.getState().load();
  }, [user]);

  const shown = useMemo(() => (work ? filteredWork(work, hireId) : null), [work, hireId]);

  const change = async (task: MyTask, to: 'done' | 'followedUp') => {
    setBusy(task.itemId);
    try {
      await useMyWorkStore.getState().setStatus(task, to);
      notifyWithAction({
        message: t(to === 'done' ? 'myWork.ticked' : 'myWork.followedUp', { title: task.title }),
        actionLabel: t('myWork.undo'),
        onAction: () =>
          void useMyWorkStore
            .getState()
            .setStatus({ ...task, status: to }, to === 'done' ? 'todo' : 'done')
            .catch(showError),
      });
    } catch (e) {
      showError(e);
    } finally {
      setBusy(null);
    }
  };

  const header = (
    <PageHeader
      title={t('myWork.title')}
      intro={t('myWork.intro')}
      actions={
        work && (
          <Group gap="xs">
            {EXPORTS.map(({ kind, icon: Icon, label }) => (
              <Button
                key={kind}
                variant="default"
                leftSection={<Icon size={16} aria-hidden />}
                loading={exports.busy === kind}
                onClick={() =>
                  void exports.run(kind, async () => {
                    const api = getApi().tasks;
                    const outcome = await unwrap(kind === 'pdf' ? api.exportPdf({ hireId }) : api.exportIcs({ hireId }));
                    return outcome.saved ? t('myWork.saved', { fileName: outcome.fileName }) : null;
                  })
                }
              >
                {t(label)}
              </Button>
            ))}
          </Group>
        )
      }
    />
  );

  if (!user)
    return (
      <Stack className="page page-wide">
        {header}
        <Alert color="orange">{t('myWork.pickFirst')}</Alert>
      </Stack>
    );
  if (status === 'error')
    return <LoadFailed title={t('myWork.title')} message={error} onRetry={() => void useMyWorkStore.getState().load()} />;
  if (!work || !shown) return <Loading />;

  return (
    <Stack className="page page-wide" gap="md">
      {header}
      <HireFilter work={work} />
      {!work.tasks.length && <Alert color="green">{t('myWork.allDone')}</Alert>}
      {WORK_GROUPS.map((group) => {
        const tasks = shown.tasks.filter((task) => task.group === group);
        return (
          <Paper key={group} withBorder radius="md" p="md" component="section" aria-labelledby={`group-${group}`}>
            <Group gap="xs" mb="xs">
              <Title order={2} size="h4" id={`group-${group}`}>
                {t(`myWork.groups.${group}`)}
              </Title>
              <Badge color={group === 'late' && tasks.length ? 'red' : 'gray'} variant="light">
                {tasks.length}
              </Badge>
            </Group>
            {tasks.length ? (
              <TaskTable
                tasks={tasks}
                today={work.today}
                action="tick"
                busy={busy}
                onAction={(task) => void change(task, 'done')}
                caption={t(`myWork.groups.${group}`)}
              />
            ) : (
              <Text size="sm" c="dimmed">
                {t('myWork.nothing')}
              </Text>
            )}
          </Paper>
        );
      })}
      {shown.notFollowedUp.length > 0 && (
        <SectionCard headingId="group-follow-up" title={t('myWork.notFollowedUp')} intro={t('myWork.notFollowedUpHint')}>
          <TaskTable
            tasks={shown.notFollowedUp}
            today={work.today}
            action="followUp"
            busy={busy}
            onAction={(task) => void change(task, 'followedUp')}
            caption={t('myWork.notFollowedUp')}
          />
        </SectionCard>
      )}
      {shown.hoursDue.length > 0 && (
        <SectionCard headingId="hours-due" title={t('myWork.hoursDue')}>
          <Stack gap="xs">
            {shown.hoursDue.map((due) => (
              <Group key={due.hireId} justify="space-between" role="group" aria-label={due.hireName}>
                <Text size="sm">
                  <b>{due.hireName}</b>{' '}
                  {t('myWork.hoursRow', {
                    week: due.week,
                    logged: formatMinutes(due.loggedMinutes),
                    expected: formatMinutes(due.expectedMinutes),
                  })}
                </Text>
                <Button
                  size="compact-sm"
                  variant="light"
                  leftSection={<IconClockPlus size={14} aria-hidden />}
                  onClick={() => setLogging(due)}
                >
                  {t('myWork.logUsual', { time: formatMinutes(due.expectedMinutes - due.loggedMinutes) })}
                </Button>
              </Group>
            ))}
          </Stack>
        </SectionCard>
      )}
      {shown.checkIns.length > 0 && (
        <SectionCard headingId="my-check-ins" title={t('myWork.checkIns')} intro={t('myWork.checkInsHint')}>
          <List size="sm" spacing={4}>
            {shown.checkIns.map((c) => (
              <List.Item key={`${c.hireId}-${c.label}`}>
                <Anchor component={Link} to={`/nyanstallda/${c.hireId}`} inherit>
                  {c.hireName}
                </Anchor>
                {` · ${c.label} · ${dayDate(c.dueDate)}`}
                {c.late && (
                  <Badge ml="xs" size="sm" color="red" variant="light">
                    {t('checkIns.status.late')}
                  </Badge>
                )}
              </List.Item>
            ))}
          </List>
        </SectionCard>
      )}
      {shown.sessions.length + shown.groupSessions.length > 0 && (
        <SectionCard headingId="my-sessions" title={t('myWork.sessions')}>
          <List size="sm" spacing={4}>
            {shown.sessions.map((s) => (
              <List.Item key={s.sessionId}>
                {dayDate(s.date)} {s.time} · {s.hireName}
                {s.place ? ` · ${s.place}` : ''} · {t(s.leads ? 'myWork.leads' : 'myWork.attends')}
              </List.Item>
            ))}
            {shown.groupSessions.map((s) => (
              <List.Item key={`group-${s.sessionId}`}>
                {dayDate(s.date)} {s.time} · {s.groupName}
                {s.place ? ` · ${s.place}` : ''} · {t(s.leads ? 'myWork.leads' : 'myWork.attends')}
              </List.Item>
            ))}
          </List>
        </SectionCard>
      )}
      {logging && <LogUsualHoursModal due={logging} personId={work.person.id} onClose={() => setLogging(null)} />}
    </Stack>
  );
}

function HireFilter({ work }: { work: MyWork }) {
  const { t } = useTranslation();
  const hireId = useMyWorkStore((s) => s.hireId);
  const hires = new Map<number, string>();
  for (const row of [...work.tasks, ...work.notFollowedUp, ...work.sessions, ...work.hoursDue, ...work.checkIns])
    hires.set(row.hireId, row.hireName);
  const data = [
    { value: '', label: t('myWork.allHires') },
    ...[...hires].sort((a, b) => a[1].localeCompare(b[1], 'sv')).map(([id, name]) => ({ value: String(id), label: name })),
  ];
  return (
    <Select
      label={t('myWork.filterHire')}
      data={data}
      value={hireId === null ? '' : String(hireId)}
      onChange={(v) => useMyWorkStore.getState().setHire(v ? Number(v) : null)}
      allowDeselect={false}
      w={280}
    />
  );
}
