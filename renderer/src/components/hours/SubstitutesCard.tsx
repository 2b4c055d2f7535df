import { ActionIcon, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconTrash, IconUserPlus } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubstitutePeriod } from '../../../../electron/shared/schemas/hours';
import { dayDate } from '../../lib/dates';
import { useHoursStore } from '../../stores/hours';
import { confirmRemoval } from '../common/confirm-removal';
import { HiddenHead } from '../common/HiddenHead';
import { SubstituteModal } from './SubstituteModal';

/** Removing asks first; *Ångra* names the same substitute again. */
function confirmRemove(period: SubstitutePeriod, t: TFunction) {
  const vars = { name: period.person?.name ?? '?', from: dayDate(period.fromDate), to: dayDate(period.toDate) };
  const { person, fromDate, toDate, note } = period;
  confirmRemoval({
    title: t('hours.substitute.confirmTitle'),
    text: t('hours.substitute.confirmText', vars),
    removed: t('hours.substitute.removed'),
    remove: () => useHoursStore.getState().removeSubstitute(period.id),
    undo: () =>
      person
        ? useHoursStore
            .getState()
            .addSubstitute({ personId: person.id, fromDate, toDate, note })
            .then(() => t('hours.substitute.saved', vars))
        : null,
  });
}

/** "Vikarierande introduktör": who stands in for the introducer and when; their hours count for the hire. */
export function SubstitutesCard({
  periods,
  introducerId,
  today,
}: {
  periods: SubstitutePeriod[];
  introducerId: number | null;
  today: string;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="substitutes-title">
      <Group justify="space-between" align="flex-start" mb="xs">
        <Stack gap={2}>
          <Title order={2} size="h4" id="substitutes-title">
            {t('hours.substitute.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={640}>
            {t('hours.substitute.intro')}
          </Text>
        </Stack>
        <Button variant="default" leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
          {t('hours.substitute.add')}
        </Button>
      </Group>
      {periods.length === 0 ? (
        <Text size="sm">{t('hours.substitute.empty')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('hours.substitute.person')}</Table.Th>
              <Table.Th>{t('hours.substitute.period')}</Table.Th>
              <Table.Th>{t('hours.substitute.noteColumn')}</Table.Th>
              <HiddenHead label={t('hours.entries.columns.actions')} w={56} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {periods.map((p) => (
              <Table.Tr key={p.id} fw={p.fromDate <= today && today <= p.toDate ? 600 : undefined}>
                <Table.Td>{p.person?.name ?? '?'}</Table.Td>
                <Table.Td>
                  {dayDate(p.fromDate)} – {dayDate(p.toDate)}
                </Table.Td>
                <Table.Td>{p.note}</Table.Td>
                <Table.Td ta="right">
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('hours.substitute.remove', { name: p.person?.name ?? '?' })}
                    onClick={() => confirmRemove(p, t)}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <SubstituteModal opened={adding} introducerId={introducerId} today={today} onClose={() => setAdding(false)} />
    </Paper>
  );
}
