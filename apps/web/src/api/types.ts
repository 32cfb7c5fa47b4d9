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
  /** The catalog's own code for it, when it has one. */
  sku: string | null;
  unitPrice?: number;
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

/** A reconciliation card's status: open until someone decides it. */
export type CardStatus = "open" | "decided";

/** What a user did with a card. */
export type DecisionAction = "approve" | "adjust" | "dismiss" | "attach";

/** The decision that holds for a card. */
export interface CardDecision {
  action: DecisionAction;
  quantity: number | null;
  effectiveDate: string;
  note: string | null;
  by: string;
  at: string;
}

/**
 * One reconciliation item for a period (`API.md` "Card"): an account × service, the billed (PSA)
 * quantity beside the vendor's, and what was decided. `contractName` is read when the API sends it.
 */
export interface ReconciliationCard {
  id: string;
  kind: CardKind;
  period: string;
  vendor: string;
  accountId: string;
  accountName: string;
  serviceId: string;
  serviceName: string;
  contractId: string | null;
  contractName?: string | null;
  contractLineId: string | null;
  psaQuantity: number | null;
  vendorQuantity: number | null;
  delta: number | null;
  revenueDelta: number | null;
  status: CardStatus;
  version: string;
  reasons: string[];
  decision: CardDecision | null;
}

/** One day of a usage series. */
export interface UsageDay {
  date: string;
  usage: number;
}

/** A vendor account's usage and the explanation of its figure (`API.md` "Usage"). */
export interface Usage {
  vendorAccountId: string;
  name: string;
  quantity: number;
  portalQuantity: number | null;
  window: { start: string; end: string } | null;
  maxDay: string | null;
  days: UsageDay[];
  explanation: string;
  syncedAt: string | null;
  domains?: string[];
}

/** A contract line (`API.md` "ContractLine"). */
export interface ContractLine {
  id: string;
  contractId: string;
  serviceId: string;
  quantity: number;
  unitPrice: number;
  createdAt?: string;
  updatedAt?: string;
}

/** Who did something recorded in the audit log. */
export interface AuditActor {
  type: "user" | "token" | "system";
  id: string | null;
  name: string;
}

/** One audit log entry: who did what, before → after (`API.md` "AuditEvent"). */
export interface AuditEvent {
  id: string;
  at: string;
  actor: AuditActor;
  type: string;
  subject: { type: string; id: string } | string;
  before: unknown;
  after: unknown;
}

/** `GET /reconciliation/cards/:id`: the card with its lines, usage explanation and history. */
export interface CardDetails {
  card: ReconciliationCard;
  lines: ContractLine[];
  usage: Usage[];
  history: AuditEvent[];
  /** The vendor accounts (domain groups) summed into the card, when the API sends them. */
  vendorAccounts: { id: string; name: string; domains: string[] }[];
}

/** What a card action returns (`API.md` "Decision result"). */
export interface DecisionResult {
  card: ReconciliationCard;
  contractLine: ContractLine | null;
  auditEventId: string;
}

/** One card's outcome in a bulk action (dry run or applied). */
export interface BulkCardOutcome {
  cardId: string;
  outcome: "changed" | "unchanged" | "rejected";
  before: number | null;
  after: number | null;
  reason: string | null;
  auditEventId?: string | null;
}

/** What `POST /reconciliation/bulk` returns. */
export interface BulkResult {
  dryRun: boolean;
  items: BulkCardOutcome[];
}

/** `GET /reconciliation/summary`: counts and revenue deltas per kind. */
export interface ReconciliationSummary {
  period: string;
  byKind: Partial<Record<CardKind, { count: number; revenueDelta: number }>>;
}

/** An account as the directory lists it. */
export interface DirectoryAccount {
  id: string;
  name: string;
  externalId: string | null;
  domain: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A catalog service as the directory lists it. */
export interface DirectoryService {
  id: string;
  name: string;
  sku: string | null;
  unitPrice: number;
  unitCost: number;
  createdAt: string;
  updatedAt: string;
}

/** A contract's status. */
export type ContractStatus = "active" | "draft" | "ended";

/** A customer's recurring agreement. */
export interface Contract {
  id: string;
  accountId: string;
  accountName: string;
  name: string;
  status: ContractStatus;
  startDate: string;
  endDate: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One row's outcome of a directory CSV import. */
export interface ImportRowResult {
  line: number;
  type: string;
  action: "created" | "updated" | "unchanged" | "rejected";
  id: string | null;
  reason: string | null;
}

/** What `POST /imports/directory` returns. */
export interface ImportResult {
  dryRun: boolean;
  applied: boolean;
  summary: Record<ImportRowResult["action"], number>;
  rows: ImportRowResult[];
}

/** A user of the organization (Settings). */
export interface OrganizationUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
  updatedAt: string;
}

/** A personal API token as listed (never its secret). */
export interface ApiToken {
  id: string;
  name: string;
  hint: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** A token just created: the only time its secret is shown. */
export interface CreatedApiToken extends ApiToken {
  token: string;
}
