import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemList } from './feedback';

/** Every problem main found in an imported file; the import changed nothing. */
export function ImportProblemsModal({ problems, onClose }: { problems: string[] | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={problems !== null} onClose={onClose} title={t('program.importErrors.title')} size="lg">
      <Stack gap="md">
        <Text size="sm">{t('program.importErrors.text')}</Text>
        <ProblemList problems={problems ?? []} />
        <Group justify="flex-end">
          <Button onClick={onClose} data-autofocus>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
