/** What an overview row needs to be ranked: counts from the plan and whether the introducer is behind. */
export interface UrgencyFacts {
  name: string;
  late: number;
  notFollowedUp: number;
  introducerBehind: boolean;
  /** No introducer named: nobody holds the week-by-week support. */
  noIntroducer: boolean;
}

/** How much a hire needs attention: late items first, then no or a lagging introducer, then what waits for follow-up. */
const score = (h: UrgencyFacts) => [h.late > 0 ? 1 : 0, h.noIntroducer || h.introducerBehind ? 1 : 0, h.late, h.notFollowedUp];

/** The hires most in need of attention first; equal ones by name, so the order is stable. */
export function byUrgency<T extends UrgencyFacts>(hires: readonly T[]): T[] {
  return [...hires].sort((a, b) => {
    const [x, y] = [score(a), score(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return y[i]! - x[i]!;
    return a.name.localeCompare(b.name, 'sv');
  });
}
