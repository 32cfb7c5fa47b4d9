import * as v from "valibot";
import type { IntegrationRow, VendorAccountRow, VendorServiceRow } from "../db/database.ts";
import { type SyncRun, SyncRunSchema } from "../sync/sync-run.ts";

/** The vendors Tally can connect, by key, with their display names. */
export const vendorCatalog = [{ vendor: "spamtitan", name: "SpamTitan" }] as const;

/** A vendor key of the catalog. */
export type VendorKey = (typeof vendorCatalog)[number]["vendor"];

const MappingStatusSchema = v.picklist(["unmapped", "mapped", "excluded"]);
const MappedBySchema = v.nullable(v.picklist(["auto", "user"]));

/** An integration (or, with status "available" and id = vendor key, a catalog entry not connected yet). */
export const IntegrationSchema = v.object({
  id: v.string(),
  vendor: v.picklist(["spamtitan"]),
  name: v.string(),
  status: v.picklist(["available", "mapping", "active", "error"]),
  module: v.nullable(v.picklist(["billing"])),
  apiUrl: v.nullable(v.string()),
  keyHint: v.nullable(v.string()),
  lastSyncRun: v.nullable(SyncRunSchema),
  counts: v.object({ mapped: v.number(), unmapped: v.number(), excluded: v.number() }),
  createdAt: v.nullable(v.string()),
  updatedAt: v.nullable(v.string()),
});

/** An integration as the API returns it. */
export type Integration = v.InferOutput<typeof IntegrationSchema>;

/** Mapping counts of an integration's vendor accounts. */
export type MappingCounts = Integration["counts"];

/** A "closest guess" for an unmapped vendor account. */
export const SuggestionSchema = v.object({
  accountId: v.string(),
  name: v.string(),
  score: v.number(),
  reason: v.string(),
});

/** A vendor account (SpamTitan domain group) with its mapping state. */
export const VendorAccountSchema = v.object({
  id: v.string(),
  externalId: v.string(),
  name: v.string(),
  domains: v.array(v.string()),
  status: MappingStatusSchema,
  accountId: v.nullable(v.string()),
  mappedBy: MappedBySchema,
  suggestions: v.optional(v.array(SuggestionSchema)),
});

/** A vendor account as the API returns it. */
export type VendorAccount = v.InferOutput<typeof VendorAccountSchema>;

/** A vendor service with its mapping state. */
export const VendorServiceSchema = v.object({
  id: v.string(),
  externalId: v.string(),
  name: v.string(),
  status: MappingStatusSchema,
  serviceId: v.nullable(v.string()),
  mappedBy: MappedBySchema,
});

/** A vendor service as the API returns it. */
export type VendorService = v.InferOutput<typeof VendorServiceSchema>;

/** The latest billable usage of one vendor account. */
export const UsageSchema = v.object({
  vendorAccountId: v.string(),
  vendorServiceId: v.string(),
  name: v.string(),
  quantity: v.number(),
  portalQuantity: v.nullable(v.number()),
  window: v.nullable(v.object({ start: v.string(), end: v.string() })),
  maxDay: v.nullable(v.string()),
  days: v.array(v.object({ date: v.string(), usage: v.number() })),
  explanation: v.string(),
  syncRunId: v.string(),
  syncedAt: v.string(),
});

/** A vendor account's usage as the API returns it. */
export type Usage = v.InferOutput<typeof UsageSchema>;

const ApiUrl = v.pipe(v.string(), v.maxLength(2000));
const ApiKey = v.pipe(v.string(), v.minLength(1, "must not be empty"), v.maxLength(1000));

/** The body of POST /integrations/spamtitan/authenticate. */
export const CredentialsSchema = v.object({ apiUrl: ApiUrl, apiKey: ApiKey });

/** The body of POST /integrations/spamtitan/connect. */
export const ConnectSchema = v.object({ module: v.picklist(["billing"]), apiUrl: ApiUrl, apiKey: ApiKey });

/** The body of PATCH /integrations/:id: a new key, a new URL, or both. */
export const IntegrationPatchSchema = v.pipe(
  v.object({ apiUrl: v.optional(ApiUrl), apiKey: v.optional(ApiKey) }),
  v.check((p) => p.apiUrl !== undefined || p.apiKey !== undefined, "give apiKey, apiUrl or both"),
);

/** What PATCH /integrations/:id takes. */
export type IntegrationPatch = v.InferOutput<typeof IntegrationPatchSchema>;

/** What a disconnect removed. */
export const DisconnectResultSchema = v.object({
  removed: v.object({
    apiKey: v.boolean(),
    accountMappings: v.number(),
    serviceMappings: v.number(),
    vendorAccounts: v.number(),
    vendorServices: v.number(),
    currentUsage: v.number(),
  }),
  cancelledSyncRunId: v.nullable(v.string()),
});

/** The last 4 characters of a key: the only part of it Tally ever shows. */
export function keyHintOf(apiKey: string): string {
  return apiKey.slice(-4);
}

/** The catalog entry of a vendor that is not connected. */
export function availableIntegration(vendor: VendorKey): Integration {
  const entry = vendorCatalog.find((c) => c.vendor === vendor) ?? vendorCatalog[0];
  return {
    id: entry.vendor,
    vendor: entry.vendor,
    name: entry.name,
    status: "available",
    module: null,
    apiUrl: null,
    keyHint: null,
    lastSyncRun: null,
    counts: { mapped: 0, unmapped: 0, excluded: 0 },
    createdAt: null,
    updatedAt: null,
  };
}

/** Maps a stored integration to its API shape. */
export function rowToIntegration(row: IntegrationRow, counts: MappingCounts, lastSyncRun: SyncRun | null): Integration {
  return {
    id: row.id,
    vendor: row.vendor,
    name: vendorCatalog.find((c) => c.vendor === row.vendor)?.name ?? row.vendor,
    status: row.status,
    module: row.module,
    apiUrl: row.api_url,
    keyHint: row.key_hint,
    lastSyncRun,
    counts,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A vendor account row joined with its mapping (null when unmapped). */
export type VendorAccountWithMapping = VendorAccountRow & {
  mapping_status: "mapped" | "excluded" | null;
  account_id: string | null;
  mapped_by: "auto" | "user" | null;
};

/** Maps a vendor account row (with mapping) to its API shape. */
export function rowToVendorAccount(row: VendorAccountWithMapping): VendorAccount {
  return {
    id: row.id,
    externalId: row.external_id,
    name: row.name,
    domains: JSON.parse(row.domains) as string[],
    status: row.mapping_status ?? "unmapped",
    accountId: row.mapping_status === "mapped" ? row.account_id : null,
    mappedBy: row.mapping_status === "mapped" ? row.mapped_by : null,
  };
}

/** A vendor service row joined with its mapping (null when unmapped). */
export type VendorServiceWithMapping = VendorServiceRow & {
  mapping_status: "mapped" | "excluded" | null;
  service_id: string | null;
  mapped_by: "auto" | "user" | null;
};

/** Maps a vendor service row (with mapping) to its API shape. */
export function rowToVendorService(row: VendorServiceWithMapping): VendorService {
  return {
    id: row.id,
    externalId: row.external_id,
    name: row.name,
    status: row.mapping_status ?? "unmapped",
    serviceId: row.mapping_status === "mapped" ? row.service_id : null,
    mappedBy: row.mapping_status === "mapped" ? row.mapped_by : null,
  };
}
