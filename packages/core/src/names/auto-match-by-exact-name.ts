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

/**
 * The ids sorted in code-unit order with adjacent repeats dropped
 * (the engine's native sort, much faster than a comparator).
 */
function sortedUniqueIds(ids: string[]): string[] {
  ids.sort();
  let kept = 0;
  for (let i = 0; i < ids.length; i += 1) {
    const id = ids[i] as string;
    if (kept === 0 || ids[kept - 1] !== id) {
      ids[kept] = id;
      kept += 1;
    }
  }
  ids.length = kept;
  return ids;
}

function compareVendorIds(a: ExactNameMatch, b: ExactNameMatch): number {
  return a.vendorId < b.vendorId ? -1 : a.vendorId > b.vendorId ? 1 : 0;
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
  // Every distinct non-empty account name gets a slot; counts and first positions live in typed
  // arrays indexed by slot, so the one Map holds small integers and nothing per name is
  // allocated but the normalised string itself. Vendor-only names need no slot: they can
  // neither match nor be ambiguous.
  const slotByName = new Map<string, number>();
  const slotNames: string[] = [];
  const accountCount = accounts.length;
  const vendorCount = vendorItems.length;
  const accountSlot = new Int32Array(accountCount);
  const vendorSlot = new Int32Array(vendorCount);
  const accountsInSlot = new Int32Array(accountCount);
  const vendorsInSlot = new Int32Array(accountCount);
  const firstAccount = new Int32Array(accountCount);
  for (let i = 0; i < accountCount; i += 1) {
    const name = normalizeName((accounts[i] as NamedItem).name);
    let slot = -1;
    if (name !== "") {
      const known = slotByName.get(name);
      if (known === undefined) {
        slot = slotNames.length;
        slotNames.push(name);
        slotByName.set(name, slot);
        firstAccount[slot] = i;
      } else slot = known;
      accountsInSlot[slot] = (accountsInSlot[slot] as number) + 1;
    }
    accountSlot[i] = slot;
  }
  for (let i = 0; i < vendorCount; i += 1) {
    const name = normalizeName((vendorItems[i] as NamedItem).name);
    const slot = name === "" ? undefined : slotByName.get(name);
    if (slot === undefined) vendorSlot[i] = -1;
    else {
      vendorSlot[i] = slot;
      // Already-mapped items count too: a name they share is ambiguous.
      vendorsInSlot[slot] = (vendorsInSlot[slot] as number) + 1;
    }
  }

  const matched: ExactNameMatch[] = [];
  const skippedVendorIds: string[] = [];
  const unmatchedVendorIds: string[] = [];
  const taken = new Uint8Array(slotNames.length);
  for (let i = 0; i < vendorCount; i += 1) {
    const id = (vendorItems[i] as NamedItem).id;
    const slot = vendorSlot[i] as number;
    if (existing?.has(id)) skippedVendorIds.push(id);
    else if (slot >= 0 && accountsInSlot[slot] === 1 && vendorsInSlot[slot] === 1) {
      const accountId = (accounts[firstAccount[slot] as number] as NamedItem).id;
      matched.push({ kind: "matched", accountId, vendorId: id, name: slotNames[slot] as string });
      taken[slot] = 1;
    } else unmatchedVendorIds.push(id);
  }
  const unmatchedAccountIds: string[] = [];
  const ambiguousSlots: number[] = [];
  for (let i = 0; i < accountCount; i += 1) {
    const slot = accountSlot[i] as number;
    if (slot < 0 || taken[slot] === 0) unmatchedAccountIds.push((accounts[i] as NamedItem).id);
  }
  for (let slot = 0; slot < slotNames.length; slot += 1) {
    const vendors = vendorsInSlot[slot] as number;
    if (vendors > 0 && (vendors > 1 || (accountsInSlot[slot] as number) > 1)) ambiguousSlots.push(slot);
  }

  matched.sort(compareVendorIds);
  let ambiguous: AmbiguousName[] = [];
  if (ambiguousSlots.length > 0) {
    const accountIdsBySlot = new Map<number, string[]>();
    const vendorIdsBySlot = new Map<number, string[]>();
    for (const slot of ambiguousSlots) {
      accountIdsBySlot.set(slot, []);
      vendorIdsBySlot.set(slot, []);
    }
    for (let i = 0; i < accountCount; i += 1)
      accountIdsBySlot.get(accountSlot[i] as number)?.push((accounts[i] as NamedItem).id);
    for (let i = 0; i < vendorCount; i += 1)
      vendorIdsBySlot.get(vendorSlot[i] as number)?.push((vendorItems[i] as NamedItem).id);
    ambiguous = ambiguousSlots
      .map(
        (slot): AmbiguousName => ({
          kind: "ambiguous",
          name: slotNames[slot] as string,
          accountIds: (accountIdsBySlot.get(slot) ?? []).sort(),
          vendorIds: (vendorIdsBySlot.get(slot) ?? []).sort(),
        }),
      )
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  return {
    matched,
    ambiguous,
    unmatchedAccountIds: sortedUniqueIds(unmatchedAccountIds),
    unmatchedVendorIds: sortedUniqueIds(unmatchedVendorIds),
    skippedVendorIds: sortedUniqueIds(skippedVendorIds),
  };
}
