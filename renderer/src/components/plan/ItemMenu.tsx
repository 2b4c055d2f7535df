import { ActionIcon, Menu } from '@mantine/core';
import { IconArrowBackUp, IconBan, IconDots, IconPencil, IconRestore } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { canChangeStatus } from '../../../../electron/shared/rules/item-status';
import type { PlanItemView } from '../../../../electron/shared/schemas/plan';
import { notifySaved, notifyUndo } from '../../lib/notify';
import { showError } from '../../lib/show-error';
import { usePlanStore } from '../../stores/plan';

export type ItemDialog = { kind: 'edit' | 'notApplicable'; item: PlanItemView } | { kind: 'add' };

const setStatus = (item: PlanItemView, status: PlanItemView['status']) => usePlanStore.getState().setStatus(item.id, status);

/** Done → followed up, with a way back in the notification. */
export function followUp(item: PlanItemView, t: TFunction, then?: () => void) {
  setStatus(item, 'followedUp').then(() => {
    then?.();
    notifyUndo(t('plans.item.followedUp', { title: item.title }), () => void setStatus(item, 'done').catch(showError), 'teal', 8000);
  }, showError);
}

export function ItemMenu({ item, busy, onDialog }: { item: PlanItemView; busy: boolean; onDialog: (d: ItemDialog) => void }) {
  const { t } = useTranslation();
  const makeApplicable = () =>
    setStatus(item, 'todo').then(() => notifySaved(t('plans.item.madeApplicable', { title: item.title })), showError);

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" disabled={busy} aria-label={t('plans.item.more', { title: item.title })}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onDialog({ kind: 'edit', item })}>
          {t('plans.item.edit')}
        </Menu.Item>
        {item.status === 'followedUp' && (
          <Menu.Item leftSection={<IconArrowBackUp size={16} aria-hidden />} onClick={() => void setStatus(item, 'done').catch(showError)}>
            {t('plans.item.undoFollowUp')}
          </Menu.Item>
        )}
        {canChangeStatus(item.status, 'notApplicable') && (
          <Menu.Item leftSection={<IconBan size={16} aria-hidden />} onClick={() => onDialog({ kind: 'notApplicable', item })}>
            {t('plans.item.markNotApplicable')}
          </Menu.Item>
        )}
        {item.status === 'notApplicable' && (
          <Menu.Item leftSection={<IconRestore size={16} aria-hidden />} onClick={() => void makeApplicable()}>
            {t('plans.item.makeApplicable')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
