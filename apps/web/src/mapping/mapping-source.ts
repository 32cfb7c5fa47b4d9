import { listAccounts, listServices } from "../api/directory.ts";
import {
  excludeVendorAccount,
  includeVendorAccount,
  listVendorAccounts,
  mapVendorAccount,
  unmapVendorAccount,
} from "../api/vendor-accounts.ts";
import {
  excludeVendorService,
  includeVendorService,
  listVendorServices,
  mapVendorService,
  unmapVendorService,
} from "../api/vendor-services.ts";
import { type MappingItem, type MappingTarget, vendorAccountToItem, vendorServiceToItem } from "./mapping-item.ts";

/** The words a mapping board uses for its two sides. */
export interface MappingWords {
  /** "accounts" / "services": the Tally side, plural, lower case. */
  targetOther: string;
  targetOne: string;
  /** "an account" / "a service". */
  aTargetOne: string;
  /** "domain groups" / "services": the vendor side. */
  itemOther: string;
  itemOne: string;
  leftTitle: string;
  rightTitle: string;
}

/** Where a mapping board reads and writes: accounts ↔ domain groups, or services ↔ vendor services. */
export interface MappingSource {
  side: "accounts" | "services";
  words: MappingWords;
  loadItems: () => Promise<MappingItem[]>;
  loadTargets: () => Promise<MappingTarget[]>;
  map: (itemId: string, targetId: string) => Promise<MappingItem>;
  unmap: (itemId: string) => Promise<MappingItem>;
  exclude: (itemId: string) => Promise<MappingItem>;
  include: (itemId: string) => Promise<MappingItem>;
}

/** Tally accounts on the left, the integration's SpamTitan domain groups on the right. */
export function createAccountMappingSource(integrationId: string, vendorName: string): MappingSource {
  return {
    side: "accounts",
    words: {
      targetOther: "accounts",
      targetOne: "account",
      aTargetOne: "an account",
      itemOther: "domain groups",
      itemOne: "domain group",
      leftTitle: "Tally accounts",
      rightTitle: `${vendorName} domain groups`,
    },
    loadItems: async () => (await listVendorAccounts(integrationId)).map(vendorAccountToItem),
    loadTargets: async () =>
      (await listAccounts()).map((account) => ({
        id: account.id,
        name: account.name,
        detail: [account.externalId, account.domain].filter((part) => part != null && part !== "").join(" · ") || null,
      })),
    map: async (itemId, targetId) => vendorAccountToItem(await mapVendorAccount(integrationId, itemId, targetId)),
    unmap: async (itemId) => vendorAccountToItem(await unmapVendorAccount(integrationId, itemId)),
    exclude: async (itemId) => vendorAccountToItem(await excludeVendorAccount(integrationId, itemId)),
    include: async (itemId) => vendorAccountToItem(await includeVendorAccount(integrationId, itemId)),
  };
}

/** Tally catalog services on the left, the integration's vendor services ("Total Licenses") on the right. */
export function createServiceMappingSource(integrationId: string, vendorName: string): MappingSource {
  return {
    side: "services",
    words: {
      targetOther: "services",
      targetOne: "service",
      aTargetOne: "a service",
      itemOther: "services",
      itemOne: "service",
      leftTitle: "Tally services",
      rightTitle: `${vendorName} services`,
    },
    loadItems: async () => (await listVendorServices(integrationId)).map(vendorServiceToItem),
    loadTargets: async () =>
      (await listServices()).map((service) => ({ id: service.id, name: service.name, detail: service.sku })),
    map: async (itemId, targetId) => vendorServiceToItem(await mapVendorService(integrationId, itemId, targetId)),
    unmap: async (itemId) => vendorServiceToItem(await unmapVendorService(integrationId, itemId)),
    exclude: async (itemId) => vendorServiceToItem(await excludeVendorService(integrationId, itemId)),
    include: async (itemId) => vendorServiceToItem(await includeVendorService(integrationId, itemId)),
  };
}
