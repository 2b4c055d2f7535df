import { Alert } from '@mantine/core';

/** The red message above a dialog's fields for what main refused without naming a field. */
export function FormError({ error }: { error?: Error }) {
  return error ? (
    <Alert color="red" role="alert">
      {error.message}
    </Alert>
  ) : null;
}
