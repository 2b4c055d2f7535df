import { ActionIcon, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMinutes } from '../../../../electron/shared/rules/duration';
import type { HourEntry, SubstitutePeriod } from '../../../../electron/shared/schemas/hours';
import { dayDate } from '../../lib/dates';
import { useHoursStore } from '../../stores/hours';
import { confirmRemoval } from '../common/confirm-removal';
import { HiddenHead } from '../common/HiddenHead';

const SHOWN = 10;

/** Removing asks first; *Ångra* logs the entry again. */
function confirmRemove(entry: HourEntry, t: TFunction) {
  const vars = { date: dayDate(entry.date), duration: formatMinutes(entry.minutes) };
  const personId = entry.person?.id ?? entry.loggedBy?.id;
  confirmRemoval({
    title: t('hours.entries.removeTitle'),
    text: t('hours.entries.removeText', vars),
    removed: t('hours.entries.removed', vars),
    remove: () => useHoursStore.getState().remove(entry.id),
    undo: () =>
      personId === undefined
        ? null
        : useHoursStore
            .getState()
            .log({ date: entry.date, minutes: entry.minutes, purpose: entry.purpose, personId })
            .then(() => t('hours.entries.restored', vars)),
  });
}

/** Who gave the time; a substitute on a day of their period is marked, since their hours count here too. */
function personOf(entry: HourEntry, substitutes: SubstitutePeriod[], t: TFunction): string {
  const name = entry.person!.name;
  const standIn = substitutes.some((s) => s.person?.id === entry.person!.id && s.fromDate <= entry.date && entry.date <= s.toDate);
  return standIn ? t('hours.substitute.byStandIn', { name }) : name;
}

/** Logged introducer time, newest first. */
export function EntriesTable({
  entries,
  hireName,
  substitutes,
}: {
  entries: HourEntry[];
  hireName: string;
  substitutes: SubstitutePeriod[];
}) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? entries : entries.slice(0, SHOWN);
  return (
    <Paper withBorder radius="md" component="section" aria-labelledby="hour-entries-title">
      <Stack gap={0}>
        <Title order={2} size="h4" id="hour-entries-title" p="md" pb="xs">
          {t('hours.entries.title')}
        </Title>
        {entries.length === 0 ? (
          <Text size="sm" c="dimmed" px="md" pb="md">
            {t('hours.entries.empty')}
          </Text>
        ) : (
          <Table verticalSpacing={6} horizontalSpacing="md" fz="sm" striped="even">
            <Table.Caption className="visually-hidden">{t('hours.entries.caption', { name: hireName })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={150}>{t('hours.entries.columns.date')}</Table.Th>
                <Table.Th w={100}>{t('hours.entries.columns.duration')}</Table.Th>
                <Table.Th>{t('hours.entries.columns.purpose')}</Table.Th>
                <Table.Th w={160}>{t('hours.entries.columns.person')}</Table.Th>
                <Table.Th w={160}>{t('hours.entries.columns.loggedBy')}</Table.Th>
                <HiddenHead label={t('hours.entries.columns.actions')} w={56} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td className="nowrap">{dayDate(entry.date)}</Table.Td>
                  <Table.Td className="nowrap">{formatMinutes(entry.minutes)}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{entry.purpose || t('common.none')}</Table.Td>
                  <Table.Td>{entry.person ? personOf(entry, substitutes, t) : t('common.none')}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {entry.loggedBy?.name ?? t('common.none')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('hours.entries.remove', { date: dayDate(entry.date), duration: formatMinutes(entry.minutes) })}
                      onClick={() => confirmRemove(entry, t)}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {entries.length > SHOWN && (
          <Group p="sm">
            <Button variant="subtle" size="xs" onClick={() => setAll(!all)} aria-expanded={all}>
              {all ? t('hours.entries.showFewer', { count: SHOWN }) : t('hours.entries.showAll', { count: entries.length })}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
