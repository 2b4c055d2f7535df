import { Button, Group, Stack, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BinderVariant } from '../../../../electron/shared/schemas/binder';
import { notifyWithAction } from '../../lib/notify';
import { showError } from '../../lib/show-error';
import { useBinderStore } from '../../stores/binder';
import { BinderProgress } from './BinderProgress';

/** The two binder exports on a hire's page: the full binder with statuses, and the day-one binder. */
export function BinderExportButtons({ hireId }: { hireId: number }) {
  const { t } = useTranslation();
  const exporting = useBinderStore((s) => s.exporting);
  const busy = exporting !== null;

  async function save(variant: BinderVariant) {
    try {
      const outcome = await useBinderStore.getState().exportBinder(hireId, variant);
      if (outcome.cancelled) return void notifications.show({ message: t('binder.cancelled') });
      if (!outcome.saved) return;
      notifyWithAction({
        message: t('binder.saved', { fileName: outcome.fileName }),
        actionLabel: t('binder.open'),
        onAction: () => void useBinderStore.getState().openExported().catch(showError),
        color: 'green',
      });
    } catch (error) {
      showError(error);
    }
  }

  const button = (variant: BinderVariant, label: string, hint: string, style: 'filled' | 'default') => {
    const mine = exporting?.hireId === hireId && exporting.variant === variant;
    // The label says what the file is; the longer hint is read with the button rather than kept
    // in a tooltip nobody sees before clicking, and the header stays compact.
    return (
      <span>
        <Button
          variant={style}
          leftSection={<IconFileTypePdf size={16} aria-hidden />}
          loading={mine}
          disabled={busy && !mine}
          aria-describedby={`binder-${variant}-hint`}
          onClick={() => void save(variant)}
        >
          {label}
        </Button>
        <VisuallyHidden id={`binder-${variant}-hint`}>{hint}</VisuallyHidden>
      </span>
    );
  };

  return (
    <Stack gap="xs">
      <Group gap="sm" aria-busy={busy}>
        {button('full', t('binder.exportFull'), t('binder.exportFullHint'), 'filled')}
        {button('dayOne', t('binder.exportDayOne'), t('binder.exportDayOneHint'), 'default')}
      </Group>
      <BinderProgress hireId={hireId} />
    </Stack>
  );
}
