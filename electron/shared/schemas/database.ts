/** Why the user's own database could not be opened at start; the app then offers recovery. */
export interface DatabaseProblem {
  kind: 'damaged' | 'foreign';
  /** SQLite's own words, for support. */
  detail: string;
}

/** How the file in use was chosen: the user's own, the example to try, or another file they opened. */
export type DatabaseOrigin = 'own' | 'example' | 'chosen';
