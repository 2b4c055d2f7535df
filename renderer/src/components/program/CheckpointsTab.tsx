import { ActionIcon, Button, Group, NumberInput, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CHECK_IN_UNITS, checkInsTemplateSchema, type Checkpoint } from '../../../../electron/shared/schemas/check-in-template';
import { notifySaved } from '../../lib/notify';
import { useForm } from '../../lib/use-form';
import { useProgramsStore } from '../../stores/programs';
import { HiddenHead } from '../common/HiddenHead';
import { FormProblems } from './feedback';

const schema = z.strictObject({ checkpoints: checkInsTemplateSchema });

/** An id no checkpoint of the list has yet ("uppfoljning-7"), so a new row never takes over an old one's records. */
function newId(rows: readonly Checkpoint[]): string {
  const used = rows.map((r) => Number(/^uppfoljning-(\d+)$/.exec(r.id)?.[1] ?? 0));
  return `uppfoljning-${Math.max(0, ...used) + 1}`;
}

/** Uppföljningssamtal: when the manager holds check-ins with the hire, weeks or months after the start. */
export function CheckpointsTab({ checkpoints }: { checkpoints: Checkpoint[] }) {
  return <CheckpointsForm key={JSON.stringify(checkpoints)} saved={checkpoints} />;
}

function CheckpointsForm({ saved }: { saved: Checkpoint[] }) {
  const { t } = useTranslation();
  const { values, set, errors, formError, saving, check, save } = useForm({ rows: saved });
  const rows = values.rows;
  const change = (index: number, patch: Partial<Checkpoint>) =>
    set(
      'rows',
      rows.map((r, i) => (i === index ? { ...r, ...patch } : r)),
      `checkpoints.${index}`,
    );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = check(schema, { checkpoints: rows });
    if (!checked) return;
    if (!(await save(() => useProgramsStore.getState().update((c) => ({ ...c, checkIns: checked.checkpoints }))))) return;
    notifySaved(t('checkIns.program.saved'));
  }

  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="checkpoints-title">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="checkpoints-title">
            {t('checkIns.program.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('checkIns.program.text')}
          </Text>
          <FormProblems error={formError} />
          <Table verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('checkIns.program.label')}</Table.Th>
                <Table.Th w={120}>{t('checkIns.program.count')}</Table.Th>
                <Table.Th w={240}>{t('checkIns.program.unit')}</Table.Th>
                <HiddenHead label={t('hours.entries.columns.actions')} w={56} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, index) => (
                <Table.Tr key={row.id}>
                  <Table.Td>
                    <TextInput
                      aria-label={`${t('checkIns.program.label')} ${index + 1}`}
                      value={row.label}
                      onChange={(e) => change(index, { label: e.currentTarget.value })}
                      error={errors[`checkpoints.${index}.label`]}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`${t('checkIns.program.count')} ${index + 1}`}
                      value={row.count}
                      min={1}
                      max={104}
                      allowDecimal={false}
                      clampBehavior="none"
                      onChange={(v) => change(index, { count: typeof v === 'number' ? v : Number(v) })}
                      error={errors[`checkpoints.${index}.count`]}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`${t('checkIns.program.unit')} ${index + 1}`}
                      data={CHECK_IN_UNITS.map((u) => ({ value: u, label: t(`checkIns.program.units.${u}`) }))}
                      value={row.unit}
                      onChange={(v) => v && change(index, { unit: v })}
                      allowDeselect={false}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('checkIns.program.remove', { label: row.label || index + 1 })}
                      onClick={() =>
                        set(
                          'rows',
                          rows.filter((_, i) => i !== index),
                        )
                      }
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="space-between">
            <Button
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => set('rows', [...rows, { id: newId(rows), label: t('checkIns.program.newLabel'), unit: 'months', count: 3 }])}
            >
              {t('checkIns.program.add')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
