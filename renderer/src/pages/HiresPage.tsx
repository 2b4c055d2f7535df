import { Anchor, Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { HireSummary } from '../../../electron/shared/schemas/plan';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadFailed } from '../components/common/LoadStates';
import { PageHeader } from '../components/common/PageHeader';
import { PersonFilter } from '../components/common/PersonFilter';
import { HiresTable } from '../components/hires/HiresTable';
import { ArchivedHires } from '../components/privacy/ArchivedHires';
import { useHiresStore, type HireList } from '../stores/hires';

/** Nyanställda: running introductions, finished ones (?visa=arkiv), or archived plans (?visa=arkiverade). */
export function HiresPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const list: HireList = params.get('visa') === 'arkiv' ? 'archived' : 'active';
  const archivedPlans = params.get('visa') === 'arkiverade';
  const { data: hires, status, error: loadError } = useHiresStore((s) => s.lists[list]);
  const { load } = useHiresStore.getState();

  const [introducerId, setIntroducerId] = useState<string | null>(null);
  const [managerId, setManagerId] = useState<string | null>(null);
  const [coordinatorId, setCoordinatorId] = useState<string | null>(null);
  useEffect(() => void load(list), [load, list]);

  const matches = (h: HireSummary) =>
    (introducerId === null || String(h.introducer?.id) === introducerId) &&
    (managerId === null || String(h.manager?.id) === managerId) &&
    (coordinatorId === null || String(h.coordinator?.id) === coordinatorId);
  const shown = hires.filter(matches);

  return (
    <Stack className="page" gap="md">
      <PageHeader
        title={t('nav.hires')}
        intro={t('hires.list.intro')}
        actions={
          <Button component={Link} to="/nyanstallda/ny" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('hires.list.new')}
          </Button>
        }
      />
      <SegmentedControl
        aria-label={t('hires.list.show')}
        w="fit-content"
        value={archivedPlans ? 'archivedPlans' : list}
        onChange={(value) => setParams(value === 'archived' ? { visa: 'arkiv' } : value === 'archivedPlans' ? { visa: 'arkiverade' } : {})}
        data={[
          { value: 'active', label: t('hires.list.active') },
          { value: 'archived', label: t('hires.list.archived') },
          { value: 'archivedPlans', label: t('privacy.archivedList.tab') },
        ]}
      />
      {archivedPlans && <ArchivedHires />}
      {!archivedPlans && status === 'error' && (
        <LoadFailed title={t('errors.loadFailed')} message={loadError} onRetry={() => void load(list)} />
      )}
      {archivedPlans ? null : status === 'ready' && hires.length === 0 ? (
        <Paper withBorder p="xl" radius="md">
          <Text>{t(list === 'archived' ? 'hires.list.emptyArchive' : 'hires.list.empty')}</Text>
          {list === 'active' && (
            <Anchor component={Link} to="/nyanstallda/ny" size="sm" mt="sm" display="inline-block">
              {t('hires.list.createFirst')}
            </Anchor>
          )}
        </Paper>
      ) : (
        hires.length > 0 && (
          <Paper withBorder radius="md" p="md">
            <Group gap="md" align="flex-end" mb="sm">
              <PersonFilter
                hires={hires}
                role="introducer"
                label={t('hires.fields.introducer')}
                placeholder={t('hires.overview.anyIntroducer')}
                value={introducerId}
                onChange={setIntroducerId}
              />
              <PersonFilter
                hires={hires}
                role="manager"
                label={t('hires.fields.manager')}
                placeholder={t('hires.list.anyManager')}
                value={managerId}
                onChange={setManagerId}
              />
              <PersonFilter
                hires={hires}
                role="coordinator"
                label={t('hires.fields.coordinator')}
                placeholder={t('hires.overview.anyCoordinator')}
                value={coordinatorId}
                onChange={setCoordinatorId}
              />
            </Group>
            <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
              {t('hires.list.count', { count: shown.length })}
            </Text>
            <HiresTable hires={shown} archived={list === 'archived'} />
          </Paper>
        )
      )}
    </Stack>
  );
}
