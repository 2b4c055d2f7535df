import { sv } from './sv';

type Catalogue = typeof sv;

/** Every dotted path to a text in a catalogue: "plans.itemNotFound", "audit.actions.hire.created". */
type PathsOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : PathsOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key the Swedish catalogue (and so the English one) holds; a misspelt key does not compile. */
export type TextKey = PathsOf<Catalogue>;

/** The keys below a group: `KeysUnder<'audit.actions'>` is "hire.created" | "item.done" | … */
export type KeysUnder<Group extends string> = TextKey extends infer K ? (K extends `${Group}.${infer Rest}` ? Rest : never) : never;

function lookup(key: string): string | undefined {
  let node: unknown = sv;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * Narrows a key that is only known at run time (a zod message, a stored audit action) to a
 * catalogue key; the one place a string becomes a TextKey, by looking it up.
 */
export const isTextKey = (key: string): key is TextKey => lookup(key) !== undefined;

const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));

/**
 * Looks up a key known only at run time in the Swedish catalogue; undefined when it has none.
 * Main uses it for messages it sends; the renderer uses i18next over the same catalogues instead.
 */
export function translateSv(key: string, vars: Record<string, string | number> = {}): string | undefined {
  const text = lookup(key);
  return text === undefined ? undefined : fill(text, vars);
}

/** The Swedish text for a catalogue key main sends to the UI. */
export const svText = (key: TextKey, vars: Record<string, string | number> = {}): string => fill(lookup(key) ?? key, vars);

/** For keys built from stored data (an audit action from another version): the text, or the key itself. */
export const svTextOrKey = (key: string, vars?: Record<string, string | number>): string => translateSv(key, vars) ?? key;
