import { Alert, List, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { FileOutcome } from '../../../../electron/shared/schemas/template-api';
import { problemsOf } from '../../lib/errors';
import { i18n } from '../../lib/i18n';
import { notifySaved, notifyUndo } from '../../lib/notify';

export function ProblemList({ problems }: { problems: string[] }) {
  if (problems.length === 1) return <Text size="sm">{problems[0]}</Text>;
  return (
    <List size="sm" spacing={4}>
      {problems.map((p) => (
        <List.Item key={p}>{p}</List.Item>
      ))}
    </List>
  );
}

/** A failed save: the draft keeps what it had, and the user reads why. */
export function notifyFailed(error: unknown) {
  notifications.show({
    color: 'red',
    autoClose: 12000,
    title: i18n.t('program.saveFailed'),
    message: <ProblemList problems={problemsOf(error)} />,
  });
}

/** Runs an edit and reports its outcome; resolves to whether it was saved. */
export async function runEdit(edit: () => Promise<unknown>, savedMessage?: string): Promise<boolean> {
  try {
    await edit();
    if (savedMessage) notifySaved(savedMessage);
    return true;
  } catch (error) {
    notifyFailed(error);
    return false;
  }
}

interface RemovalOptions {
  title: string;
  text: string;
  removedMessage: string;
  remove: () => Promise<unknown>;
  undo: () => Promise<unknown>;
}

/** Asks first, removes, then offers "Ångra" in the notification for ten seconds. */
export function confirmRemoval({ title, text, removedMessage, remove, undo }: RemovalOptions) {
  modals.openConfirmModal({
    title,
    children: <Text size="sm">{text}</Text>,
    labels: { confirm: i18n.t('common.remove'), cancel: i18n.t('common.cancel') },
    confirmProps: { color: 'red' },
    onConfirm: () => void remove().then(() => notifyUndo(removedMessage, () => void runEdit(undo)), notifyFailed),
  });
}

/** What main found wrong with a form's save, shown above the form's buttons. */
export function FormProblems({ error }: { error?: Error }) {
  if (!error) return null;
  return (
    <Alert color="red" role="alert" title={i18n.t('program.saveFailed')}>
      <ProblemList problems={problemsOf(error)} />
    </Alert>
  );
}

/** Tells the user where the file went, or nothing when the dialog was cancelled. */
export async function runExport(exporting: () => Promise<FileOutcome>, savedAs: (fileName: string) => string) {
  try {
    const outcome = await exporting();
    if (outcome.saved) notifySaved(savedAs(outcome.fileName));
  } catch (error) {
    notifyFailed(error);
  }
}
