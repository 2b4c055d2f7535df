import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMinutes } from '../../../../electron/shared/rules/duration';
import { windowLabel } from '../../../../electron/shared/rules/window-label';
import type { Item } from '../../../../electron/shared/schemas/template';
import { HiddenHead } from '../common/HiddenHead';
import { appliesLabel, responsibleLabel, ruleLanguage } from './labels';
import { RowActions } from './RowActions';

export interface ItemActions {
  edit: (item: Item) => void;
  duplicate: (item: Item) => void;
  move: (item: Item, step: -1 | 1) => void;
  remove: (item: Item) => void;
}

/** One phase's items in programme order, each with its actions. */
export function ItemsTable({ items, actions }: { items: Item[]; actions: ItemActions }) {
  const { t, i18n } = useTranslation();
  const language = ruleLanguage(i18n.language);
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing={6} highlightOnHover className="items-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('program.item.columns.title')}</Table.Th>
            <Table.Th>{t('program.item.columns.when')}</Table.Th>
            <Table.Th>{t('program.item.columns.time')}</Table.Th>
            <Table.Th>{t('program.item.columns.responsible')}</Table.Th>
            <Table.Th>{t('program.item.columns.category')}</Table.Th>
            <Table.Th>{t('program.item.columns.appliesTo')}</Table.Th>
            <HiddenHead label={t('common.edit')} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item, index) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {item.title}
                </Text>
                <Text size="xs" c={item.required ? 'dimmed' : 'orange.8'}>
                  {item.required ? t('program.item.requiredBadge') : t('program.item.optionalBadge')}
                </Text>
              </Table.Td>
              <Table.Td className="nowrap">{windowLabel(item.window, language)}</Table.Td>
              <Table.Td className="nowrap">{formatMinutes(item.expectedMinutes)}</Table.Td>
              <Table.Td>{responsibleLabel(item.responsible, t)}</Table.Td>
              <Table.Td>{item.category}</Table.Td>
              <Table.Td>{appliesLabel(item.appliesTo, t)}</Table.Td>
              <Table.Td>
                <RowActions
                  edit={{ label: t('program.item.edit', { title: item.title }), onClick: () => actions.edit(item) }}
                  duplicate={{ label: t('program.item.duplicate', { title: item.title }), onClick: () => actions.duplicate(item) }}
                  moveUp={{
                    label: t('program.item.moveUp', { title: item.title }),
                    onClick: () => actions.move(item, -1),
                    disabled: index === 0,
                  }}
                  moveDown={{
                    label: t('program.item.moveDown', { title: item.title }),
                    onClick: () => actions.move(item, 1),
                    disabled: index === items.length - 1,
                  }}
                  remove={{ label: t('program.item.remove', { title: item.title }), onClick: () => actions.remove(item) }}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
