import { Anchor, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCalendarDown, IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { byUrgency } from '../../../electron/shared/rules/urgency';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadFailed } from '../components/common/LoadStates';
import { PageHeader } from '../components/common/PageHeader';
import { PersonFilter } from '../components/common/PersonFilter';
import { useCalendarExport } from '../components/common/useCalendarExport';
import { HireCard } from '../components/overview/HireCard';
import { HireTable } from '../components/overview/HireTable';
import { IntroducerLoadTable } from '../components/overview/IntroducerLoadTable';
import { LoadSummary } from '../components/overview/LoadSummary';
import { useRememberedView } from '../lib/view-memory';
import { useHiresStore } from '../stores/hires';
import { useIntroducerLoadStore } from '../stores/hours';
import { useSessionStore } from '../stores/session';

const WHOSE = ['all', 'mine'] as const;
const LAYOUTS = ['cards', 'table'] as const;

/** Every running introduction: progress per phase, late and not followed up, what comes next. */
export function OverviewPage() {
  const { t } = useTranslation();
  const { data: hires, status, error: loadError } = useHiresStore((s) => s.lists.active);
  const { load } = useHiresStore.getState();
  const introducers = useIntroducerLoadStore((s) => s.introducers.data);
  const calendar = useCalendarExport();
  const userId = useSessionStore((s) => s.currentUser?.id ?? null);
  const [whose, setWhose] = useRememberedView('overview-whose', WHOSE, 'all');
  const [layout, setLayout] = useRememberedView('overview-layout', LAYOUTS, 'cards');
  const [introducerId, setIntroducerId] = useState<string | null>(null);
  const [coordinatorId, setCoordinatorId] = useState<string | null>(null);

  useEffect(() => void load('active'), [load]);
  useEffect(() => void useIntroducerLoadStore.getState().load(), []);

  /** Hires whose introducer is behind on the norm, from the load (one call for the whole page). */
  const behind = useMemo(() => new Set(introducers.flatMap((row) => row.hires.filter((h) => h.behind).map((h) => h.id))), [introducers]);
  const shown = useMemo(() => {
    const chosen = hires.filter(
      (h) =>
        (whose === 'all' || h.manager?.id === userId || h.introducer?.id === userId) &&
        (introducerId === null || String(h.introducer?.id ?? '') === introducerId) &&
        (coordinatorId === null || String(h.coordinator?.id ?? '') === coordinatorId),
    );
    return byUrgency(chosen.map((h) => ({ ...h, introducerBehind: behind.has(h.id), noIntroducer: h.introducer === null })));
  }, [hires, whose, userId, introducerId, coordinatorId, behind]);

  const newButton = (
    <Button component={Link} to="/nyanstallda/ny" leftSection={<IconPlus size={16} aria-hidden />}>
      {t('hires.list.new')}
    </Button>
  );

  return (
    <Stack className="page page-wide" gap="md">
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
      {hires.length > 0 && (
        <>
          <LoadSummary />
          <Group gap="md" align="flex-end" wrap="wrap">
            <SegmentedControl
              aria-label={t('hires.overview.filterLabel')}
              value={whose}
              onChange={setWhose}
              data={[
                { value: 'all', label: t('hires.overview.all') },
                { value: 'mine', label: t('hires.overview.mine') },
              ]}
              title={t('hires.overview.mineHint')}
            />
            <PersonFilter
              hires={hires}
              role="introducer"
              label={t('hires.overview.byIntroducer')}
              placeholder={t('hires.overview.anyIntroducer')}
              value={introducerId}
              onChange={setIntroducerId}
            />
            <PersonFilter
              hires={hires}
              role="coordinator"
              label={t('hires.overview.byCoordinator')}
              placeholder={t('hires.overview.anyCoordinator')}
              value={coordinatorId}
              onChange={setCoordinatorId}
            />
            <SegmentedControl
              aria-label={t('hires.overview.layout')}
              ml="auto"
              value={layout}
              onChange={setLayout}
              data={[
                { value: 'cards', label: t('hires.overview.cards') },
                { value: 'table', label: t('hires.overview.table') },
              ]}
            />
          </Group>
          <Text size="sm" c="dimmed" aria-live="polite">
            {shown.length ? t('hires.overview.shown', { count: shown.length }) : t('hires.overview.noneShown')} {t('hires.overview.sorted')}
          </Text>
        </>
      )}
      {layout === 'table' ? (
        shown.length > 0 && <HireTable hires={shown} />
      ) : (
        // Two columns on a wide screen: at 1920 px one card per row left half the width empty.
        <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
          {shown.map((hire) => (
            <HireCard key={hire.id} hire={hire} introducerBehind={hire.introducerBehind} />
          ))}
        </SimpleGrid>
      )}
      {status === 'ready' && hires.length > 0 && <IntroducerLoadTable />}
      {status === 'ready' && (
        <Anchor component={Link} to="/nyanstallda?visa=arkiv" size="sm" w="fit-content">
          {t('hires.overview.archiveLink')}
        </Anchor>
      )}
    </Stack>
  );
}
