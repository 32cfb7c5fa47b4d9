/**
 * Search text per item key, folded once when the list loads, so a keystroke only scans prepared
 * strings. Items may change (a mapping) without rebuilding it: what is searched never changes.
 */
export type SearchIndex = ReadonlyMap<string, string>;

/** Lower-cases, NFKC-normalises and collapses whitespace, the same way for items and queries. */
export function foldForSearch(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * Prepares items for in-memory search; `textOf` gives every string an item can be found by
 * (name, domains, external id).
 *
 * @example const index = createSearchIndex(groups, (group) => group.id, (group) => [group.name, ...group.domains]);
 */
export function createSearchIndex<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  textOf: (item: T) => readonly string[],
): SearchIndex {
  const index = new Map<string, string>();
  for (const item of items) index.set(keyOf(item), foldForSearch(textOf(item).join("\n")));
  return index;
}

/**
 * The items whose indexed text contains every word of `query` (in any order) and that pass
 * `keep`, in the order given; an empty query keeps every item that passes `keep`.
 *
 * @example searchItems(index, groups, (group) => group.id, "acme ltd")
 */
export function searchItems<T>(
  index: SearchIndex,
  items: readonly T[],
  keyOf: (item: T) => string,
  query: string,
  keep?: (item: T) => boolean,
): T[] {
  const words = foldForSearch(query)
    .split(" ")
    .filter((word) => word !== "");
  const found: T[] = [];
  for (const item of items) {
    if (keep && !keep(item)) continue;
    if (words.length === 0) {
      found.push(item);
      continue;
    }
    const haystack = index.get(keyOf(item));
    if (haystack !== undefined && words.every((word) => haystack.includes(word))) found.push(item);
  }
  return found;
}
