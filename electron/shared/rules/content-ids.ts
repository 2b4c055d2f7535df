/** Longest id the template schema accepts (^[a-z0-9][a-z0-9-]{0,63}$). */
const MAX_ID = 64;

/**
 * A readable id from a title: "Nyckelkort och passerkort" → "nyckelkort-och-passerkort".
 * Å/ä/ö become a/a/o and other accents are dropped, so ids stay plain a–z, 0–9 and hyphens.
 */
export function slugify(title: string, fallback = 'punkt'): string {
  const slug = title
    .toLocaleLowerCase('sv')
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** The slug of `title`, with "-2", "-3" … added when it is taken. */
export function uniqueId(title: string, taken: Iterable<string>, fallback?: string): string {
  const used = new Set(taken);
  const base = slugify(title, fallback);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX_ID - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
