import { Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { describeAuditEvent, type Translate } from '../../../../electron/shared/audit-text';
import { isTextKey } from '../../../../electron/shared/i18n/translate';
import type { AuditEvent } from '../../../../electron/shared/schemas/audit';
import type { HirePlan } from '../../../../electron/shared/schemas/plan';
import { shortDateTime, shortDateWithYear } from '../../lib/dates';
import { useAuditStore } from '../../stores/audit';
import { LoadFailed, Loading } from '../common/LoadStates';
import { AuditExportButton } from './AuditExportCard';

const NO_EVENTS: AuditEvent[] = [];

/** "Historik": who changed what in this introduction and when, newest first, and the trail as CSV. */
export function HistoryTab({ plan }: { plan: HirePlan }) {
  const { t } = useTranslation();
  const { hire } = plan;
  const events = useAuditStore((s) => (s.hireId === hire.id ? s.events.data : NO_EVENTS));
  const { status, error: loadError } = useAuditStore((s) => s.events);
  // Actions come from the trail, perhaps written by another version: a key this catalogue lacks comes back as it is.
  const translate: Translate = (key, values = {}) => (isTextKey(key) ? t(key, values) : key);

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
                  <Table.Td className="nowrap">{shortDateTime(event.at)}</Table.Td>
                  <Table.Td>
                    {event.actor ?? (
                      <Text span size="sm" c="dimmed">
                        {t('audit.nobody')}
                      </Text>
                    )}
                  </Table.Td>
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
