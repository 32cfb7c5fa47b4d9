import { normalizeName } from "./normalize-name.ts";

/** Anything auto-match can pair: accounts, vendor accounts, services, vendor services. */
export interface NamedItem {
  readonly id: string;
  readonly name: string;
}

/** One pair auto-match found: the only item on each side with this normalised name. */
export interface ExactNameMatch {
  readonly kind: "matched";
  readonly accountId: string;
  readonly vendorId: string;
  /** The normalised name both sides share. */
  readonly name: string;
}

/** A normalised name found on both sides but more than once on at least one: never matched. */
export interface AmbiguousName {
  readonly kind: "ambiguous";
  readonly name: string;
  readonly accountIds: readonly string[];
  readonly vendorIds: readonly string[];
}

/** What {@link autoMatchByExactName} found; every list is sorted by id or name. */
export interface AutoMatchResult {
  readonly matched: readonly ExactNameMatch[];
  readonly ambiguous: readonly AmbiguousName[];
  /** Accounts that received no match in this run (they may still hold earlier mappings). */
  readonly unmatchedAccountIds: readonly string[];
  /** Vendor items that are still unmapped after this run (ambiguous ones included). */
  readonly unmatchedVendorIds: readonly string[];
  /** Vendor items left untouched because they were already mapped or excluded. */
  readonly skippedVendorIds: readonly string[];
}

/** Options of {@link autoMatchByExactName}. */
export interface AutoMatchOptions {
  /**
   * Vendor item ids that are already mapped or excluded; a `Set`, a `Map` or a
   * `MappingState["byVendorId"]` all fit.
   */
  readonly existing?: { has(vendorId: string): boolean };
}

// One id, or several when the normalised name repeats: most names are unique, so no array is
// allocated for them (at 100k items the allocations are what costs).
type IdsByName = Map<string, string | string[]>;

function groupByName(items: readonly NamedItem[], names: readonly string[]): IdsByName {
  const groups: IdsByName = new Map();
  for (let i = 0; i < items.length; i += 1) {
    const name = names[i] ?? "";
    const id = items[i]?.id;
    if (name === "" || id === undefined) continue;
    const ids = groups.get(name);
    if (ids === undefined) groups.set(name, id);
    else if (typeof ids === "string") groups.set(name, [ids, id]);
    else ids.push(id);
  }
  return groups;
}

function idList(ids: string | string[]): string[] {
  return typeof ids === "string" ? [ids] : [...ids].sort();
}

/** Sorts with the engine's native string order (code units), much faster than a comparator. */
function sortedIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort();
}

/**
 * Pairs accounts with vendor items whose {@link normalizeName normalised} names are equal and
 * unique on both sides. A name that occurs more than once on either side (already-mapped items
 * counted) is ambiguous and never matched; empty names never match; vendor items in `existing`
 * are never touched. Linear in the input plus sorting the output (by vendor id, name or id).
 *
 * @example
 * const { matched } = autoMatchByExactName(
 *   [{ id: "a1", name: "Acme Ltd" }],
 *   [{ id: "12", name: " ACME  ltd" }, { id: "15", name: "Globex" }],
 *   { existing: new Set(["15"]) },
 * );
 * // matched: [{ kind: "matched", accountId: "a1", vendorId: "12", name: "acme ltd" }]
 */
export function autoMatchByExactName(
  accounts: readonly NamedItem[],
  vendorItems: readonly NamedItem[],
  options: AutoMatchOptions = {},
): AutoMatchResult {
  const existing = options.existing;
  const accountNames = accounts.map((a) => normalizeName(a.name));
  const vendorNames = vendorItems.map((v) => normalizeName(v.name));
  const accountsByName = groupByName(accounts, accountNames);
  const vendorByName = groupByName(vendorItems, vendorNames);

  // A name pairs when it is unique on both sides; whether its one vendor item is free is
  // checked per item below, so no set of matched ids is needed.
  const isUniquePair = (name: string): boolean =>
    name !== "" && typeof vendorByName.get(name) === "string" && typeof accountsByName.get(name) === "string";

  const matched: ExactNameMatch[] = [];
  const skippedVendorIds: string[] = [];
  const unmatchedVendorIds: string[] = [];
  const takenNames = new Set<string>();
  vendorItems.forEach((item, i) => {
    const name = vendorNames[i] ?? "";
    const accountId = accountsByName.get(name);
    if (existing?.has(item.id)) skippedVendorIds.push(item.id);
    else if (typeof accountId === "string" && isUniquePair(name)) {
      matched.push({ kind: "matched", accountId, vendorId: item.id, name });
      takenNames.add(name);
    } else unmatchedVendorIds.push(item.id);
  });
  const unmatchedAccountIds: string[] = [];
  accounts.forEach((account, i) => {
    if (!takenNames.has(accountNames[i] ?? "")) unmatchedAccountIds.push(account.id);
  });

  const ambiguousNames: string[] = [];
  for (const [name, vendorIds] of vendorByName) {
    const accountIds = accountsByName.get(name);
    if (accountIds !== undefined && (typeof vendorIds !== "string" || typeof accountIds !== "string")) {
      ambiguousNames.push(name);
    }
  }
  matched.sort((a, b) => (a.vendorId < b.vendorId ? -1 : a.vendorId > b.vendorId ? 1 : 0));
  const ambiguous = ambiguousNames.sort().map(
    (name): AmbiguousName => ({
      kind: "ambiguous",
      name,
      accountIds: idList(accountsByName.get(name) ?? []),
      vendorIds: idList(vendorByName.get(name) ?? []),
    }),
  );

  return {
    matched,
    ambiguous,
    unmatchedAccountIds: sortedIds(unmatchedAccountIds),
    unmatchedVendorIds: sortedIds(unmatchedVendorIds),
    skippedVendorIds: sortedIds(skippedVendorIds),
  };
}
