import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMinutes } from '../../../../electron/shared/rules/duration';
import type { OwnItemFields, PersonRef, PlanPhase } from '../../../../electron/shared/schemas/plan';
import type { Responsible } from '../../../../electron/shared/schemas/template';
import { DateWithWeek } from '../common/DateWithWeek';
import { HiddenHead } from '../common/HiddenHead';
import { OwnItemModal } from './OwnItemModal';
import { ResponsibleText } from './ResponsibleText';

interface Props {
  phases: PlanPhase[];
  items: OwnItemFields[];
  onChange: (items: OwnItemFields[]) => void;
  resolve: (responsible: Responsible) => PersonRef | null;
}

/** Individuell planering: items for this hire only, kept in the page until the plan is saved. */
export function OwnItemsSection({ phases, items, onChange, resolve }: Props) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const phaseName = (id: string) => phases.find((p) => p.id === id)?.name ?? id;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="own-items-heading">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Stack gap={2}>
          <Title order={2} size="h4" id="own-items-heading">
            {t('hires.own.heading')}
          </Title>
          <Text size="sm" c="dimmed" maw={640}>
            {t('hires.own.intro')}
          </Text>
        </Stack>
        <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
          {t('hires.own.addButton')}
        </Button>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('hires.own.none')}
        </Text>
      ) : (
        <Table verticalSpacing="xs" aria-labelledby="own-items-heading">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('hires.review.item')}</Table.Th>
              <Table.Th>{t('hires.own.phase')}</Table.Th>
              <Table.Th>{t('hires.review.start')}</Table.Th>
              <Table.Th>{t('hires.review.due')}</Table.Th>
              <Table.Th>{t('hires.review.time')}</Table.Th>
              <Table.Th>{t('hires.review.responsible')}</Table.Th>
              <HiddenHead label={t('common.remove')} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item, index) => (
              <Table.Tr key={`${index}-${item.title}`}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {item.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {item.category}
                  </Text>
                </Table.Td>
                <Table.Td>{phaseName(item.phaseId)}</Table.Td>
                <Table.Td>
                  <DateWithWeek date={item.startDate} />
                </Table.Td>
                <Table.Td>
                  <DateWithWeek date={item.dueDate} />
                </Table.Td>
                <Table.Td className="nowrap">{formatMinutes(item.expectedMinutes)}</Table.Td>
                <Table.Td>
                  <ResponsibleText responsible={item.responsible} person={resolve(item.responsible)} />
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    aria-label={t('hires.own.remove', { title: item.title })}
                    onClick={() => onChange(items.filter((_, i) => i !== index))}
                  >
                    {t('common.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <OwnItemModal
        opened={adding}
        phases={phases}
        onClose={() => setAdding(false)}
        onAdd={(item) => {
          onChange([...items, item]);
          setAdding(false);
        }}
      />
    </Paper>
  );
}
