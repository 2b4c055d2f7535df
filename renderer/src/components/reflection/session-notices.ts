import type { TFunction } from 'i18next';
import type { ReflectionSession } from '../../../../electron/shared/schemas/hours';
import { dayDate } from '../../lib/dates';
import { notifySaved, notifyUndo } from '../../lib/notify';
import { showError } from '../../lib/show-error';
import { useReflectionStore } from '../../stores/reflection';

/** Makes a session planned again, with main's answer as the notification. */
export function reopenSession(session: ReflectionSession, t: TFunction) {
  useReflectionStore
    .getState()
    .reopen(session.id)
    .then(() => notifySaved(t('hours.reflection.reopened', { date: dayDate(session.date) })), showError);
}

/** A saved change, with "Ångra" that puts the session back as it was. */
export function savedWithUndo(message: string, undo: () => Promise<unknown>) {
  notifyUndo(message, () => void undo().catch(showError), 'teal');
}
