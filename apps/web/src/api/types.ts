/**
 * The shapes of the Tally HTTP API v1 as `API.md` ("Shapes consumers rely on") describes them.
 * Declared here, not imported from the API, because the web app may only import the API's typed
 * client; once `@tally/api/client` exposes these routes, these types are what it must return.
 */

/** A role in an organization; `owner`/`admin` manage integrations and users. */
export type Role = "owner" | "admin" | "reconciler" | "viewer";

/** The signed-in user, from `GET /api/v1/auth/me`. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  organization: { id: string; name: string };
}

/** A page of a list endpoint: `{ items, nextCursor }`. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** An MSP customer: the left side of the account mapping screen. */
export interface Account {
  id: string;
  name: string;
  externalId: string | null;
  /** The customer's email domain, used for "closest guess" suggestions. */
  domain?: string | null;
  active?: boolean;
}

/** An item of the MSP's catalog: the left side of the service mapping screen. */
export interface Service {
  id: string;
  name: string;
  externalId: string | null;
  unitPrice?: number | null;
}

/** Where a vendor item stands in the mapping. */
export type MappingStatus = "unmapped" | "mapped" | "excluded";

/** Who made a mapping: exact-name auto-match or a person. */
export type MappedBy = "auto" | "user";

/** The status of an integration; `available` is a vendor in the catalog that is not connected. */
export type IntegrationStatus = "available" | "mapping" | "active" | "error";

/** A sync run's state. */
export type SyncRunStatus = "queued" | "running" | "succeeded" | "partial" | "failed" | "cancelled";

/** One sync of an integration's usage. */
export interface SyncRun {
  id: string;
  integrationId: string;
  status: SyncRunStatus;
  progress: { done: number; total: number };
  startedAt: string;
  finishedAt: string | null;
  counts: Record<string, number>;
  error: string | null;
}

/** One vendor in the catalog, connected or not (`id` is the vendor key while `available`). */
export interface Integration {
  id: string;
  vendor: "spamtitan";
  name: string;
  status: IntegrationStatus;
  module: string | null;
  apiUrl: string | null;
  keyHint: string | null;
  lastSyncRun: SyncRun | null;
  counts: { mapped: number; unmapped: number; excluded: number };
}

/** A "closest guess" for an unmapped vendor account, shown but never applied by itself. */
export interface Suggestion {
  accountId: string;
  name: string;
  score: number;
  reason: string;
}

/** What the vendor bills per customer: for SpamTitan a domain group. */
export interface VendorAccount {
  id: string;
  externalId: string;
  name: string;
  domains: string[];
  status: MappingStatus;
  accountId: string | null;
  mappedBy: MappedBy | null;
  suggestions?: Suggestion[];
}

/** What the vendor counts: for SpamTitan one service, "Total Licenses". */
export interface VendorService {
  id: string;
  externalId: string;
  name: string;
  status: MappingStatus;
  serviceId: string | null;
  mappedBy: MappedBy | null;
}

/** The modules an integration can connect; SpamTitan has Billing. */
export type IntegrationModule = "billing";

/** What `POST /integrations/spamtitan/authenticate` and `/connect` take. */
export interface SpamTitanCredentials {
  apiUrl: string;
  apiKey: string;
}

/** A reconciliation card's kind. */
export type CardKind = "no_change" | "reconcile" | "new_revenue" | "missing_usage" | "review";

/** What a disconnect removed, as the API reports it. */
export interface DisconnectResult {
  accountMappings: number;
  serviceMappings: number;
  apiKey: boolean;
}
