import { Group, Paper, Stack, Table, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { describeAuditEvent } from '../../../../electron/shared/audit-text';
import type { HirePlan } from '../../../../electron/shared/schemas/plan';
import { useAuditStore } from '../../stores/audit';
import { LoadFailed, Loading } from '../LoadStates';
import { AuditExportButton } from './AuditExportCard';

/** "20 nov 2026": history spans years, so the year is always there. */
const shortDateWithYear = (iso: string) => dayjs(iso).format('D MMM YYYY');

/** "Historik": who changed what in this introduction and when, newest first, and the trail as CSV. */
export function HistoryTab({ plan }: { plan: HirePlan }) {
  const { t } = useTranslation();
  const { hire } = plan;
  const events = useAuditStore((s) => (s.hireId === hire.id ? s.events : []));
  const status = useAuditStore((s) => s.status);
  const loadError = useAuditStore((s) => s.loadError);
  // The keys come from the trail at run time, so they cannot be checked against the catalogue's types.
  const translate = (key: string, values?: Record<string, string | number>) => t(key as never, values as never) as unknown as string;

  // Read again on every visit: the other tabs add events.
  useEffect(() => void useAuditStore.getState().load(hire.id), [hire.id]);

  if (status === 'error' && events.length === 0) {
    return <LoadFailed title={t('audit.loadFailed')} message={loadError} onRetry={() => void useAuditStore.getState().load(hire.id)} />;
  }
  if (status === 'loading' && events.length === 0) return <Loading />;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={640}>
          {t('audit.intro')}
        </Text>
        <AuditExportButton hireId={hire.id}>{t('audit.export')}</AuditExportButton>
      </Group>
      <Paper withBorder radius="md" p="md">
        {events.length === 0 ? (
          <Text size="sm">{t('audit.empty')}</Text>
        ) : (
          <Table striped verticalSpacing="xs" aria-label={t('audit.table', { name: hire.name })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={180}>{t('audit.when')}</Table.Th>
                <Table.Th w={200}>{t('audit.who')}</Table.Th>
                <Table.Th>{t('audit.what')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...events].reverse().map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td className="nowrap">{dayjs(event.at).format('D MMM YYYY HH:mm')}</Table.Td>
                  <Table.Td>{event.actor ?? <Text span size="sm" c="dimmed">{t('audit.nobody')}</Text>}</Table.Td>
                  <Table.Td>{describeAuditEvent(event, translate, shortDateWithYear)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
