import { Badge, Button, Group, Spoiler, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconFileExport, IconPencil, IconRocket } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateDraft } from '../../../../electron/shared/schemas/template-api';
import { notifySaved } from '../../lib/notify';
import { useProgramsStore } from '../../stores/programs';
import { notifyFailed, runExport } from './feedback';
import { RenameModal } from './RenameModal';

export function EditorHeader({ draft }: { draft: TemplateDraft }) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const { content, latestVersion, unpublishedChanges } = draft;
  const next = (latestVersion ?? 0) + 1;

  const confirmPublish = () =>
    modals.openConfirmModal({
      title: t('program.editor.publishTitle', { number: next }),
      children: <Text size="sm">{t('program.editor.publishText', { number: next, name: content.name })}</Text>,
      labels: { confirm: t('program.editor.publishConfirm'), cancel: t('common.cancel') },
      onConfirm: () =>
        void useProgramsStore
          .getState()
          .publish()
          .then((version) => notifySaved(t('program.editor.published', { number: version.number })), notifyFailed),
    });

  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="lg">
      <Stack gap={6} style={{ minWidth: 0 }}>
        <Title order={1} size="h2">
          {content.name}
        </Title>
        <Group gap="sm">
          {unpublishedChanges ? (
            <Badge color="orange" variant="light">
              {t('program.unpublished')}
            </Badge>
          ) : (
            <Badge color="green" variant="light">
              {t('program.publishedAs', { number: latestVersion ?? 0 })}
            </Badge>
          )}
          <Text size="sm" c="dimmed">
            {t('program.editor.summary', { count: content.items.length, phases: content.phases.length })}
          </Text>
        </Group>
        {content.description && (
          // Three lines of 20 px, so the cut falls between lines.
          <Spoiler maxHeight={60} showLabel={t('program.editor.showMore')} hideLabel={t('program.editor.showLess')} maw={720}>
            <Text size="sm" c="dimmed" lh="20px">
              {content.description}
            </Text>
          </Spoiler>
        )}
      </Stack>
      <Group gap="sm" wrap="nowrap">
        <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setRenaming(true)}>
          {t('program.editor.rename')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconFileExport size={16} aria-hidden />}
          onClick={() =>
            void runExport(
              () => useProgramsStore.getState().exportDraft(),
              (fileName) => t('program.exported', { fileName }),
            )
          }
        >
          {t('program.editor.exportDraft')}
        </Button>
        <Button
          leftSection={<IconRocket size={16} aria-hidden />}
          disabled={!unpublishedChanges}
          title={unpublishedChanges ? undefined : t('program.editor.nothingToPublish')}
          onClick={confirmPublish}
        >
          {t('program.editor.publish', { number: next })}
        </Button>
      </Group>
      <RenameModal opened={renaming} content={content} onClose={() => setRenaming(false)} />
    </Group>
  );
}
