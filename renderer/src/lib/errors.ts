import { ApiError } from '../api';

/** What went wrong, as main said it in Swedish (or the error's own text when it did not come from main). */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Main's message per invalid field ("email", "items.3.title"), when it named any. */
export const fieldErrorsOf = (error: unknown): Record<string, string> | undefined =>
  error instanceof ApiError && error.payload.fields && Object.keys(error.payload.fields).length > 0 ? error.payload.fields : undefined;

/** True when main refused because nobody has said who is working. */
export const needsUser = (error: unknown) => error instanceof ApiError && error.payload.code === 'no-user';

/** Every sentence an error carries: one per field when main named fields, else its message. */
export const problemsOf = (error: unknown): string[] => {
  const fields = fieldErrorsOf(error);
  return fields ? Object.values(fields) : [messageOf(error)];
};
