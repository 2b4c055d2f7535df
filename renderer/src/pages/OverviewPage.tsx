import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarDown, IconPlus } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadFailed } from '../components/common/LoadStates';
import { PageHeader } from '../components/common/PageHeader';
import { useCalendarExport } from '../components/common/useCalendarExport';
import { HireCard } from '../components/overview/HireCard';
import { IntroducerLoadTable } from '../components/overview/IntroducerLoadTable';
import { useHiresStore } from '../stores/hires';
import { useIntroducerLoadStore } from '../stores/hours';

/** Every running introduction: progress per phase, late and not followed up, what comes next. */
export function OverviewPage() {
  const { t } = useTranslation();
  const { data: hires, status, error: loadError } = useHiresStore((s) => s.lists.active);
  const { load } = useHiresStore.getState();
  const introducers = useIntroducerLoadStore((s) => s.introducers.data);
  const calendar = useCalendarExport();

  useEffect(() => void load('active'), [load]);
  useEffect(() => void useIntroducerLoadStore.getState().load(), []);

  /** Hires whose introducer is behind on the norm, from the load (one call for the whole page). */
  const behind = new Set(introducers.flatMap((row) => row.hires.filter((h) => h.behind).map((h) => h.id)));

  const newButton = (
    <Button component={Link} to="/nyanstallda/ny" leftSection={<IconPlus size={16} aria-hidden />}>
      {t('hires.list.new')}
    </Button>
  );

  return (
    <Stack className="page" gap="md">
      <PageHeader
        title={t('nav.overview')}
        intro={t('hires.overview.intro')}
        actions={
          hires.length > 0 && (
            <Group gap="xs">
              <Button
                variant="default"
                leftSection={<IconCalendarDown size={16} aria-hidden />}
                loading={calendar.exporting}
                onClick={() => void calendar.run()}
              >
                {t('hours.export.all')}
              </Button>
              {newButton}
            </Group>
          )
        }
      />
      {status === 'error' && <LoadFailed title={t('errors.loadFailed')} message={loadError} onRetry={() => void load('active')} />}
      {status === 'ready' && hires.length === 0 && (
        <Paper withBorder p="xl" radius="md">
          <Stack gap="sm" align="flex-start">
            <Title order={2} size="h4">
              {t('hires.overview.emptyTitle')}
            </Title>
            <Text maw={640}>{t('hires.overview.emptyText')}</Text>
            {newButton}
          </Stack>
        </Paper>
      )}
      {hires.map((hire) => (
        <HireCard key={hire.id} hire={hire} introducerBehind={behind.has(hire.id)} />
      ))}
      {status === 'ready' && hires.length > 0 && <IntroducerLoadTable />}
      {status === 'ready' && (
        <Anchor component={Link} to="/nyanstallda?visa=arkiv" size="sm" w="fit-content">
          {t('hires.overview.archiveLink')}
        </Anchor>
      )}
    </Stack>
  );
}
