/**
 * How a person last left a view (the checklist filter, the overview's layout), kept per person on
 * this computer. It is a view setting, not data: it stays out of the database, its audit trail and
 * its backups, and a desk that never saw the choice simply starts from the default.
 */
const keyOf = (view: string, personId: number | null) => `introplan.view.${view}.${personId ?? 'none'}`;

export function recall<T extends string>(view: string, personId: number | null, allowed: readonly T[], fallback: T): T {
  try {
    const value = window.localStorage.getItem(keyOf(view, personId));
    return allowed.find((a) => a === value) ?? fallback;
  } catch {
    return fallback;
  }
}

export function remember(view: string, personId: number | null, value: string): void {
  try {
    window.localStorage.setItem(keyOf(view, personId), value);
  } catch {
    // A full or disabled storage only loses the convenience.
  }
}
