import { copyFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../electron/main/errors';
import { dispatch, type HandlerTable } from '../../electron/main/ipc/dispatch';
import { handlers } from '../../electron/main/ipc/handlers';
import { channels, contract, type Channel } from '../../electron/shared/contract';
import { dumpDatabase } from '../support/db-dump';
import { hostileValue, payloadsFor } from '../support/fuzz-payloads';
import { buildFuzzWorld, sketchOf, type FuzzWorld } from '../support/fuzz-world';
import { handlerHarness } from '../support/handler-context';
import { tempDbPath } from '../support/paths';

// Payloads per channel; `FUZZ_RUNS=2000 npx vitest run … test/db/ipc-fuzz.test.ts` for a long run.
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const TIMEOUT = Math.max(60_000, RUNS * 1_000);

const tally = { tried: 0, rejected: 0, accepted: 0, changedByAccepted: 0 };
const byCode: Record<string, number> = {};
const neverAccepted: string[] = [];
let world: FuzzWorld;
const prototypesBefore = snapshotPrototypes();

function snapshotPrototypes(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype]
    .map((proto) => Reflect.ownKeys(proto).map(String).sort().join(','))
    .join('|');
}

const totalChanges = (sqlite: Database.Database) => sqlite.prepare('SELECT total_changes()').pluck().get() as number;

