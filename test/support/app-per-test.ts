import { afterEach, expect } from 'vitest';
import type { Result } from '../../electron/shared/result';
import type { LaunchedApp } from '../e2e/harness';

/** The value of an API call in test set-up; a refused call fails the test with main's message. */
export async function valueOf<T>(call: Promise<Result<T>>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/**
 * Closes the test's app after each test and fails the test if the page logged errors.
 * `current` reads the test file's app variable; `clear` empties it.
 */
export function closeAppAfterEach(current: () => LaunchedApp | undefined, clear: () => void): void {
  afterEach(async () => {
    const app = current();
    if (!app) return;
    const { errors } = app;
    await app.close();
    clear();
    expect(errors).toEqual([]);
  });
}
