import { Anchor, Button, Table, Text } from '@mantine/core';
import { IconCheck, IconChecks } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMinutes } from '../../../../electron/shared/rules/duration';
import type { MyTask } from '../../../../electron/shared/schemas/my-work';
import { dateWindow } from '../../lib/dates';

interface Props {
  tasks: MyTask[];
  today: string;
  /** What the row's button does: tick an open item, or follow up a done one. */
  action: 'tick' | 'followUp';
  busy: number | null;
  onAction: (task: MyTask) => void;
  caption: string;
}

/** One group of the list: the hire, the item with its window and time, and one button per row. */
export function TaskTable({ tasks, today, action, busy, onAction, caption }: Props) {
  const { t } = useTranslation();
  return (
    <Table striped highlightOnHover verticalSpacing={6} className="my-work-table">
      <caption className="visually-hidden">{caption}</caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="18%">{t('myWork.hire')}</Table.Th>
          <Table.Th>{t('myWork.task')}</Table.Th>
          <Table.Th w="19%">{t('myWork.window')}</Table.Th>
          <Table.Th w="11%">{t('myWork.time')}</Table.Th>
          <Table.Th w="12%">
            <span className="visually-hidden">{t(`myWork.${action}`)}</span>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {tasks.map((task) => {
          const w = dateWindow(task.startDate, task.dueDate, today);
          return (
            <Table.Tr key={task.itemId}>
              <Table.Td>
                <Anchor component={Link} to={`/nyanstallda/${task.hireId}`} aria-label={t('myWork.openPlan', { name: task.hireName })}>
                  {task.hireName}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {task.title}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text
                  size="sm"
                  c={task.group === 'late' && action === 'tick' ? 'red.8' : undefined}
                  fw={task.group === 'late' ? 700 : undefined}
                >
                  {'on' in w ? w.on : `${w.from} – ${w.to}`}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatMinutes(task.expectedMinutes)}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Button
                  size="compact-sm"
                  variant="light"
                  leftSection={action === 'tick' ? <IconCheck size={14} aria-hidden /> : <IconChecks size={14} aria-hidden />}
                  loading={busy === task.itemId}
                  onClick={() => onAction(task)}
                  aria-label={t(action === 'tick' ? 'myWork.tickLabel' : 'myWork.followUpLabel', {
                    title: task.title,
                    name: task.hireName,
                  })}
                >
                  {t(`myWork.${action}`)}
                </Button>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
