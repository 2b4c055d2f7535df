// SQLite's default collation sorts Å, Ä and Ö before A; Swedish readers expect them after Z.
const swedish = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

export const compareSwedish = (a: string, b: string): number => swedish.compare(a, b);

export function sortBySwedish<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareSwedish(key(a), key(b)));
}
