import { Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { dateTimeInWords } from '../../lib/dates';
import { useProgramsStore } from '../../stores/programs';
import { HiddenHead } from '../common/HiddenHead';
import { runExport } from './feedback';

/** The template's published versions, newest first, each exportable as a file. */
export function VersionsTab() {
  const { t } = useTranslation();
  const versions = useProgramsStore((s) => s.versions);
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="versions-heading">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="versions-heading">
            {t('program.versions.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('program.versions.text')}
          </Text>
        </div>
        {versions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('program.versions.none')}
          </Text>
        ) : (
          <Table verticalSpacing="sm" highlightOnHover maw={720}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('program.versions.number')}</Table.Th>
                <Table.Th>{t('program.versions.publishedAt')}</Table.Th>
                <HiddenHead label={t('program.versions.export')} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.map((v, index) => (
                <Table.Tr key={v.id}>
                  <Table.Td>
                    <Text size="sm" fw={600} span>
                      {t('program.versions.number')} {v.number}
                    </Text>
                    {index === 0 && (
                      <Badge ml="sm" size="sm" variant="light">
                        {t('program.versions.latest')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{dateTimeInWords(v.publishedAt)}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="compact-sm"
                      variant="light"
                      leftSection={<IconFileExport size={14} aria-hidden />}
                      aria-label={t('program.versions.exportVersion', { number: v.number })}
                      onClick={() =>
                        void runExport(
                          () => useProgramsStore.getState().exportVersion(v.id),
                          (fileName) => t('program.exported', { fileName }),
                        )
                      }
                    >
                      {t('program.versions.export')}
                    </Button>
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
