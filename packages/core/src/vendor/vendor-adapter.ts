import type { UsageReport, UsageRule } from "../usage/usage-report.ts";
import type { DateWindow } from "../usage/usage-window.ts";

/** What a vendor bills per customer (for SpamTitan a domain group), in core's terms. */
export interface VendorAccountRecord {
  /** The vendor's own id, as a string. */
  readonly externalId: string;
  readonly name: string;
  /** Email or web domains of the customer, when the vendor has them (used for suggestions). */
  readonly domains: readonly string[];
}

/** What a vendor counts (for SpamTitan one service, "Total Licenses"), in core's terms. */
export interface VendorServiceRecord {
  readonly externalId: string;
  readonly name: string;
}

/** The part of an `AbortSignal` adapters may read; core itself has no DOM or Node types. */
export interface CancelSignal {
  readonly aborted: boolean;
}

/** A request for one vendor account's usage of one vendor service over a window. */
export interface UsageRequest {
  readonly vendorAccountExternalId: string;
  readonly vendorServiceExternalId: string;
  readonly window: DateWindow;
  readonly signal?: CancelSignal;
}

/**
 * What any vendor integration supplies so that the rules in this package work unchanged: its
 * vendor accounts, its vendor services, and per vendor account × service a {@link UsageReport}
 * that `billableQuantity` turns into a quantity under the adapter's {@link UsageRule}.
 * Adapters live outside `core` (they do the I/O); `core` only fixes their shape.
 *
 * @example
 * const spamTitan: VendorAdapter = {
 *   vendor: "spamtitan",
 *   displayName: "SpamTitan",
 *   usageRule: spamTitanUsageRule,
 *   listVendorAccounts: async () => (await client.listDomainGroups()).map(groupToVendorAccount),
 *   listVendorServices: async () => [{ externalId: "licenses", name: "Total Licenses" }],
 *   fetchUsage: async ({ vendorAccountExternalId, window }) => client.licenseUsage(vendorAccountExternalId, window),
 * };
 */
export interface VendorAdapter {
  /** The vendor key, e.g. `spamtitan`; it appears in card keys. */
  readonly vendor: string;
  readonly displayName: string;
  readonly usageRule: UsageRule;
  listVendorAccounts(options?: { readonly signal?: CancelSignal }): Promise<readonly VendorAccountRecord[]>;
  listVendorServices(options?: { readonly signal?: CancelSignal }): Promise<readonly VendorServiceRecord[]>;
  fetchUsage(request: UsageRequest): Promise<UsageReport>;
}
