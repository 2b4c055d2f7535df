import { Alert, Button, Center, Group, Loader, Text, type AlertProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface LoadFailedProps extends Pick<AlertProps, 'mx' | 'mb'> {
  title: string;
  /** Why it failed, as main said it. */
  message: ReactNode;
  /** Reads again; left out where trying again cannot help (e.g. a hire that does not exist). */
  onRetry?: () => void;
}

/** What a list or tab shows when reading it failed: the reason and "Försök igen". */
export function LoadFailed({ title, message, onRetry, ...spacing }: LoadFailedProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" role="alert" title={title} {...spacing}>
      <Group justify="space-between">
        <Text size="sm">{message}</Text>
        {onRetry && (
          <Button size="xs" variant="white" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}

/** The spinner a tab or page shows until its first read is done. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}
