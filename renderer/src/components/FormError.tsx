import { Alert } from '@mantine/core';

/** The red message above a dialog's fields for what main refused without naming a field. */
export function FormError({ text }: { text?: string }) {
  return text ? (
    <Alert color="red" role="alert">
      {text}
    </Alert>
  ) : null;
}
