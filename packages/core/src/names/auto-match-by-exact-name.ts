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

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function groupByNormalizedName(items: readonly NamedItem[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const item of items) {
    const name = normalizeName(item.name);
    if (name === "") continue;
    const ids = groups.get(name);
    if (ids) ids.push(item.id);
    else groups.set(name, [item.id]);
  }
  return groups;
}

/**
 * Pairs accounts with vendor items whose {@link normalizeName normalised} names are equal and
 * unique on both sides. A name that occurs more than once on either side (already-mapped items
 * counted) is ambiguous and never matched; empty names never match; vendor items in `existing`
 * are never touched. Linear in the input plus sorting the output.
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
  const accountsByName = groupByNormalizedName(accounts);
  const vendorByName = groupByNormalizedName(vendorItems);

  const matched: ExactNameMatch[] = [];
  const ambiguous: AmbiguousName[] = [];
  const matchedAccountIds = new Set<string>();
  const matchedVendorIds = new Set<string>();

  for (const [name, vendorIds] of vendorByName) {
    const accountIds = accountsByName.get(name);
    if (!accountIds) continue;
    if (vendorIds.length > 1 || accountIds.length > 1) {
      ambiguous.push({
        kind: "ambiguous",
        name,
        accountIds: [...accountIds].sort(compareText),
        vendorIds: [...vendorIds].sort(compareText),
      });
      continue;
    }
    const [vendorId] = vendorIds;
    const [accountId] = accountIds;
    if (vendorId === undefined || accountId === undefined || existing?.has(vendorId)) continue;
    matched.push({ kind: "matched", accountId, vendorId, name });
    matchedAccountIds.add(accountId);
    matchedVendorIds.add(vendorId);
  }

  const skippedVendorIds: string[] = [];
  const unmatchedVendorIds: string[] = [];
  for (const item of vendorItems) {
    if (existing?.has(item.id)) skippedVendorIds.push(item.id);
    else if (!matchedVendorIds.has(item.id)) unmatchedVendorIds.push(item.id);
  }
  const unmatchedAccountIds = accounts.filter((a) => !matchedAccountIds.has(a.id)).map((a) => a.id);

  return {
    matched: matched.sort((a, b) => compareText(a.vendorId, b.vendorId)),
    ambiguous: ambiguous.sort((a, b) => compareText(a.name, b.name)),
    unmatchedAccountIds: [...new Set(unmatchedAccountIds)].sort(compareText),
    unmatchedVendorIds: [...new Set(unmatchedVendorIds)].sort(compareText),
    skippedVendorIds: [...new Set(skippedVendorIds)].sort(compareText),
  };
}
