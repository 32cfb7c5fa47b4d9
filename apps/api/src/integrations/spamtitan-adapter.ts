import type { UsageReport, VendorAccountRecord, VendorAdapter, VendorServiceRecord } from "@tally/core";
import { spamTitanUsageRule } from "@tally/core";
import type { DomainGroup, LicenseUsage, SpamTitanClient, SpamTitanError } from "@tally/spamtitan";

const domainLookupConcurrency = 4;

/** SpamTitan's one vendor service: every domain group's licences. */
export const spamTitanVendorService: VendorServiceRecord = { externalId: "total-licenses", name: "Total Licenses" };

/** One vendor account's usage report from a whole-account fetch. */
export interface VendorUsageReport {
  externalId: string;
  report: UsageReport;
}

/** One vendor account whose usage could not be fetched. */
export interface VendorUsageFailure {
  externalId: string;
  name: string;
  error: SpamTitanError;
}

/** Everything one sync fetch found: the vendor accounts listed now, their reports and failures. */
export interface VendorUsageFetch {
  vendorAccounts: VendorAccountRecord[];
  reports: VendorUsageReport[];
  failures: VendorUsageFailure[];
}

/** The SpamTitan adapter: core's `VendorAdapter`, plus the checks and bulk fetch the API needs. */
export interface SpamTitanAdapter extends VendorAdapter {
  authenticate(options?: { signal?: AbortSignal }): Promise<void>;
  fetchAllUsage(input: {
    today: string;
    onProgress?: (progress: { done: number; total: number }) => void;
    signal?: AbortSignal;
  }): Promise<VendorUsageFetch>;
}

function groupToVendorAccount(group: DomainGroup, domains: readonly string[] = []): VendorAccountRecord {
  return { externalId: String(group.id), name: group.name ?? "", domains };
}

function licenseUsageToReport(usage: LicenseUsage): UsageReport {
  return {
    startDate: usage.startDate,
    endDate: usage.endDate,
    // A maximum the client derived from the days is left to core's own rule over the series.
    maximum: usage.maximumSource === "reported" ? usage.maximum : null,
    average: usage.average,
    days: usage.days,
  };
}

/**
 * Wraps a SpamTitan client as a vendor adapter translating vendor types into core types:
 * domain groups → vendor accounts (with their domains when the server lists them; a server
 * without the domains endpoint simply gives none), "Total Licenses" → the vendor service,
 * Licensing Stats → usage reports.
 *
 * @example const adapter = createSpamTitanAdapter(createSpamTitanClient({ apiUrl, apiKey })); await adapter.listVendorAccounts();
 */
export function createSpamTitanAdapter(client: SpamTitanClient): SpamTitanAdapter {
  return {
    vendor: "spamtitan",
    displayName: "SpamTitan",
    usageRule: spamTitanUsageRule,
    authenticate: (options = {}) => client.authenticate(options),
    listVendorAccounts: async (options = {}) => {
      const signal = options.signal instanceof AbortSignal ? options.signal : undefined;
      const call = signal ? { signal } : {};
      const groups = await client.listDomainGroups(call);
      const records: VendorAccountRecord[] = groups.map((group) => groupToVendorAccount(group));
      // Domains only feed suggestions: a server without the endpoint (404) or a failing group
      // leaves them empty instead of failing the connect.
      let domainsAvailable = true;
      let next = 0;
      const worker = async () => {
        while (domainsAvailable && next < groups.length) {
          const index = next++;
          const group = groups[index];
          if (!group) continue;
          const listing = await client.listDomains(group.id, call).catch(() => null);
          if (listing?.kind === "unavailable") domainsAvailable = false;
          if (listing?.kind === "listed")
            records[index] = groupToVendorAccount(
              group,
              listing.domains.map((d) => d.domain),
            );
        }
      };
      await Promise.all(Array.from({ length: Math.min(domainLookupConcurrency, groups.length) }, worker));
      return records;
    },
    listVendorServices: async () => [spamTitanVendorService],
    fetchUsage: async (request) => {
      const usage = await client.getLicenseUsage({
        domainGroupId: Number(request.vendorAccountExternalId),
        startDate: request.window.start,
        endDate: request.window.end,
      });
      return licenseUsageToReport(usage);
    },
    fetchAllUsage: async (input) => {
      const usage = await client.fetchBillingUsage({
        today: input.today,
        days: spamTitanUsageRule.windowDays,
        ...(input.onProgress ? { onProgress: input.onProgress } : {}),
        ...(input.signal ? { signal: input.signal } : {}),
      });
      return {
        vendorAccounts: usage.groups.map((group) => groupToVendorAccount(group)),
        reports: usage.results.map((r) => ({ externalId: String(r.group.id), report: licenseUsageToReport(r.usage) })),
        failures: usage.failures.map((f) => ({
          externalId: String(f.group.id),
          name: f.group.name ?? "",
          error: f.error,
        })),
      };
    },
  };
}
