import { notifications } from '@mantine/notifications';

/** Main's message (Swedish, e.g. "Välj vem du är …") is shown as it is. */
export const showError = (error: unknown) =>
  notifications.show({ color: 'red', message: error instanceof Error ? error.message : String(error), autoClose: 8000 });

export const showSaved = (message: string) => notifications.show({ color: 'green', message });
