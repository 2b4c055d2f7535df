import fc from 'fast-check';

/**
 * Payloads a compromised or buggy renderer could send: any value at all, and near misses of a
 * valid payload (one field wrong, one key extra or missing, prototype-pollution keys).
 */

const HUGE = ['x'.repeat(1_000_000), 'å'.repeat(100_001), '2026-11-23'.repeat(10_000), '9'.repeat(400)];
const AT_LIMITS = [100, 101, 200, 201, 500, 501, 20_000, 20_001].map((n) => 'ä'.repeat(n));

/** Objects whose own keys would pollute a prototype if anything merged them naively. */
export const pollutingObjects = (): object[] => [
  JSON.parse('{"__proto__":{"polluted":"yes"}}') as object,
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}') as object,
  JSON.parse('{"__proto__":[],"length":1e9}') as object,
  Object.assign(Object.create(null) as object, { toString: 'x', valueOf: 1 }),
];

const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'then'];

const keyArb = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...POLLUTING_KEYS));

/** One hostile value: wrong types, edge numbers, huge and malicious strings, odd objects. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    false,
    NaN,
    Infinity,
    -Infinity,
    -0,
    0,
    -1,
    1,
    2,
    1.5,
    0.1,
    2 ** 31,
    2 ** 53,
    -(2 ** 53),
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    1e308,
    10n,
    '',
    ' ',
    '0',
    '-1',
    '1',
    'NaN',
    'true',
    'null',
    'undefined',
    "' OR 1=1 --",
    '1; DROP TABLE people; --',
    "Robert'); DELETE FROM hires;--",
    '../../../../etc/passwd',
    'C:\\Windows\\System32\\calc.exe',
    '\\\\fileserver\\share\\x.db',
    'file:///etc/passwd',
    'https://evil.example/',
    'javascript:alert(1)',
    '<img src=x onerror=alert(1)>',
    '\u0000',
    '\ud800',
    '\u202e',
    '%s%n%x',
    '${7*7}',
    '2026-02-30',
    '2026-13-01',
    '1999-12-31',
    '2101-01-01',
    '2026-1-1',
    '25:00',
    '9:00',
    [],
    {},
    [[[[]]]],
    [null],
    new Date(0),
    new Date(NaN),
    new Map([['a', 1]]),
    new Set([1]),
    new Uint8Array(8),
    Buffer.from('x'),
    /x/,
  ),
  fc.constantFrom<unknown>(...HUGE, ...AT_LIMITS),
  fc.constantFrom<unknown>(...pollutingObjects()),
  fc.integer(),
  fc.double(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.anything({
    maxDepth: 3,
    maxKeys: 6,
    key: keyArb,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withTypedArray: true,
    withSparseArray: true,
    withObjectString: true,
  }),
);

type Path = (string | number)[];

/** Every place inside a value where a mutation can land (the root excluded). */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const here = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [here, ...pathsOf(child, here)];
  });
}

const clone = <T>(value: T): T => structuredClone(value);

function setAt(root: unknown, path: Path, next: unknown): unknown {
  const copy = clone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  Object.defineProperty(node, path.at(-1)!, { value: next, enumerable: true, writable: true, configurable: true });
  return copy;
}

function deleteAt(root: unknown, path: Path): unknown {
  const copy = clone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  delete node[path.at(-1)!];
  return copy;
}

const DATES = ['2026-10-05', '2026-10-04', '2026-11-23', '2026-11-24', '2026-12-31', '2000-01-01', '2100-12-31', '2025-01-13'];

/** A value of the same type as the one it replaces, to get past the schema into the handler. */
function sameTypeAs(original: unknown): fc.Arbitrary<unknown> {
  if (typeof original === 'number' || original === null) {
    return fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constantFrom(0, 2 ** 31, Number.MAX_SAFE_INTEGER));
  }
  if (typeof original === 'boolean') return fc.boolean();
  if (typeof original === 'string') {
    return fc.oneof(
      fc.constantFrom('', ' ', ...DATES, '00:00', '23:59', '07:30', 'manager', 'introducer', 'done', 'notApplicable', ...AT_LIMITS),
      fc.string({ maxLength: 20 }),
    );
  }
  return hostileValue;
}

/** Near misses of one valid payload. */
export function mutationsOf(valid: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid);
  const at = (path: Path) => path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], valid);
  const objectPaths: Path[] = [[], ...paths.filter((path) => at(path) !== null && typeof at(path) === 'object')];
  const arbs: fc.Arbitrary<unknown>[] = [
    fc.tuple(keyArb, hostileValue).map(([key, value]) => setAt(valid, [key], value)),
    fc.nat(pollutingObjects().length - 1).map((i) => Object.assign(pollutingObjects()[i]!, clone(valid))),
    fc.constantFrom<unknown>([valid], JSON.stringify(valid), { input: valid }, { ...(valid as object), __proto__: { polluted: 'yes' } }),
  ];
  if (paths.length > 0) {
    const retyped = fc.constantFrom(...paths).chain((path) => sameTypeAs(at(path)).map((value) => setAt(valid, path, value)));
    arbs.push(retyped, retyped, retyped);
    arbs.push(fc.tuple(fc.constantFrom(...paths), hostileValue).map(([path, value]) => setAt(valid, path, value)));
    arbs.push(fc.constantFrom(...paths).map((path) => deleteAt(valid, path)));
  }
  arbs.push(
    fc
      .tuple(fc.constantFrom(...objectPaths), fc.constantFrom(...POLLUTING_KEYS), hostileValue)
      .map(([path, key, value]) => setAt(valid, [...path, key], value)),
  );
  return fc.oneof(...arbs);
}

/** What the fuzz sends to one channel: mostly near misses when a valid payload is known. */
export function payloadsFor(valid: unknown): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: mutationsOf(valid), weight: 3 }, { arbitrary: hostileValue, weight: 1 });
}
