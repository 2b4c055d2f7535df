import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIntroducerLoadStore } from '../../stores/hours';
import { formatHours } from '../../lib/duration';
import { LoadFailed } from '../common/LoadStates';

/** "Introduktörernas belastning": per introducer, the norms of all their hires against what they log. */
export function IntroducerLoadTable() {
  const { t, i18n } = useTranslation();
  const { data: introducers, status, error: loadError } = useIntroducerLoadStore((s) => s.introducers);
  const hours = (value: number) => t('hours.hoursValue', { value: formatHours(value, i18n.language) });

  return (
    <Paper withBorder radius="md" component="section" aria-labelledby="introducer-load-title" tabIndex={-1}>
      <Stack gap={0}>
        <Stack gap={2} p="md" pb="sm">
          <Title order={2} size="h4" id="introducer-load-title">
            {t('hours.load.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('hours.load.intro')}
          </Text>
        </Stack>
        {status === 'error' && (
          <LoadFailed
            title={t('hours.load.loadFailed')}
            message={loadError}
            onRetry={() => void useIntroducerLoadStore.getState().load()}
            mx="md"
            mb="md"
          />
        )}
        {status === 'ready' && introducers.length === 0 && (
          <Text size="sm" px="md" pb="md">
            {t('hours.load.empty')}
          </Text>
        )}
        {introducers.length > 0 && (
          <Table verticalSpacing={8} horizontalSpacing="md" fz="sm">
            <Table.Caption className="visually-hidden">{t('hours.load.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('hours.load.columns.introducer')}</Table.Th>
                <Table.Th ta="right">{t('hours.load.columns.count')}</Table.Th>
                <Table.Th ta="right">{t('hours.load.columns.norm')}</Table.Th>
                <Table.Th ta="right">
                  {t('hours.load.columns.logged')}
                  <Text size="xs" c="dimmed" fw={400}>
                    {t('hours.load.columns.loggedHint')}
                  </Text>
                </Table.Th>
                <Table.Th>{t('hours.load.columns.status')}</Table.Th>
                <Table.Th>{t('hours.load.columns.hires')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {introducers.map((row) => (
                <Table.Tr key={row.introducer.id}>
                  <Table.Td fw={600}>{row.introducer.name}</Table.Td>
                  <Table.Td ta="right">{row.hires.length}</Table.Td>
                  <Table.Td ta="right" className="nowrap" fw={row.overloaded ? 700 : undefined} c={row.overloaded ? 'red.9' : undefined}>
                    {hours(row.normHours)}
                  </Table.Td>
                  <Table.Td ta="right" className="nowrap">
                    {hours(row.loggedHoursPerWeek)}
                  </Table.Td>
                  <Table.Td>
                    {row.overloaded ? (
                      <Badge color="red.9" variant="filled" tt="none" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
                        {t('hours.load.overloaded')}
                      </Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('hours.load.ok')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
                      {row.hires.map((hire) => (
                        <Group component="li" key={hire.id} gap={6} wrap="nowrap">
                          <Anchor component={Link} to={`/nyanstallda/${hire.id}`} size="sm">
                            {hire.name}
                          </Anchor>
                          <Text size="xs" c="dimmed" className="nowrap">
                            {hours(hire.normHours)}
                          </Text>
                          {hire.behind && (
                            <Badge color="orange" c="orange.9" variant="light" size="sm" tt="none">
                              {t('hours.load.behind')}
                            </Badge>
                          )}
                        </Group>
                      ))}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
