import { sv } from './sv';

/**
 * Looks up a dotted key in the Swedish catalogue. Main uses it for the messages it sends;
 * the renderer uses i18next over the same catalogues instead.
 */
export function translateSv(key: string, vars: Record<string, string | number> = {}): string | undefined {
  let node: unknown = sv;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== 'string') return undefined;
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/** The Swedish text for a key main sends to the UI; the key itself if the catalogue lacks it. */
export const svText = (key: string, vars?: Record<string, string | number>): string => translateSv(key, vars) ?? key;
