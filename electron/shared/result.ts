/** Every IPC call answers with this envelope, so the renderer never has to catch. */
export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'forbidden'
  /** Nobody has said who they are yet, so the change cannot be recorded. */
  | 'no-user'
  | 'unknown-channel'
  /** The own database could not be opened; only the recovery calls work. */
  | 'database-unavailable'
  /** Another program holds the database file; nothing was changed, trying again later works. */
  | 'busy'
  | 'disk-full'
  | 'read-only'
  | 'internal';

export interface AppErrorPayload {
  code: ErrorCode;
  /** Swedish text the UI can show as it is. */
  message: string;
  /** Swedish text per invalid field, keyed by the field's path ("email", "items.3.title"). */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorPayload };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppErrorPayload): Result<never> => ({ ok: false, error });
