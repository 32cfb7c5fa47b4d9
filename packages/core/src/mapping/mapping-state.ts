/** Who made a mapping: exact-name auto-match or a person (or API token). */
export type MappedBy = "auto" | "user";

/** The status of a vendor item; one with no entry in a {@link MappingState} is `unmapped`. */
export type MappingStatus = "unmapped" | "mapped" | "excluded";

/** A vendor item that is mapped to one target (an account, or a service). */
export interface MappedEntry {
  readonly status: "mapped";
  readonly vendorId: string;
  readonly targetId: string;
  readonly mappedBy: MappedBy;
}

/** A vendor item the user excluded: it produces no cards. */
export interface ExcludedEntry {
  readonly status: "excluded";
  readonly vendorId: string;
}

/** The recorded state of one vendor item that is not unmapped. */
export type MappingEntry = MappedEntry | ExcludedEntry;

/**
 * The mappings of one kind (vendor accounts → accounts, or vendor services → services), keyed on
 * ids, never names, so a rename on either side keeps the map. Immutable: rules return a new one.
 */
export interface MappingState {
  readonly byVendorId: ReadonlyMap<string, MappingEntry>;
}

/**
 * What the mapping rules need to know about both sides: which vendor items exist and which
 * targets exist and are active.
 */
export interface MappingScope {
  readonly vendorIds: ReadonlySet<string>;
  readonly targets: ReadonlyMap<string, { readonly active: boolean }>;
}

/**
 * Builds a mapping state from stored entries; a later entry for the same vendor item wins.
 *
 * @example createMappingState([{ status: "mapped", vendorId: "12", targetId: "a1", mappedBy: "auto" }]);
 */
export function createMappingState(entries: Iterable<MappingEntry> = []): MappingState {
  const byVendorId = new Map<string, MappingEntry>();
  for (const entry of entries) byVendorId.set(entry.vendorId, entry);
  return { byVendorId };
}

/** The status of one vendor item in `state`. */
export function mappingStatusOf(state: MappingState, vendorId: string): MappingStatus {
  return state.byVendorId.get(vendorId)?.status ?? "unmapped";
}

/** The vendor ids mapped to `targetId` (an account may receive several), sorted. */
export function vendorIdsMappedTo(state: MappingState, targetId: string): string[] {
  const ids: string[] = [];
  for (const entry of state.byVendorId.values()) {
    if (entry.status === "mapped" && entry.targetId === targetId) ids.push(entry.vendorId);
  }
  return ids.sort();
}
