import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LoadFailed } from '../components/common/LoadStates';
import { PageHeader } from '../components/common/PageHeader';
import { ImportProblemsModal } from '../components/program/ImportProblemsModal';
import { NewProgramModal } from '../components/program/NewProgramModal';
import { dateInWords } from '../lib/dates';
import { problemsOf } from '../lib/errors';
import { notifySaved } from '../lib/notify';
import { useProgramsStore } from '../stores/programs';

export function ProgramListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: summaries, status: listStatus, error: listError } = useProgramsStore((s) => s.summaries);
  const { loadList, importProgramme } = useProgramsStore.getState();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [importProblems, setImportProblems] = useState<string[] | null>(null);

  useEffect(() => void loadList(), [loadList]);

  async function runImport() {
    setImporting(true);
    try {
      const outcome = await importProgramme();
      if (!outcome.imported) return;
      notifySaved(t('program.imported', { name: outcome.draft.content.name }));
      void navigate(`/program/${outcome.draft.templateId}`);
    } catch (error) {
      setImportProblems(problemsOf(error));
    } finally {
      setImporting(false);
    }
  }

  return (
    <Stack className="page" gap="md">
      <PageHeader
        title={t('program.title')}
        intro={t('program.intro')}
        actions={
          <Group gap="sm" wrap="nowrap">
            <Button
              variant="default"
              leftSection={<IconFileImport size={16} aria-hidden />}
              loading={importing}
              onClick={() => void runImport()}
            >
              {t('program.import')}
            </Button>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('program.newProgram')}
            </Button>
          </Group>
        }
      />
      {listStatus === 'error' && <LoadFailed title={t('errors.loadFailed')} message={listError} onRetry={() => void loadList()} />}
      {listStatus === 'ready' && summaries.length === 0 ? (
        <Paper withBorder p="xl" radius="md">
          <Text>{t('program.empty')}</Text>
        </Paper>
      ) : (
        <Paper withBorder radius="md" p="md">
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('program.columns.name')}</Table.Th>
                <Table.Th ta="right">{t('program.columns.items')}</Table.Th>
                <Table.Th>{t('program.columns.version')}</Table.Th>
                <Table.Th>{t('program.columns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summaries.map((s) => {
                const latest = s.versions[0];
                return (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/program/${s.id}`} fw={600} size="sm">
                        {s.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td ta="right">{s.itemCount}</Table.Td>
                    <Table.Td>
                      {latest
                        ? t('program.versionOn', { number: latest.number, date: dateInWords(latest.publishedAt) })
                        : t('program.notPublished')}
                    </Table.Td>
                    <Table.Td>
                      {s.unpublishedChanges ? (
                        <Badge color="orange" variant="light">
                          {t('program.unpublished')}
                        </Badge>
                      ) : (
                        <Badge color="green" variant="light">
                          {t('program.publishedAs', { number: latest?.number ?? 0 })}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <NewProgramModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(draft) => {
          setCreating(false);
          notifySaved(t('program.created', { name: draft.content.name }));
          void navigate(`/program/${draft.templateId}`);
        }}
      />
      <ImportProblemsModal problems={importProblems} onClose={() => setImportProblems(null)} />
    </Stack>
  );
}
