import type { z } from 'zod';
import type { TemplateProblem } from '../../shared/rules/template-checks';
import { svText, translateSv } from '../../shared/i18n/translate';

type PathPart = PropertyKey;

const WHERE: [RegExp, string][] = [
  [/^(?:content\.)?phases\.(\d+)/, 'phase'],
  [/^(?:content\.)?items\.(\d+)/, 'item'],
  [/^(?:content\.)?binder\.sections\.(\d+)/, 'section'],
  [/^(?:content\.)?binder\.contacts\.(\d+)/, 'contact'],
  [/^(?:content\.)?binder\.documents\.(\d+)/, 'document'],
  [/^(?:content\.)?norms\.reflection\.segments\.(\d+)/, 'segment'],
  [/^(?:content\.)?norms/, 'norms'],
  [/^attachments\.(\d+)/, 'attachment'],
  [/^content/, 'content'],
];

/** Where in a programme a path points, in words a unit manager understands ("Punkt 12 (”Nyckelkort”)"). */
export function describeLocation(path: string, titleAt?: (path: string) => string | undefined): string {
  for (const [pattern, kind] of WHERE) {
    const match = pattern.exec(path);
    if (!match) continue;
    const n = match[1] === undefined ? 0 : Number(match[1]) + 1;
    const base = translateSv(`exchange.where.${kind}`, { n }) ?? kind;
    const title = match[1] !== undefined ? titleAt?.(match[0]) : undefined;
    return title ? `${base} (”${title}”)` : base;
  }
  return translateSv('exchange.where.file') ?? 'Filen';
}

export const pathKey = (path: readonly PathPart[]) => path.map(String).join('.');

/** Turns schema issues and reference problems into one Swedish message per path. */
export function problemMessages(
  issues: readonly z.core.$ZodIssue[],
  problems: readonly TemplateProblem[],
  titleAt?: (path: string) => string | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (path: string, text: string) => {
    out[path || '_'] ??= `${describeLocation(path, titleAt)}: ${text}`;
  };
  for (const issue of issues) {
    const path = pathKey(issue.path);
    const known = translateSv(issue.message);
    const field = issue.path.at(-1);
    const text = known ?? (issue.code === 'unrecognized_keys' ? `okända fält (${issue.keys.join(', ')})` : undefined);
    const label = translateSv(`exchange.fields.${String(field)}`) ?? String(field ?? '');
    add(path, text ?? `fältet ”${label}” saknas eller har fel värde.`);
  }
  for (const problem of problems) add(problem.path, svText(problem.key, problem.values));
  return out;
}

/** Looks up a readable title ("title" or "name") at a path in a parsed JSON value. */
export function titleLookup(root: unknown): (path: string) => string | undefined {
  return (path) => {
    let node: unknown = root;
    for (const part of path.split('.')) {
      if (typeof node !== 'object' || node === null) return undefined;
      node = (node as Record<string, unknown>)[part];
    }
    if (typeof node !== 'object' || node === null) return undefined;
    const record = node as Record<string, unknown>;
    const title = record.title ?? record.name ?? record.fileName;
    return typeof title === 'string' ? title.slice(0, 60) : undefined;
  };
}
