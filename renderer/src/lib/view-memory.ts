import { useCallback, useReducer } from 'react';
import { useSessionStore } from '../stores/session';

/**
 * How a person last left a view (the checklist filter, the overview's layout), kept per person on
 * this computer. It is a view setting, not data: it stays out of the database, its audit trail and
 * its backups, and a desk that never saw the choice simply starts from the default.
 */
const keyOf = (view: string, personId: number | null) => `introplan.view.${view}.${personId ?? 'none'}`;

function recall<T extends string>(view: string, personId: number | null, allowed: readonly T[], fallback: T): T {
  try {
    const value = window.localStorage.getItem(keyOf(view, personId));
    return allowed.find((a) => a === value) ?? fallback;
  } catch {
    return fallback;
  }
}

function remember(view: string, personId: number | null, value: string): void {
  try {
    window.localStorage.setItem(keyOf(view, personId), value);
  } catch {
    // A full or disabled storage only loses the convenience.
  }
}

/**
 * A view choice remembered for whoever is working: read for the current person on every render
 * (so a change of person shows theirs), stored when set. `override` (a link's filter) wins while given.
 */
export function useRememberedView<T extends string>(
  view: string,
  allowed: readonly T[],
  fallback: T,
  override?: T | null,
): [T, (value: T) => void] {
  const userId = useSessionStore((s) => s.currentUser?.id ?? null);
  const [, stored] = useReducer((n: number) => n + 1, 0);
  const set = useCallback(
    (value: T) => {
      remember(view, userId, value);
      stored();
    },
    [view, userId],
  );
  return [override ?? recall(view, userId, allowed, fallback), set];
}
