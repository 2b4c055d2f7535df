import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { move, removeById, restoreAt } from '../../lib/template-edit';
import { HiddenHead } from '../common/HiddenHead';
import { confirmRemoval, runEdit } from './feedback';
import { RowActions } from './RowActions';

interface Column<T> {
  header: string;
  cell: (entry: T) => ReactNode;
}

interface Props<T extends { id: string }> {
  id: string;
  heading: string;
  text?: string;
  entries: T[];
  titleOf: (entry: T) => string;
  columns: Column<T>[];
  /** Sections have an order in the booklet; contacts and documents are listed as entered. */
  movable?: boolean;
  addLabel: string;
  removeTitle: (title: string) => string;
  removeText: string;
  onAdd: () => void;
  onEdit: (entry: T) => void;
  /** Saves a change to this list in the draft. */
  update: (change: (list: T[]) => T[]) => Promise<unknown>;
}

/** One list in the binder (booklet sections, contacts, documents) with add, edit, move and remove. */
export function BinderList<T extends { id: string }>(props: Props<T>) {
  const { t } = useTranslation();
  const { entries, titleOf, update } = props;

  const remove = (entry: T, index: number) => {
    const title = titleOf(entry);
    confirmRemoval({
      title: props.removeTitle(title),
      text: props.removeText,
      removedMessage: t('program.entry.removed', { title }),
      remove: () => update((list) => removeById(list, entry.id)),
      undo: () => update((list) => restoreAt(list, entry, index)),
    });
  };

  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby={props.id}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={props.id}>
            {props.heading}
          </Title>
          {props.text && (
            <Text size="sm" c="dimmed">
              {props.text}
            </Text>
          )}
        </div>
        {entries.length ? (
          <Table verticalSpacing={6} highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                {props.columns.map((c) => (
                  <Table.Th key={c.header}>{c.header}</Table.Th>
                ))}
                <HiddenHead label={t('common.edit')} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry, index) => {
                const title = titleOf(entry);
                return (
                  <Table.Tr key={entry.id}>
                    {props.columns.map((c) => (
                      <Table.Td key={c.header}>{c.cell(entry)}</Table.Td>
                    ))}
                    <Table.Td w={1}>
                      <RowActions
                        edit={{ label: t('program.entry.edit', { title }), onClick: () => props.onEdit(entry) }}
                        moveUp={
                          props.movable
                            ? {
                                label: t('program.entry.moveUp', { title }),
                                disabled: index === 0,
                                onClick: () => void runEdit(() => update((list) => move(list, entry.id, -1))),
                              }
                            : undefined
                        }
                        moveDown={
                          props.movable
                            ? {
                                label: t('program.entry.moveDown', { title }),
                                disabled: index === entries.length - 1,
                                onClick: () => void runEdit(() => update((list) => move(list, entry.id, 1))),
                              }
                            : undefined
                        }
                        remove={{ label: t('program.entry.remove', { title }), onClick: () => remove(entry, index) }}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            {t('program.binder.none')}
          </Text>
        )}
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={props.onAdd}
          style={{ alignSelf: 'flex-start' }}
        >
          {props.addLabel}
        </Button>
      </Stack>
    </Paper>
  );
}
