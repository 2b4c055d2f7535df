/**
 * The rules every IPC input schema must keep, checked by walking zod's own schema definitions.
 * Generic on purpose: a channel added tomorrow is held to the same rules without a test change.
 */

/** A field with one of these words in its name would carry SQL, a path or a URL across IPC. */
export const FORBIDDEN_FIELD = /sql|query|path|file|dir|folder|url|uri|href/i;

/**
 * Field names that match FORBIDDEN_FIELD yet carry none of those things, each with the reason.
 * Keep it short: every entry is an exception someone must be able to defend.
 */
export const FIELD_ALLOWLIST: Readonly<Record<string, string>> = {};

/** Ids are positive whole numbers; a name like `hireId` or `id` marks one. */
const ID_FIELD = /(^id$|Id$)/;

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  [key: string]: unknown;
}
interface CheckDef {
  check: string;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): CheckDef[] => (def.checks ?? []).map((c) => c._zod.def);

/**
 * True when a regular expression can only match strings of bounded length: anchored at both
 * ends, no top-level alternative that escapes an anchor, and no unbounded repetition.
 */
export function isBoundedPattern(pattern: RegExp): boolean {
  if (pattern.flags.includes('m')) return false;
  const source = pattern.source.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'x');
  if (!source.startsWith('^') || !source.endsWith('$')) return false;
  if (/[*+]|\{\d*,\}/.test(source)) return false;
  let depth = 0;
  for (const char of source) {
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return false;
  }
  return true;
}

function stringViolations(def: Def, where: string): string[] {
  const checks = checksOf(def);
  if (def.format === 'url' || checks.some((c) => c.format === 'url')) return [`${where}: a URL string`];
  const hasMax = checks.some((c) => c.check === 'max_length' || c.check === 'length_equals');
  const patterns = [def.pattern, ...checks.map((c) => c.pattern)].filter((p): p is RegExp => p instanceof RegExp);
  return hasMax || patterns.some(isBoundedPattern) ? [] : [`${where}: a string without a maximum length`];
}

function numberViolations(def: Def, where: string, key: string | undefined): string[] {
  const checks = checksOf(def);
  const integer = def.format === 'safeint' || checks.some((c) => c.check === 'number_format' && c.format === 'safeint');
  const lower = checks.find((c) => c.check === 'greater_than');
  const upper = checks.some((c) => c.check === 'less_than');
  if (key !== undefined && ID_FIELD.test(key)) {
    const positive = lower !== undefined && (lower.value! > 0 || (lower.value === 0 && lower.inclusive === false));
    return integer && positive ? [] : [`${where}: an id that is not a positive whole number`];
  }
  return integer || (lower && upper) ? [] : [`${where}: a number without bounds`];
}

function walk(schema: unknown, where: string, key: string | undefined, allow: Readonly<Record<string, string>>): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const catchall = def.catchall === undefined ? undefined : defOf(def.catchall).type;
      const own =
        catchall === 'never' ? [] : [`${where}: not a strict object (unknown keys ${catchall ? 'let through' : 'silently dropped'})`];
      const shape = def.shape as Record<string, unknown>;
      return own.concat(
        Object.entries(shape).flatMap(([name, child]) => [
          ...(FORBIDDEN_FIELD.test(name) && !(name in allow) ? [`${where}.${name}: a field named like SQL, a path or a URL`] : []),
          ...walk(child, `${where}.${name}`, name, allow),
        ]),
      );
    }
    case 'array': {
      const bounded = checksOf(def).some((c) => c.check === 'max_length' || c.check === 'length_equals');
      return [...(bounded ? [] : [`${where}: an array without a maximum length`]), ...walk(def.element, `${where}[]`, undefined, allow)];
    }
    case 'string':
      return stringViolations(def, where);
    case 'number':
      return numberViolations(def, where, key);
    case 'boolean':
    case 'enum':
    case 'literal':
    case 'null':
      return [];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return walk(def.innerType, where, key, allow);
    case 'union':
      return (def.options as unknown[]).flatMap((option, i) => walk(option, `${where}|${i}`, key, allow));
    case 'pipe':
      // Only the input side meets the renderer's data; what the pipe turns it into is main's business.
      return walk(def.in, where, key, allow);
    default:
      return [`${where}: ${def.type} is not allowed on the IPC boundary`];
  }
}

/** Every rule an input schema breaks, as readable lines; empty when the schema keeps them all. */
export function schemaViolations(schema: unknown, where = 'input', allow = FIELD_ALLOWLIST): string[] {
  const top = defOf(schema).type;
  const own = top === 'object' ? [] : [`${where}: the input is a ${top}, not an object`];
  return own.concat(walk(schema, where, undefined, allow));
}
