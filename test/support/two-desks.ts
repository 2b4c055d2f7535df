import { eraseHire } from '../../electron/main/services/erase';
import { DeskSync } from '../../electron/main/sync/desk-sync';
import { SharedFolder } from '../../electron/main/sync/shared-folder';
import { handlerHarness } from './handler-context';
import { tempDir, tempDbPath } from './paths';
import { hireWithFreeText, staffFor } from './privacy-fixture';

type Harness = ReturnType<typeof handlerHarness>;

/** A desk sharing `root` as `installation` (one hex digit repeated), erasing as the app does. */
export function deskOn(h: Harness, root: string, digit: string, label = `Dator ${digit.toUpperCase()}`) {
  const installation = digit.repeat(32);
  return new DeskSync(h.ctx, new SharedFolder(root, installation), {
    installation,
    label,
    eraseLocally: (hireId) => eraseHire(h.ctx, h.ctx.session.file, h.ctx.session.sqlite, hireId, null, 'sync.erased-elsewhere'),
  });
}

/**
 * The manager's desk A with staff and a hire, and the introducer's desk B on a fresh database
 * that joined the folder A shared: after one pass each, B holds A's staff, programme and hire
 * under the same global ids. Close both harnesses when done.
 */
export async function desksWithOneHire(now: () => string) {
  const a = handlerHarness(now);
  const people = await staffFor(a);
  const { hireId } = await hireWithFreeText(a, people, 'Ylva Östlund', 'ylva');
  const b = handlerHarness(now, tempDbPath());
  const root = tempDir();
  const deskA = deskOn(a, root, 'a');
  const deskB = deskOn(b, root, 'b');
  await deskA.cycle();
  await deskB.cycle();
  return { a, b, deskA, deskB, root, hireId, people };
}
