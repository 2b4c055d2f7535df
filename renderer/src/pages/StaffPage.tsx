import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../electron/shared/schemas/staff';
import { HiddenHead } from '../components/common/HiddenHead';
import { LoadFailed } from '../components/common/LoadStates';
import { PageHeader } from '../components/common/PageHeader';
import { PersonFormModal } from '../components/staff/PersonFormModal';
import { notifySaved, notifyUndo } from '../lib/notify';
import { showError } from '../lib/show-error';
import { useSessionStore } from '../stores/session';
import { useStaffStore } from '../stores/staff';

export function StaffPage() {
  const { t } = useTranslation();
  const { data: people, status, error: loadError } = useStaffStore((s) => s.people);
  const { load, remove, restore } = useStaffStore.getState();
  const [query, setQuery] = useState('');
  const [target, setTarget] = useState<Person | 'new' | null>(null);

  useEffect(() => void load(), [load]);

  const visible = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('sv');
    if (!q) return people;
    return people.filter((p) =>
      [p.name, p.team, p.title, ...p.roles.map((r) => t(`roles.${r}`))].some((v) => v.toLocaleLowerCase('sv').includes(q)),
    );
  }, [people, query, t]);

  const undoRemove = (person: Person) => restore(person.id).then((p) => notifySaved(t('staff.restored', { name: p.name })), showError);

  const confirmRemove = (person: Person) =>
    modals.openConfirmModal({
      title: t('staff.removeTitle', { name: person.name }),
      children: <Text size="sm">{t('staff.removeText', { name: person.name })}</Text>,
      labels: { confirm: t('staff.removeConfirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void remove(person.id).then(
          (removed) => notifyUndo(t('staff.removed', { name: removed.name }), () => void undoRemove(removed)),
          showError,
        ),
    });

  return (
    <Stack className="page" gap="md">
      <PageHeader
        title={t('staff.title')}
        intro={t('staff.intro')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setTarget('new')}>
            {t('staff.add')}
          </Button>
        }
      />
      {status === 'error' && <LoadFailed title={t('errors.loadFailed')} message={loadError} onRetry={() => void load()} />}
      {status === 'ready' && people.length === 0 ? (
        <Paper withBorder p="xl" radius="md">
          <Text>{t('staff.empty')}</Text>
        </Paper>
      ) : (
        <Paper withBorder radius="md" p="md">
          <Group justify="space-between" mb="sm">
            <TextInput
              aria-label={t('staff.search')}
              placeholder={t('staff.search')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
              w={320}
            />
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('staff.count', { count: visible.length })}
            </Text>
          </Group>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('staff.fields.name')}</Table.Th>
                <Table.Th>{t('staff.fields.team')}</Table.Th>
                <Table.Th>{t('staff.fields.roles')}</Table.Th>
                <Table.Th>{t('staff.fields.phone')}</Table.Th>
                <Table.Th>{t('staff.fields.email')}</Table.Th>
                <HiddenHead label={t('common.edit')} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visible.map((person) => (
                <Table.Tr key={person.id}>
                  <Table.Td>
                    <Text fw={600} size="sm">
                      {person.name}
                    </Text>
                    {person.title && (
                      <Text size="xs" c="dimmed">
                        {person.title}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{person.team || t('common.none')}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {person.roles.map((role) => (
                        <Badge key={role} variant="light" size="sm">
                          {t(`roles.${role}`)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>{person.phone || t('common.none')}</Table.Td>
                  <Table.Td>{person.email || t('common.none')}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-label={t('staff.editPerson', { name: person.name })}
                        onClick={() => setTarget(person)}
                      >
                        {t('common.edit')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        aria-label={t('staff.removePerson', { name: person.name })}
                        onClick={() => confirmRemove(person)}
                      >
                        {t('common.remove')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {visible.length === 0 && (
            <Text c="dimmed" size="sm" mt="sm">
              {t('staff.noMatch')}
            </Text>
          )}
        </Paper>
      )}
      <PersonFormModal
        target={target}
        onClose={() => setTarget(null)}
        onSaved={(person, isNew) => {
          setTarget(null);
          notifySaved(t(isNew ? 'staff.added' : 'staff.saved', { name: person.name }));
          if (isNew) useSessionStore.getState().offerPicker();
        }}
      />
    </Stack>
  );
}
