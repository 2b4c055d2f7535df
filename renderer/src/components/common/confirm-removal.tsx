import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { i18n } from '../../lib/i18n';
import { notifySaved, notifyUndo } from '../../lib/notify';
import { showError } from '../../lib/show-error';

interface Removal {
  title: string;
  text: string;
  /** Said after the removal, with *Ångra*. */
  removed: string;
  remove: () => Promise<unknown>;
  /** Puts it back; resolves to the message to show, or null when there is nothing to put back. */
  undo: () => Promise<string> | null;
}

/** Removing asks first; the notification afterwards offers to put the row back. */
export function confirmRemoval({ title, text, removed, remove, undo }: Removal) {
  modals.openConfirmModal({
    title,
    children: <Text size="sm">{text}</Text>,
    labels: { confirm: i18n.t('common.remove'), cancel: i18n.t('common.cancel') },
    confirmProps: { color: 'red' },
    onConfirm: () => void remove().then(() => notifyUndo(removed, () => void undo()?.then(notifySaved, showError), 'teal'), showError),
  });
}
