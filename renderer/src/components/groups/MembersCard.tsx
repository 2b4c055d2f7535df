import { Alert, Badge, Button, Group, Modal, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArrowRight, IconUserMinus, IconUserPlus } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sizeCheck } from '../../../../electron/shared/rules/groups';
import { addMemberInput, type GroupDetail, type GroupMemberView } from '../../../../electron/shared/schemas/groups';
import { dayDate } from '../../lib/dates';
import { notifySaved } from '../../lib/notify';
import { showError } from '../../lib/show-error';
import { useForm } from '../../lib/use-form';
import { useGroupsStore } from '../../stores/groups';
import { useHiresStore } from '../../stores/hires';
import { useStaffStore } from '../../stores/staff';
import { DateField } from '../common/DateField';
import { FormActions } from '../common/FormActions';
import { FormError } from '../common/FormError';
import { HiddenHead } from '../common/HiddenHead';
import { MoveToOrdinaryModal, type MoveTarget } from '../common/MoveToOrdinaryModal';
import { SectionCard } from '../common/SectionCard';

/** The group's members now and before: add a hire or someone in the staff, end a membership, move a hire on at month 12. */
export function MembersCard({ group, today }: { group: GroupDetail; today: string }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<GroupMemberView | null>(null);
  const [moving, setMoving] = useState<MoveTarget | null>(null);
  const others = useGroupsStore((s) => s.list.data).filter((g) => g.kind === 'reflection' && !g.archived && g.id !== group.id);
  useEffect(() => void useGroupsStore.getState().loadList(), []);
  const size = sizeCheck(group.kind, group.memberCount, group.maxMembers);
  const readOnly = group.archived;
  return (
    <SectionCard headingId="group-members-title" title={t('groups.members')}>
      {group.memberCount >= group.maxMembers ? (
        <Alert color="orange" variant="light">
          {t('groups.sizeFull', { max: group.maxMembers })}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {t('groups.sizeWarning', { count: group.memberCount, max: group.maxMembers })}
          {size.outsideSuggestion && ` ${t('groups.sizeSuggestion', { count: group.memberCount })}`}
        </Text>
      )}
      {group.members.length > 0 && (
        <Table verticalSpacing={6} fz="sm">
          <Table.Caption className="visually-hidden">{t('groups.membersCaption', { name: group.name })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('groups.memberColumns.name')}</Table.Th>
              <Table.Th w={120}>{t('groups.memberColumns.kind')}</Table.Th>
              <Table.Th w={150}>{t('groups.memberColumns.from')}</Table.Th>
              <Table.Th w={150}>{t('groups.memberColumns.to')}</Table.Th>
              <HiddenHead label={t('groups.memberColumns.actions')} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {group.members.map((m) => (
              <Table.Tr key={m.id} c={m.active || m.fromDate > today ? undefined : 'dimmed'}>
                <Table.Td fw={m.active ? 600 : undefined}>
                  {m.name}
                  {m.ordinaryFrom && m.active && m.toDate === null && (
                    <Text size="xs" c="dimmed">
                      {t('groups.ordinaryDue', { date: dayDate(m.ordinaryFrom) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={m.hire ? 'blue' : 'gray'}>
                    {t(m.hire ? 'groups.memberKind.hire' : 'groups.memberKind.staff')}
                  </Badge>
                </Table.Td>
                <Table.Td className="nowrap">{dayDate(m.fromDate)}</Table.Td>
                <Table.Td className="nowrap">{m.toDate ? dayDate(m.toDate) : t('groups.ongoing')}</Table.Td>
                <Table.Td ta="right">
                  {!readOnly && !m.hire?.archived && (m.toDate === null || m.toDate >= today) && (
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      {m.hire && group.kind === 'reflection' && others.length > 0 && (
                        <Button
                          size="compact-sm"
                          variant="light"
                          leftSection={<IconArrowRight size={14} aria-hidden />}
                          aria-label={t('groups.moveToOrdinaryOf', { name: m.name })}
                          onClick={() =>
                            setMoving({ memberId: m.id, name: m.name, groupName: group.name, fromDate: m.ordinaryFrom ?? today })
                          }
                        >
                          {t('groups.moveToOrdinary')}
                        </Button>
                      )}
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        leftSection={<IconUserMinus size={14} aria-hidden />}
                        aria-label={t('groups.endMembershipOf', { name: m.name })}
                        onClick={() => setEnding(m)}
                      >
                        {t('groups.endMembership')}
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
        <Button variant="light" w="fit-content" leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
          {t('groups.addMember')}
        </Button>
      )}
      <Modal opened={adding} onClose={() => setAdding(false)} title={t('groups.addMember')}>
        {adding && <AddMemberForm group={group} today={today} onClose={() => setAdding(false)} />}
      </Modal>
      <Modal
        opened={ending !== null}
        onClose={() => setEnding(null)}
        title={ending ? t('groups.endMembershipOf', { name: ending.name }) : ''}
      >
        {ending && <EndForm member={ending} today={today} onClose={() => setEnding(null)} />}
      </Modal>
      <MoveToOrdinaryModal move={moving} groups={others.map((g) => ({ id: g.id, name: g.name }))} onClose={() => setMoving(null)} />
    </SectionCard>
  );
}

function AddMemberForm({ group, today, onClose }: { group: GroupDetail; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const hires = useHiresStore((s) => s.lists.active.data);
  const people = useStaffStore((s) => s.people.data);
  useEffect(() => {
    void useHiresStore.getState().load('active');
    void useStaffStore.getState().load();
  }, []);
  const current = new Set(
    group.members.filter((m) => m.toDate === null || m.toDate >= today).map((m) => (m.hire ? `h${m.hire.id}` : `p${m.person?.id}`)),
  );
  const { values, set, patch, errors, formError, saving, check, save } = useForm({
    type: 'hire' as 'hire' | 'staff',
    who: '',
    fromDate: today,
  });
  const options =
    values.type === 'hire'
      ? hires.filter((h) => !current.has(`h${h.id}`)).map((h) => ({ value: String(h.id), label: h.name }))
      : people.filter((p) => !current.has(`p${p.id}`)).map((p) => ({ value: String(p.id), label: p.name }));
  const whoError = errors.hireId ?? errors.personId ?? errors.who;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const id = Number(values.who) || null;
    const input = check(
      addMemberInput,
      {
        groupId: group.id,
        hireId: values.type === 'hire' ? id : null,
        personId: values.type === 'staff' ? id : null,
        fromDate: values.fromDate,
      },
      id ? {} : { who: t('validation.oneMember') },
    );
    if (!input || !(await save(() => useGroupsStore.getState().addMember(input)))) return;
    notifySaved(t('groups.memberAdded'));
    onClose();
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <FormError error={formError} />
        {group.memberCount >= group.maxMembers && (
          <Alert color="orange" variant="light">
            {t('groups.sizeFull', { max: group.maxMembers })}
          </Alert>
        )}
        <Stack gap={4}>
          <Text size="sm" fw={500} id="member-type-label">
            {t('groups.memberType')}
          </Text>
          <SegmentedControl
            aria-labelledby="member-type-label"
            value={values.type}
            onChange={(v) => patch({ type: v, who: '' }, 'who', 'hireId', 'personId')}
            data={[
              { value: 'hire', label: t('groups.hire') },
              { value: 'staff', label: t('groups.staff') },
            ]}
            w="fit-content"
          />
        </Stack>
        <Select
          label={t(values.type === 'hire' ? 'groups.hire' : 'groups.staff')}
          data={options}
          value={values.who || null}
          onChange={(v) => patch({ who: v ?? '' }, 'who', 'hireId', 'personId')}
          error={whoError}
          searchable
          withAsterisk
          data-autofocus
        />
        <DateField
          label={t('groups.fromDate')}
          value={values.fromDate}
          onChange={(v) => set('fromDate', v)}
          error={errors.fromDate}
          withAsterisk
        />
        <FormActions onCancel={onClose} saving={saving} submitLabel={t('groups.addMember')} />
      </Stack>
    </form>
  );
}

/** The last day of a membership, confirmed before it is written. */
function EndForm({ member, today, onClose }: { member: GroupMemberView; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { values, set, errors, saving, save } = useForm({ toDate: today > member.fromDate ? today : member.fromDate }, { notify: true });
  function submit(event: FormEvent) {
    event.preventDefault();
    modals.openConfirmModal({
      title: t('groups.endMembership'),
      children: <Text size="sm">{t('groups.endConfirm', { name: member.name, date: dayDate(values.toDate) })}</Text>,
      labels: { confirm: t('groups.endMembership'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void save(() => useGroupsStore.getState().endMembership(member.id, values.toDate)).then((ok) => {
          if (!ok) return;
          notifySaved(t('groups.membershipEnded'));
          onClose();
        }, showError),
    });
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <DateField
          label={t('groups.toDate')}
          value={values.toDate}
          onChange={(v) => set('toDate', v)}
          error={errors.toDate}
          withAsterisk
          data-autofocus
        />
        <FormActions onCancel={onClose} saving={saving} submitLabel={t('groups.endMembership')} />
      </Stack>
    </form>
  );
}
