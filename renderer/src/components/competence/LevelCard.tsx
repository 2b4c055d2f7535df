import { Alert, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HireCompetence } from '../../../../electron/shared/schemas/competence';
import { dayDate } from '../../lib/dates';
import { personLabel } from '../../lib/person-options';
import { useAction } from '../../lib/use-action';
import { useCompetenceStore } from '../../stores/competence';
import { useStaffStore } from '../../stores/staff';
import { SectionCard } from '../common/SectionCard';
import { LevelModal } from './LevelModal';

interface Props {
  competence: HireCompetence;
  today: string;
  readOnly: boolean;
}

/** The level now with what it means, who decided it, its history, and at Nivå 1 the co-handler. */
export function LevelCard({ competence, today, readOnly }: Props) {
  const { t } = useTranslation();
  const [deciding, setDeciding] = useState(false);
  const people = useStaffStore((s) => s.people.data);
  const { busy, run } = useAction<'coHandler'>();
  useEffect(() => {
    if (useStaffStore.getState().people.status === 'idle') void useStaffStore.getState().load();
  }, []);
  const latest = competence.history.at(-1);
  const text = competence.levels.find((l) => l.level === competence.level);
  const options = people.map((p) => ({ value: String(p.id), label: personLabel(p, people) }));
  if (competence.coHandler && !options.some((o) => o.value === String(competence.coHandler!.id)))
    options.unshift({ value: String(competence.coHandler.id), label: competence.coHandler.name });

  return (
    <SectionCard headingId="competence-level" title={t('competence.level.title')}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4} maw={720}>
          <Text fw={700} size="lg" data-testid="competence-level">
            {competence.decided ? (text?.title ?? t('competence.level.now', { level: competence.level })) : t('competence.level.start')}
          </Text>
          {latest && (
            <Text size="sm" c="dimmed">
              {latest.decidedBy
                ? t('competence.level.decided', { date: dayDate(latest.decidedOn), who: latest.decidedBy.name })
                : t('competence.level.decidedByNobody', { date: dayDate(latest.decidedOn) })}
            </Text>
          )}
          {text?.description && <Text size="sm">{text.description}</Text>}
        </Stack>
        {!readOnly && (
          <Button variant="light" onClick={() => setDeciding(true)}>
            {t('competence.level.decide')}
          </Button>
        )}
      </Group>
      {competence.level === 1 && (
        <Alert
          color={competence.coHandler ? 'blue' : 'orange'}
          icon={<IconShieldCheck size={18} aria-hidden />}
          title={t('competence.protection.title')}
        >
          <Stack gap="xs">
            <Text size="sm">{t('competence.protection.text')}</Text>
            {!competence.coHandler && (
              <Text size="sm" fw={600}>
                {t('competence.protection.missing')}
              </Text>
            )}
            <Select
              label={t('competence.protection.coHandler')}
              placeholder={t('competence.protection.choose')}
              data={options}
              value={competence.coHandler ? String(competence.coHandler.id) : null}
              onChange={(value) =>
                void run('coHandler', async () => {
                  await useCompetenceStore.getState().setCoHandler(value ? Number(value) : null);
                  return t('competence.protection.saved');
                })
              }
              disabled={readOnly || busy === 'coHandler'}
              clearable
              searchable
              maw={360}
            />
          </Stack>
        </Alert>
      )}
      {competence.history.length > 1 && (
        <Table aria-label={t('competence.level.history')} maw={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('competence.level.choose')}</Table.Th>
              <Table.Th>{t('competence.level.from')}</Table.Th>
              <Table.Th>{t('competence.level.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...competence.history].reverse().map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{t('competence.level.option', { level: d.level })}</Table.Td>
                <Table.Td>{dayDate(d.decidedOn)}</Table.Td>
                <Table.Td>{d.note}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <LevelModal opened={deciding} onClose={() => setDeciding(false)} current={competence.level} today={today} />
    </SectionCard>
  );
}