function show(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
    return (text ?? String(value)).slice(0, 160);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Messages go to the user's screen: Swedish, and nothing from inside (SQL, paths, stack traces). */
const leaks = (message: string) =>
  !message || /SQLITE|sqlite|SELECT |INSERT |\/tmp\/|[A-Z]:\\|at .+\(.+:\d+:\d+\)|TypeError|undefined/.test(message);

/** The message without the payload's own strings: a title the user typed may say "undefined". */
function withoutEchoes(message: string, payload: unknown): string {
  const strings: string[] = [];
  const walk = (value: unknown, depth: number) => {
    if (typeof value === 'string' && value.length > 0) strings.push(value);
    else if (value && typeof value === 'object' && depth < 8) for (const v of Object.values(value)) walk(v, depth + 1);
  };
  walk(payload, 0);
  return strings.sort((a, b) => b.length - a.length).reduce((text, echoed) => text.split(echoed).join(''), message);
}

/**
 * Sends every payload to one channel on a fresh copy of the world and returns what went wrong.
 * A rejected call must leave the database exactly as it was: checked cheaply with SQLite's change
 * counter per call, and with a full dump whenever the counter moved or at the end of the batch.
 */
async function fuzz(channel: unknown, payloads: unknown[], table: HandlerTable = handlers): Promise<string[]> {
  const file = tempDbPath();
  copyFileSync(world.file, file);
  const h = handlerHarness(undefined, file);
  const problems: string[] = [];
  // The checker's own self-test runs broken tables; only real runs count towards the report.
  const count = table === handlers ? tally : { tried: 0, rejected: 0, accepted: 0, changedByAccepted: 0 };
  const start = dumpDatabase(h.ctx.session.sqlite);
  let reference = start;
  let anyAcceptedChange = false;
  let acceptedHere = 0;
  for (const payload of payloads) {
    h.ctx.user.personId = world.managerId;
    const sqlite = h.ctx.session.sqlite;
    const before = totalChanges(sqlite);
    let result: Awaited<ReturnType<typeof dispatch>>;
    try {
      result = await dispatch(table, channel, payload, h.ctx);
    } catch (error) {
      problems.push(`threw ${String(error)} for ${show(payload)}`);
      continue;
    }
    count.tried++;
    const moved = h.ctx.session.sqlite !== sqlite || totalChanges(h.ctx.session.sqlite) !== before;
    if (result.ok) {
      count.accepted++;
      acceptedHere++;
      if (moved) {
        count.changedByAccepted++;
        anyAcceptedChange = true;
        reference = dumpDatabase(h.ctx.session.sqlite);
      }
      continue;
    }
    count.rejected++;
    if (count === tally) byCode[result.error.code] = (byCode[result.error.code] ?? 0) + 1;
    if (result.error.code === 'internal') problems.push(`crashed on ${show(payload)}`);
    for (const text of [result.error.message, ...Object.values(result.error.fields ?? {})]) {
      if (leaks(withoutEchoes(text, payload))) problems.push(`told the user ${show(text)} for ${show(payload)}`);
    }
    if (moved && dumpDatabase(h.ctx.session.sqlite) !== reference)
      problems.push(`changed data though refused (${result.error.code}) for ${show(payload)}`);
  }
  if (acceptedHere === 0 && count === tally) neverAccepted.push(String(channel));
  if (!anyAcceptedChange && dumpDatabase(h.ctx.session.sqlite) !== start) problems.push('data changed though no call changed anything');
  if (h.desktop.opened.length > 0) problems.push(`opened files: ${h.desktop.opened.join(', ')}`);
  if (snapshotPrototypes() !== prototypesBefore) problems.push('a prototype gained or lost a property');
  await h.close();
  return problems;
}

const validOf = (channel: Channel): unknown => world.valid[channel] ?? sketchOf(contract[channel].input);

beforeAll(async () => {
  world = await buildFuzzWorld();
  // dispatch logs every unexpected error; the test reports them itself, briefly.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterAll(() => {
  vi.restoreAllMocks();
  console.log(
    `[ipc-fuzz] seed ${SEED}, ${RUNS} per channel: ${tally.tried} payloads to ${channels.length} channels and unknown names, ` +
      `${tally.rejected} rejected (${JSON.stringify(byCode)}), ${tally.accepted} accepted (${tally.changedByAccepted} of them changed data)`,
  );
  if (neverAccepted.length > 0) console.log(`[ipc-fuzz] accepted nothing, not even the valid payload: ${neverAccepted.join(', ')}`);
});

describe('fuzzing every IPC channel', () => {
  it('starts from a valid payload for every channel that takes input', () => {
    const missing = channels.filter((c) => Object.keys((contract[c].input as { shape: object }).shape).length > 0 && !(c in world.valid));
    if (missing.length > 0) console.warn(`[ipc-fuzz] no valid payload yet (fuzzed from a sketch): ${missing.join(', ')}`);
    for (const [channel, payload] of Object.entries(world.valid)) {
      const parsed = contract[channel as Channel].input.safeParse(payload);
      expect(parsed.success, `${channel}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it.each(channels)(
    '%s survives malformed payloads and changes nothing when it refuses',
    async (channel) => {
      // The valid payload goes first, so every handler runs its real work at least once.
      const payloads = [validOf(channel), ...fc.sample(payloadsFor(validOf(channel)), { numRuns: RUNS, seed: SEED })];
      expect(await fuzz(channel, payloads)).toEqual([]);
    },
    TIMEOUT,
  );

  it('refuses unknown and look-alike channel names without running anything', async () => {
    const names = fc
      .sample(
        fc.oneof(
          fc.string({ maxLength: 30 }),
          fc.constantFrom<unknown>('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', null, undefined, 42, {}, [
            'staff:list-people',
          ]),
          fc.constantFrom(...channels).map((c) => `${c} `),
          fc.constantFrom(...channels).map((c) => c.toUpperCase()),
          fc.constantFrom(...channels).map((c) => `${c}\u0000`),
          fc.constantFrom(...channels).map((c) => c.replace(':', '::')),
        ),
        { numRuns: RUNS * 5, seed: SEED },
      )
      .filter((name) => typeof name !== 'string' || !Object.hasOwn(contract, name));
    for (const [i, name] of names.entries()) {
      const [payload] = fc.sample(hostileValue, { numRuns: 1, seed: SEED + i });
      const result = await dispatch(handlers, name, payload, undefined as never);
      expect(result, show(name)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
      tally.tried++;
      tally.rejected++;
    }
  });

  it('notices a handler that writes before it refuses, crashes, or leaks its insides', async () => {
    const broken: HandlerTable = {
      ...handlers,
      'staff:remove-person': ({ id }, ctx) => {
        ctx.session.sqlite.prepare("UPDATE people SET name = 'X' WHERE id = ?").run(id);
        throw new AppError('conflict', 'Personen kan inte tas bort.');
      },
      'staff:restore-person': () => {
        throw new TypeError("Cannot read properties of undefined (reading 'id')");
      },
      'hires:get-plan': () => {
        throw new AppError('not-found', 'SQLITE_ERROR: no such table: hires at /tmp/x.db');
      },
    };
    const valid = world.valid['staff:remove-person'];
    expect((await fuzz('staff:remove-person', [valid], broken)).join()).toMatch(/changed data though refused \(conflict\)/);
    expect((await fuzz('staff:restore-person', [valid], broken)).join()).toMatch(/crashed on/);
    expect((await fuzz('hires:get-plan', [world.valid['hires:get-plan']], broken)).join()).toMatch(/told the user/);
  });

  it('leaves every prototype untouched', () => {
    expect(snapshotPrototypes()).toBe(prototypesBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});
