import { handlerHarness } from './handler-context';
import { tempDbPath } from './paths';
import { hireWithFreeText, staffFor } from './privacy-fixture';

/**
 * Desk A (the manager's) with a hire, and desk B that started from a copy of A's data, so both
 * hold the same rows under the same global ids. Close both when done.
 */
export async function desksWithOneHire(now: () => string) {
  const a = handlerHarness(now);
  const people = await staffFor(a);
  const { hireId } = await hireWithFreeText(a, people, 'Ylva Östlund', 'ylva');
  const copy = tempDbPath();
  a.ctx.session.sqlite.prepare('VACUUM INTO ?').run(copy);
  const b = handlerHarness(now, copy);
  return { a, b, hireId, people };
}
