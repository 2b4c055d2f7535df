import { Badge, Button, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconCalendarPlus, IconChecklist, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { memberOn } from '../../../../electron/shared/rules/groups';
import { planSessionsInput, sessionFields, type GroupDetail, type GroupSessionView } from '../../../../electron/shared/schemas/groups';
import type { SessionStatus } from '../../../../electron/shared/schemas/hours';
import { dayDate } from '../../lib/dates';
import { weekdayKey } from '../../lib/weekdays';
import { notifySaved } from '../../lib/notify';
import { useForm } from '../../lib/use-form';
import { useGroupsStore } from '../../stores/groups';
import { DateField } from '../common/DateField';
import { FormActions } from '../common/FormActions';
import { FormError } from '../common/FormError';
import { HiddenHead } from '../common/HiddenHead';
import { SectionCard } from '../common/SectionCard';
import { TimeField } from '../common/TimeField';

const STATUS_COLOR: Record<SessionStatus, string> = { planned: 'gray', held: 'teal', cancelled: 'red' };

type Dialog = { kind: 'plan' } | { kind: 'session'; session: GroupSessionView | null } | { kind: 'attendance'; session: GroupSessionView };

/** The group's meetings: plan the next ones on the regular time, change one, record who was there. */
export function SessionsCard({ group, today }: { group: GroupDetail; today: string }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const readOnly = group.archived;
  const when = t('groups.when', { weekday: t(`hours.weekdays.${weekdayKey(group.weekday)}`), time: group.time });
  return (
    <SectionCard headingId="group-sessions-title" title={t('groups.sessions')} intro={when}>
      {group.sessions.length > 0 && (
        <Table verticalSpacing={6} fz="sm">
          <Table.Caption className="visually-hidden">{t('groups.sessionsCaption', { name: group.name })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={170}>{t('groups.sessionColumns.date')}</Table.Th>
              <Table.Th w={80}>{t('groups.sessionColumns.time')}</Table.Th>
              <Table.Th>{t('groups.sessionColumns.place')}</Table.Th>
              <Table.Th w={110}>{t('groups.sessionColumns.status')}</Table.Th>
              <Table.Th w={100}>{t('groups.sessionColumns.attendance')}</Table.Th>
              <HiddenHead label={t('groups.sessionColumns.actions')} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {group.sessions.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td className="nowrap">{dayDate(s.date)}</Table.Td>
                <Table.Td>{s.time}</Table.Td>
                <Table.Td>
                  {s.place}
                  {s.theme && (
                    <Text size="xs" c="dimmed">
                      {s.theme}
                    </Text>
                  )}
                  {s.status === 'cancelled' && s.cancelReason && (
                    <Text size="xs" c="dimmed">
                      {s.cancelReason}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATUS_COLOR[s.status]}>
                    {t(`groups.status.${s.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {s.attendance.length > 0 &&
                    t('groups.attendanceCount', { present: s.attendance.filter((a) => a.present).length, total: s.attendance.length })}
                </Table.Td>
                <Table.Td ta="right">
                  {!readOnly && (
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      {s.status !== 'cancelled' && s.date <= today && (
                        <Button
                          size="compact-sm"
                          variant="light"
                          leftSection={<IconChecklist size={14} aria-hidden />}
                          aria-label={t('groups.recordAttendanceOf', { date: dayDate(s.date) })}
                          onClick={() => setDialog({ kind: 'attendance', session: s })}
                        >
                          {t('groups.attendance')}
                        </Button>
                      )}
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<IconPencil size={14} aria-hidden />}
                        aria-label={t('groups.editSession', { date: dayDate(s.date) })}
                        onClick={() => setDialog({ kind: 'session', session: s })}
                      >
                        {t('groups.editSessionShort')}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {!readOnly && (
        <Group gap="sm">
          <Button variant="light" leftSection={<IconCalendarPlus size={16} aria-hidden />} onClick={() => setDialog({ kind: 'plan' })}>
            {t('groups.planSessions')}
          </Button>
          <Button
            variant="subtle"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setDialog({ kind: 'session', session: null })}
          >
            {t('groups.addSession')}
          </Button>
        </Group>
      )}
      <Modal opened={dialog?.kind === 'plan'} onClose={close} title={t('groups.planSessions')}>
        {dialog?.kind === 'plan' && <PlanForm group={group} today={today} when={when} onClose={close} />}
      </Modal>
      <Modal
        opened={dialog?.kind === 'session'}
        onClose={close}
        title={
          dialog?.kind === 'session'
            ? dialog.session
              ? t('groups.sessionDialog', { date: dayDate(dialog.session.date) })
              : t('groups.newSessionDialog')
            : ''
        }
      >
        {dialog?.kind === 'session' && <SessionForm group={group} session={dialog.session} today={today} onClose={close} />}
      </Modal>
      <Modal
        opened={dialog?.kind === 'attendance'}
        onClose={close}
        title={dialog?.kind === 'attendance' ? t('groups.attendanceDialog', { date: dayDate(dialog.session.date) }) : ''}
      >
        {dialog?.kind === 'attendance' && <AttendanceForm group={group} session={dialog.session} onClose={close} />}
      </Modal>
    </SectionCard>
  );
}

function PlanForm({ group, today, when, onClose }: { group: GroupDetail; today: string; when: string; onClose: () => void }) {
  const { t } = useTranslation();
  const last = group.sessions.at(-1)?.date;
  const { values, set, errors, formError, saving, check, save } = useForm({ from: last && last >= today ? last : today, count: 6 });
  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = check(planSessionsInput, { groupId: group.id, from: values.from, count: Number(values.count) });
    if (!input || !(await save(() => useGroupsStore.getState().planSessions(input.groupId, input.from, input.count)))) return;
    notifySaved(t('groups.sessionsPlanned'));
    onClose();
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <FormError error={formError} />
        <Text size="sm">{t('groups.planHint', { when })}</Text>
        <DateField
          label={t('groups.planFrom')}
          value={values.from}
          onChange={(v) => set('from', v)}
          error={errors.from}
          withAsterisk
          data-autofocus
        />
        <NumberInput
          label={t('groups.planCount')}
          value={values.count}
          onChange={(v) => set('count', Number(v))}
          error={errors.count}
          min={1}
          max={24}
        />
        <FormActions onCancel={onClose} saving={saving} submitLabel={t('groups.plan')} />
      </Stack>
    </form>
  );
}

function SessionForm({
  group,
  session,
  today,
  onClose,
}: {
  group: GroupDetail;
  session: GroupSessionView | null;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { values, set, errors, formError, saving, check, save } = useForm(
    {
      date: session?.date ?? today,
      time: session?.time ?? group.time,
      durationMinutes: session?.durationMinutes ?? group.durationMinutes,
      place: session?.place ?? group.place,
      theme: session?.theme ?? '',
      status: session?.status ?? 'planned',
      cancelReason: session?.cancelReason ?? '',
    },
    { fieldName: (path) => path.replace(/^session\./, '') },
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = check(sessionFields, {
      ...values,
      durationMinutes: Number(values.durationMinutes),
      cancelReason: values.status === 'cancelled' ? values.cancelReason : null,
    });
    if (!fields || !(await save(() => useGroupsStore.getState().saveSession(group.id, session?.id ?? null, fields)))) return;
    notifySaved(t('groups.sessionSaved'));
    onClose();
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <FormError error={formError} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateField
            label={t('groups.date')}
            value={values.date}
            onChange={(v) => set('date', v)}
            error={errors.date}
            withAsterisk
            data-autofocus
          />
          <TimeField
            label={t('groups.fields.time')}
            value={values.time}
            onChange={(v) => set('time', v)}
            error={errors.time}
            withAsterisk
          />
          <NumberInput
            label={t('groups.fields.durationMinutes')}
            value={values.durationMinutes}
            onChange={(v) => set('durationMinutes', Number(v))}
            error={errors.durationMinutes}
            min={15}
            max={480}
            step={15}
          />
        </SimpleGrid>
        <TextInput
          label={t('groups.fields.place')}
          value={values.place}
          onChange={(e) => set('place', e.currentTarget.value)}
          error={errors.place}
        />
        <TextInput
          label={t('groups.theme')}
          value={values.theme}
          onChange={(e) => set('theme', e.currentTarget.value)}
          error={errors.theme}
        />
        <Select
          label={t('groups.sessionStatus')}
          data={(['planned', 'held', 'cancelled'] as const).map((s) => ({ value: s, label: t(`groups.status.${s}`) }))}
          value={values.status}
          onChange={(v) => v && set('status', v)}
          error={errors.status}
          allowDeselect={false}
        />
        {values.status === 'cancelled' && (
          <TextInput
            label={t('groups.cancelReason')}
            value={values.cancelReason}
            onChange={(e) => set('cancelReason', e.currentTarget.value)}
            error={errors.cancelReason}
            withAsterisk
          />
        )}
        <FormActions onCancel={onClose} saving={saving} submitLabel={t('groups.saveSession')} />
      </Stack>
    </form>
  );
}

/** One checkbox per member on the day; unticked is absent. Saving marks the meeting held. */
function AttendanceForm({ group, session, onClose }: { group: GroupDetail; session: GroupSessionView; onClose: () => void }) {
  const { t } = useTranslation();
  const members = group.members.filter((m) => memberOn(m, session.date));
  const recorded = new Map(session.attendance.map((a) => [a.memberId, a.present]));
  // Before anything is recorded everyone is ticked: most come.
  const { values, set, formError, saving, save } = useForm(
    () => Object.fromEntries(members.map((m) => [String(m.id), recorded.get(m.id) ?? true])) as Record<string, boolean>,
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    const attendance = members.map((m) => ({ memberId: m.id, present: values[String(m.id)] ?? false }));
    if (!(await save(() => useGroupsStore.getState().recordAttendance(session.id, attendance)))) return;
    notifySaved(t('groups.attendanceSaved'));
    onClose();
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <FormError error={formError} />
        {members.length === 0 ? (
          <Text size="sm">{t('groups.noMembersThen')}</Text>
        ) : (
          // Not Checkbox.Group: its own value would override each box's `checked`.
          <Stack gap="xs" role="group" aria-labelledby="attendance-label">
            <Text size="sm" fw={500} id="attendance-label">
              {t('groups.present')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('groups.attendanceHint')}
            </Text>
            {members.map((m) => (
              <Checkbox
                key={m.id}
                label={m.name}
                checked={values[String(m.id)] ?? false}
                onChange={(e) => set(String(m.id), e.currentTarget.checked)}
              />
            ))}
          </Stack>
        )}
        <FormActions onCancel={onClose} saving={saving} submitLabel={t('groups.saveAttendance')} />
      </Stack>
    </form>
  );
}
