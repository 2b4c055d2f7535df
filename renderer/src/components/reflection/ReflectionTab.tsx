import { ActionIcon, Alert, Badge, Button, Group, Menu, Paper, Stack, Table, Text } from '@mantine/core';
import {
  IconArrowBackUp,
  IconCalendarDown,
  IconCalendarPlus,
  IconCalendarTime,
  IconCheck,
  IconDots,
  IconMapPin,
  IconUsersGroup,
  IconX,
} from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { HireReflection, ReflectionSession, SessionStatus } from '../../../../electron/shared/schemas/hours';
import type { HirePlan } from '../../../../electron/shared/schemas/plan';
import { dayDate, timeAfter, weekNumber } from '../../lib/dates';
import { useDialog } from '../../lib/use-dialog';
import { weekdayKey } from '../../lib/weekdays';
import { useReflectionStore } from '../../stores/reflection';
import { HiddenHead } from '../common/HiddenHead';
import { LoadFailed, Loading } from '../common/LoadStates';
import { useCalendarExport } from '../common/useCalendarExport';
import { HireGroupsCard } from './HireGroupsCard';
import { reopenSession } from './session-notices';
import { SessionDialogs, type SessionDialog } from './SessionDialogs';

const STATUS_COLOR: Record<SessionStatus, string> = { planned: 'blue', held: 'teal', cancelled: 'gray' };

const endTime = (session: ReflectionSession) => timeAfter(session.date, session.time, session.durationMinutes);

