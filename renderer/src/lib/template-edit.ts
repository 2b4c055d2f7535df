import { uniqueId } from '../../../electron/shared/rules/content-ids';
import type { Item, TemplateContent } from '../../../electron/shared/schemas/template';
import { LIMITS } from '../../../electron/shared/schemas/template';

/** Pure list edits for the programme editor; each returns a new array and leaves the old one alone. */

interface Entry {
  id: string;
}

export function replaceById<T extends Entry>(list: readonly T[], entry: T, previousId = entry.id): T[] {
  return list.map((e) => (e.id === previousId ? entry : e));
}

export function removeById<T extends Entry>(list: readonly T[], id: string): T[] {
  return list.filter((e) => e.id !== id);
}

/** Puts an entry back where it was (for undo); if its id has been reused meanwhile, nothing happens. */
export function restoreAt<T extends Entry>(list: readonly T[], entry: T, index: number): T[] {
  if (list.some((e) => e.id === entry.id)) return [...list];
  const at = Math.min(Math.max(index, 0), list.length);
  return [...list.slice(0, at), entry, ...list.slice(at)];
}

/** Swaps an entry with its neighbour; `sameGroup` limits moves to entries of one kind (one phase). */
export function move<T extends Entry>(list: readonly T[], id: string, step: -1 | 1, sameGroup: (a: T, b: T) => boolean = () => true): T[] {
  const from = list.findIndex((e) => e.id === id);
  const entry = list[from];
  if (!entry) return [...list];
  let to = from + step;
  while (to >= 0 && to < list.length && !sameGroup(entry, list[to]!)) to += step;
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  next[from] = list[to]!;
  next[to] = entry;
  return next;
}

export const samePhase = (a: Item, b: Item) => a.phaseId === b.phaseId;

/** A new item goes after the last item of its phase, so it shows last in that phase. */
export function addToPhase(items: readonly Item[], item: Item): Item[] {
  const last = items.findLastIndex((i) => i.phaseId === item.phaseId);
  const at = last === -1 ? items.length : last + 1;
  return [...items.slice(0, at), item, ...items.slice(at)];
}

export function withSuffix(title: string, suffix: string): string {
  return `${title.slice(0, LIMITS.shortText - suffix.length)}${suffix}`;
}

/** A copy placed right after the original, with its own id and the suffix on its title. */
export function duplicateItem(content: TemplateContent, id: string, suffix: string): { content: TemplateContent; copy?: Item } {
  const index = content.items.findIndex((i) => i.id === id);
  const original = content.items[index];
  if (!original) return { content };
  const title = withSuffix(original.title, suffix);
  const copy: Item = {
    ...original,
    id: uniqueId(
      title,
      content.items.map((i) => i.id),
    ),
    title,
  };
  const items = [...content.items.slice(0, index + 1), copy, ...content.items.slice(index + 1)];
  return { content: { ...content, items }, copy };
}

/** An id for a new entry made from its title, unique among `list`. */
export const newId = (title: string, list: readonly Entry[], fallback?: string) =>
  uniqueId(
    title,
    list.map((e) => e.id),
    fallback,
  );

type BinderList = 'sections' | 'contacts' | 'documents';

/** Applies `change` to one of the binder's lists. */
export function editBinder<K extends BinderList>(
  content: TemplateContent,
  key: K,
  change: (list: TemplateContent['binder'][K]) => TemplateContent['binder'][K],
): TemplateContent {
  return { ...content, binder: { ...content.binder, [key]: change(content.binder[key]) } };
}
