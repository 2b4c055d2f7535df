import { Modal } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HireReflection, ReflectionSession } from '../../../../electron/shared/schemas/hours';
import type { HirePlan } from '../../../../electron/shared/schemas/plan';
import { dayDate } from '../../lib/dates';
import { AddForm, MoveForm } from './DateForms';
import { PlaceForm } from './PlaceForm';
import { CancelForm, HoldForm } from './StatusForms';

export type SessionDialog = { kind: 'hold' | 'move' | 'cancel' | 'place'; session: ReflectionSession } | { kind: 'add' };

/** One modal for whichever session dialog is open. */
export function SessionDialogs({
  dialog: open,
  plan,
  reflection,
  onClose,
}: {
  dialog: SessionDialog | null;
  plan: HirePlan;
  reflection: HireReflection;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  // The last dialog stays rendered while the modal fades out, so its title does not blink away.
  const [last, setLast] = useState(open);
  if (open && open !== last) setLast(open);
  const dialog = open ?? last;
  let title = '';
  let body: ReactNode = null;
  if (dialog?.kind === 'add') {
    title = t('hours.reflection.addDialog.title');
    body = <AddForm plan={plan} reflection={reflection} onClose={onClose} />;
  } else if (dialog) {
    const date = dayDate(dialog.session.date);
    const key = `${dialog.kind}-${dialog.session.id}`;
    if (dialog.kind === 'hold') {
      title = t('hours.reflection.holdDialog.title', { date });
      body = <HoldForm key={key} session={dialog.session} plan={plan} onClose={onClose} />;
    } else if (dialog.kind === 'move') {
      title = t('hours.reflection.moveDialog.title', { date });
      body = <MoveForm key={key} session={dialog.session} onClose={onClose} />;
    } else if (dialog.kind === 'place') {
      title = t('hours.reflection.placeDialog.title', { date });
      body = <PlaceForm key={key} session={dialog.session} onClose={onClose} />;
    } else {
      title = t('hours.reflection.cancelDialog.title', { date });
      body = <CancelForm key={key} session={dialog.session} onClose={onClose} />;
    }
  }
  return (
    <Modal opened={open !== null} onClose={onClose} title={title} size={dialog?.kind === 'add' ? 'lg' : 'md'}>
      {body}
    </Modal>
  );
}
