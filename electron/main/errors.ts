import type { ErrorCode } from '../shared/result';

/** An expected failure a handler reports to the user; its message is Swedish and shown as is. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
