import type { MappedBy, MappingStatus, VendorAccount, VendorService } from "../api/types.ts";

/** A vendor item (domain group or vendor service) as the mapping board shows it. */
export interface MappingItem {
  id: string;
  name: string;
  /** What else identifies it, e.g. the group's domains. */
  details: readonly string[];
  status: MappingStatus;
  /** The Tally account or service it maps to. */
  targetId: string | null;
  mappedBy: MappedBy | null;
  suggestions: readonly { targetId: string; name: string; score: number; reason: string }[];
}

/** A Tally account or service: what a vendor item is mapped to (the left side). */
export interface MappingTarget {
  id: string;
  name: string;
  detail: string | null;
}

/** A SpamTitan domain group as a mapping item. */
export function vendorAccountToItem(account: VendorAccount): MappingItem {
  return {
    id: account.id,
    name: account.name,
    details: account.domains,
    status: account.status,
    targetId: account.accountId,
    mappedBy: account.mappedBy,
    suggestions: (account.suggestions ?? []).map((suggestion) => ({
      targetId: suggestion.accountId,
      name: suggestion.name,
      score: suggestion.score,
      reason: suggestion.reason,
    })),
  };
}

/** A vendor service as a mapping item. */
export function vendorServiceToItem(service: VendorService): MappingItem {
  return {
    id: service.id,
    name: service.name,
    details: [],
    status: service.status,
    targetId: service.serviceId,
    mappedBy: service.mappedBy,
    suggestions: [],
  };
}

/** How many items are mapped, excluded and still unmapped. */
export function countMappingStatuses(items: readonly MappingItem[]): Record<MappingStatus, number> {
  const counts: Record<MappingStatus, number> = { mapped: 0, excluded: 0, unmapped: 0 };
  for (const item of items) counts[item.status]++;
  return counts;
}