function SessionActions({ session, busy, onDialog }: { session: ReflectionSession; busy: boolean; onDialog: (d: SessionDialog) => void }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" disabled={busy} aria-label={t('hours.reflection.more', { date: dayDate(session.date) })}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {session.status !== 'held' && (
          <Menu.Item leftSection={<IconCheck size={16} aria-hidden />} onClick={() => onDialog({ kind: 'hold', session })}>
            {t('hours.reflection.markHeld')}
          </Menu.Item>
        )}
        {session.status === 'planned' && (
          <>
            <Menu.Item leftSection={<IconCalendarTime size={16} aria-hidden />} onClick={() => onDialog({ kind: 'move', session })}>
              {t('hours.reflection.move')}
            </Menu.Item>
            <Menu.Item leftSection={<IconX size={16} aria-hidden />} onClick={() => onDialog({ kind: 'cancel', session })}>
              {t('hours.reflection.cancel')}
            </Menu.Item>
          </>
        )}
        <Menu.Item leftSection={<IconMapPin size={16} aria-hidden />} onClick={() => onDialog({ kind: 'place', session })}>
          {t('hours.reflection.setPlace')}
        </Menu.Item>
        {session.status !== 'planned' && (
          <Menu.Item leftSection={<IconArrowBackUp size={16} aria-hidden />} onClick={() => reopenSession(session, t)}>
            {t('hours.reflection.reopen')}
            <Text size="xs" c="dimmed">
              {t('hours.reflection.reopenHint')}
            </Text>
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

function SessionRow({
  session,
  next,
  today,
  busy,
  onDialog,
}: {
  session: ReflectionSession;
  next: boolean;
  today: string;
  busy: boolean;
  onDialog: (d: SessionDialog) => void;
}) {
  const { t } = useTranslation();
  const overdue = session.status === 'planned' && session.date < today;
  const cancelled = session.status === 'cancelled';
  return (
    <Table.Tr data-session={session.id} bg={next ? 'var(--mantine-color-yellow-0)' : undefined}>
      <Table.Td>
        <Group gap={6} wrap="wrap">
          <Text size="sm" className="nowrap" td={cancelled ? 'line-through' : undefined} c={cancelled ? 'dimmed' : undefined}>
            {dayDate(session.date)}
          </Text>
          {next && (
            <Badge size="sm" color="yellow" c="yellow.9" variant="light" tt="none">
              {t('hours.reflection.next')}
            </Badge>
          )}
          {session.extra && (
            <Badge size="sm" color="grape" variant="light" tt="none">
              {t('hours.reflection.extra')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td className="nowrap">{t('hours.reflection.week', { week: weekNumber(session.date) })}</Table.Td>
      <Table.Td className="nowrap">{t('hours.reflection.timeRange', { from: session.time, to: endTime(session) })}</Table.Td>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>
        <Stack gap={0}>
          {session.place && (
            <Text size="sm" td={cancelled ? 'line-through' : undefined}>
              {session.place}
            </Text>
          )}
          {session.leader && (
            <Text size="xs" c="dimmed">
              {t('hours.reflection.ledBy', { name: session.leader.name })}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLOR[session.status]} variant={session.status === 'held' ? 'filled' : 'light'} tt="none">
          {t(`hours.reflection.status.${session.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>
        <Stack gap={0}>
          {session.theme && <Text size="sm">{t('hours.reflection.theme', { theme: session.theme })}</Text>}
          {session.attendees && (
            <Text size="xs" c="dimmed">
              {t('hours.reflection.attendees', { attendees: session.attendees })}
            </Text>
          )}
          {cancelled && session.cancelReason && (
            <Text size="sm">{t('hours.reflection.cancelReason', { reason: session.cancelReason })}</Text>
          )}
          {overdue && (
            <Text size="xs" c="orange.9" fw={600}>
              {t('hours.reflection.overdue')}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <SessionActions session={session} busy={busy} onDialog={onDialog} />
      </Table.Td>
    </Table.Tr>
  );
}

function OrdinaryGroup({ reflection, plan }: { reflection: HireReflection; plan: HirePlan }) {
  const { t } = useTranslation();
  if (!reflection.ordinaryGroupFrom) return null;
  const vars = { date: dayDate(reflection.ordinaryGroupFrom), name: plan.hire.name };
  return (
    <Alert color="blue" variant="light" icon={<IconUsersGroup size={18} aria-hidden />} data-testid="ordinary-group">
      <Text size="sm" fw={600}>
        {reflection.ordinaryGroupFrom <= plan.today
          ? t('hours.reflection.ordinaryGroupPast', vars)
          : t('hours.reflection.ordinaryGroup', vars)}
      </Text>
    </Alert>
  );
}

/** "Reflektion": the sessions from the programme's cadence, as held, moved and cancelled. */
export function ReflectionTab({ plan }: { plan: HirePlan }) {
  const { t } = useTranslation();
  const { hire, today } = plan;
  const reflection = useReflectionStore((s) => (s.hireId === hire.id ? s.reflection.data : null));
  const { status, error: loadError } = useReflectionStore((s) => s.reflection);
  const busy = useReflectionStore((s) => s.busy);
  const { dialog, open: setDialog, close: closeDialog } = useDialog<SessionDialog>();
  const calendar = useCalendarExport();

  useEffect(() => void useReflectionStore.getState().load(hire.id), [hire.id, hire.startDate]);

  if (status === 'error' && !reflection) {
    return (
      <LoadFailed
        title={t('hours.reflection.loadFailed')}
        message={loadError}
        onRetry={() => void useReflectionStore.getState().load(hire.id)}
      />
    );
  }
  if (!reflection) {
    return <Loading />;
  }

  const { sessions } = reflection;
  const next = sessions.find((s) => s.status === 'planned' && s.date >= today);
  const count = (s: SessionStatus) => sessions.filter((x) => x.status === s).length;
  const weekday = weekdayKey(reflection.weekday);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={2} maw={640}>
          <Text size="sm">
            {t('hours.reflection.intro', { weekdays: t(`hours.weekdaysPlural.${weekday}`), time: reflection.time })}
            {reflection.place && ` ${t('hours.reflection.programmePlace', { place: reflection.place })}`}
            {reflection.leader && ` ${t('hours.reflection.programmeLeader', { name: reflection.leader.name })}`}
          </Text>
          <Text size="sm" c="dimmed">
            {t('hours.reflection.counts', { held: count('held'), planned: count('planned'), cancelled: count('cancelled') })}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconCalendarDown size={16} aria-hidden />}
            loading={calendar.exporting}
            onClick={() => void calendar.run(hire.id)}
          >
            {t('hours.export.hire')}
          </Button>
          <Button leftSection={<IconCalendarPlus size={16} aria-hidden />} onClick={() => setDialog({ kind: 'add' })}>
            {t('hours.reflection.add')}
          </Button>
        </Group>
      </Group>
      {sessions.length === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <Text>{t('hours.reflection.empty', { name: hire.name })}</Text>
        </Paper>
      ) : (
        <Paper withBorder radius="md">
          <Table verticalSpacing={8} horizontalSpacing="sm" fz="sm">
            <Table.Caption className="visually-hidden">{t('hours.reflection.caption', { name: hire.name })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={250}>{t('hours.reflection.columns.date')}</Table.Th>
                <Table.Th w={70}>{t('hours.reflection.columns.week')}</Table.Th>
                <Table.Th w={110}>{t('hours.reflection.columns.time')}</Table.Th>
                <Table.Th w={200}>{t('hours.reflection.columns.place')}</Table.Th>
                <Table.Th w={100}>{t('hours.reflection.columns.status')}</Table.Th>
                <Table.Th>{t('hours.reflection.columns.notes')}</Table.Th>
                <HiddenHead label={t('hours.reflection.columns.actions')} w={52} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.map((session) => (
                <SessionRow
                  key={session.id}
                  session={session}
                  next={session.id === next?.id}
                  today={today}
                  busy={busy.includes(session.id)}
                  onDialog={setDialog}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <OrdinaryGroup reflection={reflection} plan={plan} />
      <HireGroupsCard plan={plan} />
      <SessionDialogs dialog={dialog} plan={plan} reflection={reflection} onClose={closeDialog} />
    </Stack>
  );
}
