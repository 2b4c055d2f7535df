import type { Api } from '../../electron/shared/api';
import type { AppErrorPayload, Result } from '../../electron/shared/result';

declare global {
  interface Window {
    /** Installed by the preload (or by the e2e harness, from the same contract). */
    readonly api?: Api;
  }
}

export class ApiError extends Error {
  constructor(readonly payload: AppErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
  }
}

export function getApi(): Api {
  if (!window.api) throw new Error('Introplan måste startas som program; fönstret saknar förbindelse med databasen.');
  return window.api;
}

/** Stores use this: a failed call becomes an ApiError carrying the Swedish message and fields. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
